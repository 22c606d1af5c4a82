// The same suite through @vscode/test-electron, for a machine that has a desktop VS Code
// (VSCODE_EXECUTABLE): runTests starts it with the extension under development and the tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';

export async function runWithElectron({ executable, extensionPath, workspace, testsIndex }) {
  const profile = mkdtempSync(join(tmpdir(), 'exconn-vscode-profile-'));
  try {
    return await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: testsIndex,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', join(profile, 'user-data')],
    });
  } catch {
    // runTests rejects when the suite fails; the suite has printed why.
    return 1;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
