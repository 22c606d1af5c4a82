// `npm run demo`: the Foreign-connector procedure on a copy of the sample workspace, started from an
// imported configuration, and a Delivery Agent connector for fax (samples/mailflow/). Imports the
// exported Send connector and accepted domain, checks the scripts, runs them in the simulator, drops
// four messages into Pickup (one for an X.400 recipient behind the Contoso connector, one for a
// local mailbox, one for a fax contact behind the Delivery Agent connector, one malformed), runs
// one transport pass, shows where each message went and the queues. The copy is in
// demo-workspace/ (git-ignored).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const workspace = path.join(root, 'demo-workspace');
const cli = path.join(root, 'dist', 'cli.js');

/** Runs the CLI; `allowFailure` for the transport pass, which exits 1 when it sets badmail aside. */
function exconn(args, allowFailure = false) {
  console.log(`\n$ exconn ${args.map((arg) => (arg.includes(' ') ? `"${arg}"` : arg)).join(' ')}`);
  try {
    execFileSync(process.execPath, [cli, ...args], { stdio: 'inherit', cwd: root });
  } catch (error) {
    if (!allowFailure || error.status !== 1) throw error;
  }
}

fs.rmSync(workspace, { recursive: true, force: true });
fs.cpSync(path.join(root, 'samples', 'contoso'), workspace, { recursive: true });
fs.copyFileSync(path.join(root, 'samples', 'mailflow', '05-fax-delivery-agent.ps1'), path.join(workspace, '05-fax-delivery-agent.ps1'));
// The stand-in for the FAX delivery agent: the folder its messages are handed to.
const organizationFile = path.join(workspace, 'exconn.json');
const organization = JSON.parse(fs.readFileSync(organizationFile, 'utf8'));
fs.writeFileSync(organizationFile, `${JSON.stringify({ ...organization, deliveryAgents: { FAX: 'C:\\Fax Agent' } }, null, 2)}\n`);
// Start from the organization's real configuration, as exported on a server.
exconn(['import', path.join('samples', 'mailflow', 'exported-configuration.xml'), '--workspace', 'demo-workspace']);
exconn(['check', 'demo-workspace']);
for (const script of fs.readdirSync(workspace).filter((name) => name.endsWith('.ps1')).sort()) {
  exconn(['run', path.join('demo-workspace', script)]);
}
const pickup = path.join(workspace, 'Pickup Directory');
for (const message of fs.readdirSync(path.join(root, 'samples', 'messages'))) {
  fs.copyFileSync(path.join(root, 'samples', 'messages', message), path.join(pickup, message));
}
fs.copyFileSync(path.join(root, 'samples', 'mailflow', 'to-fax-desk.eml'), path.join(pickup, 'to-fax-desk.eml'));
console.log(`\nCopied ${fs.readdirSync(pickup).length} messages into ${path.relative(root, pickup)}`);
exconn(['transport', '--workspace', 'demo-workspace', '--once'], true);

console.log('\nWhere the messages are now:');
for (const folder of ['Drop Directory', 'Fax Agent', 'Pickup Directory', 'Mailboxes']) {
  for (const file of listFiles(path.join(workspace, folder))) console.log(`  ${path.relative(root, file)}`);
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}
