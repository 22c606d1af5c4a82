// `npm run test:vscode`: the extension's integration tests inside a real VS Code.
//   1. VSCODE_EXECUTABLE set            → @vscode/test-electron with that desktop VS Code;
//   2. else Debian's Chromium present   → code-server 4.139.1 (installed into .cache/vscode-route on
//                                          first use) driven by headless Chromium;
//   3. else                             → "SKIPPED" and exit 0, except under CI=true, where a suite
//                                          that cannot run fails the run.
// Options: --no-build (dist/ is fresh, e.g. right after `npm run build`), --timeout <seconds>,
//   --server contract (run against the contract stand-in server instead of dist/server.js; see
//   test/vscode/contract-server/server.ts).
// Environment: EXCONN_VSCODE_TEST_GREP (mocha grep), EXCONN_VSCODE_NO_INSTALL=1 (never install).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildTests, contractServerModule } from './buildTests.mjs';
import { startCodeServer } from './codeServer.mjs';
import { copyFixture } from './fixtureWorkspace.mjs';
import { installVscodeRoute } from './install.mjs';
import { chromiumPath, isInstalled, repoRoot, testOutputDir } from './paths.mjs';
import { stageExtension } from './stageExtension.mjs';
import { runWithElectron } from './testElectron.mjs';
import { openWorkbench, remoteUri, runSuiteInWorkbench, workbenchUrl } from './workbench.mjs';

const argv = process.argv.slice(2);
const ci = /^(1|true)$/i.test(process.env.CI ?? '');
const timeoutArg = argv.indexOf('--timeout');
const timeoutMs = (timeoutArg >= 0 ? Number(argv[timeoutArg + 1]) : 300) * 1000;
const serverArg = argv.indexOf('--server');
const contract = serverArg >= 0 && argv[serverArg + 1] === 'contract';
const outDir = join(testOutputDir, 'vscode-route');
const cleanups = [];

async function main() {
  const started = Date.now();
  const route = await chooseRoute();
  if (route.skip) return skip(route.skip);

  if (!argv.includes('--no-build')) run('node', ['scripts/build.mjs'], 'build dist/ (scripts/build.mjs)');
  for (const f of ['dist/extension.js', 'dist/server.js']) {
    if (!existsSync(join(repoRoot, f))) throw new Error(`${f} is missing: run npm run build`);
  }
  const testsIndex = await buildTests();
  const { dir, workspace } = copyFixture();
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const extensionPath = contract ? stageExtension({ dir, serverModule: contractServerModule }) : repoRoot;
  if (contract) console.log('VS Code integration tests: against the contract stand-in server, not dist/server.js');

  let code;
  if (route.kind === 'electron') {
    console.log(`VS Code integration tests: @vscode/test-electron with ${route.executable}`);
    code = await runWithElectron({ executable: route.executable, extensionPath, workspace, testsIndex });
  } else {
    code = await runWithCodeServer({ dir, extensionPath, workspace, testsIndex });
  }
  console.log(`VS Code integration tests: exit code ${code} after ${seconds(started)} s (${route.kind}${route.installSeconds ? `, install ${route.installSeconds} s` : ''})`);
  return code === 'timeout' ? 1 : code;
}

async function chooseRoute() {
  if (process.env.VSCODE_EXECUTABLE) return { kind: 'electron', executable: process.env.VSCODE_EXECUTABLE };
  if (!existsSync(chromiumPath)) {
    return { skip: `no VSCODE_EXECUTABLE and no Chromium at ${chromiumPath} (apt-get install chromium libkrb5-dev)` };
  }
  if (isInstalled()) return { kind: 'code-server' };
  if (process.env.EXCONN_VSCODE_NO_INSTALL === '1') return { skip: 'code-server is not installed in .cache/vscode-route and EXCONN_VSCODE_NO_INSTALL=1' };
  const t = Date.now();
  try {
    await installVscodeRoute();
  } catch (e) {
    return { skip: `could not install code-server into .cache/vscode-route: ${e.message}` };
  }
  return { kind: 'code-server', installSeconds: seconds(t) };
}

async function runWithCodeServer({ dir, extensionPath, workspace, testsIndex }) {
  const t = Date.now();
  const server = await startCodeServer({
    workspace,
    dataDir: join(dir, 'data'),
    extensionsDir: join(dir, 'extensions'),
    logFile: join(outDir, 'code-server.log'),
    // Without the smoke-test driver, the workbench ignores the payload and no test runs.
    extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
  });
  cleanups.push(server.stop);
  console.log(`VS Code integration tests: code-server at ${server.url} (ready in ${seconds(t)} s), workspace ${workspace}`);
  const workbench = await openWorkbench();
  cleanups.push(() => workbench.close(join(outDir, 'page-console.txt')));
  const payload = [
    ['extensionDevelopmentPath', remoteUri(server, extensionPath)],
    ['extensionTestsPath', remoteUri(server, testsIndex)],
    ['skipWelcome', 'true'],
  ];
  const code = await runSuiteInWorkbench({
    page: workbench.page, url: workbenchUrl(server, workspace, payload), timeoutMs, logDir: join(outDir, 'logs'),
  });
  if (code !== 0) {
    const shot = join(outDir, 'failure.png');
    await workbench.page.screenshot({ path: shot }).catch(() => undefined);
    console.log(`VS Code integration tests: ${code === 'timeout' ? `no result within ${timeoutMs / 1000} s` : 'failed'}; screenshot ${shot}, logs in ${outDir}`);
  }
  return code;
}

function skip(reason) {
  if (ci) {
    console.error(`VS Code integration tests could not run under CI=true: ${reason}`);
    return 1;
  }
  console.log(`VS Code integration tests SKIPPED: ${reason}`);
  return 0;
}

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${what} failed with exit code ${r.status}`);
}

function seconds(since) {
  return ((Date.now() - since) / 1000).toFixed(1);
}

async function cleanup() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()();
    } catch {
      // keep cleaning up the rest
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => { void cleanup().then(() => process.exit(130)); });
}

main()
  .then(async (code) => { await cleanup(); process.exit(code); })
  .catch(async (e) => { console.error(`VS Code integration tests FAILED: ${e.stack ?? e}`); await cleanup(); process.exit(1); });
