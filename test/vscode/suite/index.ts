// The extension host loads this file (extensionTestsPath) and awaits run(): a mocha run over the
// bundled *.test.js files beside it. The reporter prints through console.log, which the runner
// receives (codeAutomationLog under code-server, stdout under @vscode/test-electron).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

// mocha 12 ships as ES modules with a CommonJS build inside; load that one, from the repository's
// node_modules (mocha is left out of the bundle: its reporters are loaded by file name).
const Mocha = createRequire(__filename)('mocha/lib/mocha.cjs') as typeof import('mocha');

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    // The first test waits for the language server to start inside a cold extension host.
    timeout: Number(process.env.EXCONN_VSCODE_TEST_TIMEOUT ?? 60_000),
    grep: process.env.EXCONN_VSCODE_TEST_GREP,
  });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} VS Code integration test(s) failed`)) : resolve()));
  });
}
