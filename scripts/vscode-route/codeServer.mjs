// Starts code-server (VS Code 1.139 as a web server, with its real Node extension host) on a free
// loopback port, in its own process group: a file-watcher child can outlive the server, so stop()
// kills the whole group.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { codeServerEntry, nodeBin } from './paths.mjs';

/** Settings for a quiet, predictable workbench: no welcome page, no update or telemetry calls. */
const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  // The secondary side bar (chat) would take a third of a 1400 px window from the editor.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

export async function startCodeServer({ workspace, dataDir, extensionsDir, logFile, extraArgs = [], trustAll = true }) {
  const port = await freePort();
  const userDataDir = join(dataDir, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  // A config file of its own: without --config, code-server writes ~/.config/code-server/config.yaml.
  const config = join(dataDir, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const args = [
    codeServerEntry,
    '--config', config,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    // The tests run scripts, which Restricted Mode forbids; the end-to-end check turns trust back on
    // (trustAll: false) to see Restricted Mode as a person does.
    ...(trustAll ? ['--disable-workspace-trust'] : []),
    '--ignore-last-opened',
    ...extraArgs,
    workspace,
  ];
  const log = createWriteStream(logFile);
  const child = spawn(nodeBin, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  child.on('exit', () => { exited = true; });

  const stop = async () => {
    if (child.pid === undefined) return;
    for (const signal of ['SIGTERM', 'SIGKILL']) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        return; // the group is gone
      }
      const deadline = Date.now() + 3000;
      while (Date.now() < deadline && groupAlive(child.pid)) await sleep(100);
      if (!groupAlive(child.pid)) return;
    }
  };

  const started = Date.now();
  while (!(await healthy(port))) {
    if (exited) throw new Error(`code-server exited at start; see ${logFile}`);
    if (Date.now() - started > 30_000) {
      await stop();
      throw new Error(`code-server did not answer /healthz within 30 s; see ${logFile}`);
    }
    await sleep(200);
  }
  return { url: `http://127.0.0.1:${port}`, port, userDataDir, stop };
}

/** Installs a .vsix into an extensions folder with code-server's own CLI. */
export function installExtension({ vsix, dataDir, extensionsDir }) {
  const r = spawnSync(nodeBin, [
    codeServerEntry, '--user-data-dir', join(dataDir, 'user-data'), '--extensions-dir', extensionsDir,
    '--install-extension', vsix, '--force',
  ], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout.trim();
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function healthy(port) {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => { req.destroy(); resolve(false); });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
