// `npm run test:vscode:e2e`: the extension as a person gets it. Packages the .vsix, installs it into
// a fresh code-server with `--install-extension`, opens the workbench in headless Chromium with no
// test payload, and checks what is on the screen: the error squiggle under a bad parameter, the
// injected token scopes, and the Connectors view listing the connector after "Exchange: Run Script".
// Screenshots go to test-output/e2e/.
// Options: --vsix <file> (skip packaging), --server contract (replace the installed extension's
// dist/server.js with the contract stand-in, see test/vscode/contract-server/server.ts).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTests, contractServerModule } from './buildTests.mjs';
import { installExtension, startCodeServer } from './codeServer.mjs';
import { copyFixture } from './fixtureWorkspace.mjs';
import { chromiumPath, isInstalled, repoRoot, testOutputDir } from './paths.mjs';
import { openWorkbench, workbenchUrl } from './workbench.mjs';

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const ci = /^(1|true)$/i.test(process.env.CI ?? '');
const outDir = join(testOutputDir, 'e2e');
const cleanups = [];
const results = [];
let page;

async function main() {
  if (!existsSync(chromiumPath) || !isInstalled()) {
    const why = !existsSync(chromiumPath) ? `no Chromium at ${chromiumPath}` : 'code-server is not installed (npm run test:vscode installs it)';
    console.log(`VS Code end-to-end check SKIPPED: ${why}`);
    return ci ? 1 : 0;
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const vsix = option('--vsix') ?? packageVsix();
  console.log(`e2e: ${vsix} (${(statSync(vsix).size / 1024).toFixed(0)} KiB)`);

  const { dir, workspace } = copyFixture();
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const extensionsDir = join(dir, 'extensions');
  console.log(`e2e: ${installExtension({ vsix, dataDir: join(dir, 'data'), extensionsDir })}`);
  if (option('--server') === 'contract') await useContractServer(extensionsDir);

  const server = await startCodeServer({ workspace, dataDir: join(dir, 'data'), extensionsDir, logFile: join(outDir, 'code-server.log') });
  cleanups.push(server.stop);
  const workbench = await openWorkbench();
  cleanups.push(() => workbench.close(join(outDir, 'page-console.txt')));
  page = workbench.page;
  await page.goto(workbenchUrl(server, workspace));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.activitybar').waitFor();

  await step('a bad parameter gets an error squiggle', async () => {
    await quickOpen('bad-parameter.ps1');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(outDir, '1-diagnostic.png') });
  });

  await step('the empty Connectors view offers the sample workspace', async () => {
    await showConnectorsView();
    await page.locator('.part.sidebar .welcome-view-content', { hasText: 'No Foreign connectors' }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(outDir, '2-welcome.png') });
    await page.locator('.part.sidebar .welcome-view-content .monaco-button', { hasText: 'Create Sample Workspace' }).click();
    await page.locator('.tab.active[aria-label*="01-create-connector.ps1"]').waitFor({ timeout: 10_000 });
    if (!existsSync(join(workspace, '04-replay-directory.ps1'))) throw new Error('the sample scripts were not copied');
  });

  await step('the grammar injection scopes the X400 address space', async () => {
    await quickOpen('create-connector.ps1');
    // Put the cursor inside "X400" and ask VS Code which scopes the token has.
    const lines = readFileSync(join(workspace, 'create-connector.ps1'), 'utf8').split(/\r?\n/);
    const line = lines.findIndex((l) => l.includes('"X400:'));
    await goTo(line + 1, lines[line].indexOf('"X400:') + 3);
    await command('Developer: Inspect Editor Tokens and Scopes');
    const widget = page.locator('.token-inspect-widget');
    await widget.waitFor({ timeout: 10_000 });
    const text = await widget.innerText();
    await page.screenshot({ path: join(outDir, '3-token-scopes.png') });
    await page.keyboard.press('Escape');
    if (!text.includes('exconn')) throw new Error(`no exconn scope on the token:\n${text}`);
  });

  await step('Run Script lists the connector in the Connectors view', async () => {
    await quickOpen('create-connector.ps1');
    await command('Exchange: Run Script');
    await showConnectorsView();
    await row('Contoso ').waitFor({ timeout: 30_000 });
    await row('Contoso ').click(); // expands it
    await row('Drop directory').waitFor({ timeout: 10_000 });
    await row('Address spaces').waitFor();
    // The connector's inline "Go to Script" opens the line that created it.
    await row('Contoso ').hover();
    await row('Contoso ').locator('.action-label[aria-label="Go to Script"]').click();
    await page.locator('.tab.active[aria-label*="create-connector.ps1"]').waitFor();
    await page.locator('.monaco-editor .selected-text').first().waitFor({ timeout: 5_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(outDir, '4-connectors-view.png') });
  });

  await step('a message copied into Pickup is delivered into the Drop folder', async () => {
    // As a person would: a file appears in the Pickup folder (the view follows it through its file
    // watcher), then "Process Pickup and Replay Folders" moves it to the connector's Drop folder.
    writeFileSync(join(workspace, 'Pickup Directory', 'hello.eml'), [
      'From: admin@contoso.com', 'To: bob@fabrikam.com', 'Subject: Hello through the Contoso connector',
      'Date: Mon, 2 Mar 2026 10:00:00 +0000', '', 'Hello.', '',
    ].join('\r\n'));
    await row('Pickup directory 1 message').waitFor({ timeout: 15_000 });
    await command('Exchange: Process Pickup and Replay Folders');

    await row('Drop directory 1 message').waitFor({ timeout: 15_000 });
    await page.locator('.statusbar-item', { hasText: '1 delivered' }).waitFor({ timeout: 5_000 });
    await page.screenshot({ path: join(outDir, '5-delivered.png') });
  });

  await step('Show Mail Flow draws the organization beside the editor', async () => {
    // The whole picture, as docs/images/mail-flow.png shows it: no other editor, no panel.
    await command('View: Close All Editors');
    await command('Exchange: Show Mail Flow');
    // A webview is an iframe in an iframe.
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await frame.locator('svg text', { hasText: 'Foreign connector Contoso' }).waitFor({ timeout: 20_000 });
    await frame.locator('svg text', { hasText: 'Drop directory' }).first().waitFor();
    if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(outDir, '8-mail-flow.png'), clip: { x: 0, y: 0, width: 1400, height: 360 } });
  });

  await step('Trace a Recipient says which connector mail to an address takes', async () => {
    await command('Exchange: Trace a Recipient…');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('bob@fabrikam.com');
    await page.keyboard.press('Enter');
    await page.locator('.notification-toast', { hasText: 'goes through Foreign connector "Contoso"' }).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(outDir, '9-trace-recipient.png') });
  });

  await step('Remove Connector asks first, then removes the connector', async () => {
    await row('Contoso ').hover();
    await row('Contoso ').locator('.action-label[aria-label^="Remove Connector"]').click();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 10_000 });
    const text = await dialog.innerText();
    if (!text.includes('Remove-ForeignConnector -Identity "Contoso" -Confirm:$false')) throw new Error(`unexpected dialog:\n${text}`);
    await page.screenshot({ path: join(outDir, '6-remove-confirmation.png') });
    await dialog.locator('.monaco-button', { hasText: /^Remove$/ }).click();
    await row('Contoso ').waitFor({ state: 'detached', timeout: 15_000 });
  });

  await step('Restricted Mode: scripts are checked, not run', async () => {
    // The same installed extension in a second code-server with workspace trust on: the folder
    // opens in Restricted Mode.
    await workbench.close();
    cleanups.pop();
    const restrictedDir = join(dir, 'restricted');
    const restrictedWorkspace = join(restrictedDir, 'contoso-restricted');
    mkdirSync(restrictedDir, { recursive: true });
    cpSync(join(repoRoot, 'test', 'vscode', 'fixture'), restrictedWorkspace, { recursive: true });
    const restricted = await startCodeServer({
      workspace: restrictedWorkspace, dataDir: join(restrictedDir, 'data'), extensionsDir, logFile: join(outDir, 'code-server-restricted.log'), trustAll: false,
    });
    cleanups.push(restricted.stop);
    const second = await openWorkbench();
    cleanups.push(() => second.close(join(outDir, 'page-console-restricted.txt')));
    page = second.page;
    await page.goto(workbenchUrl(restricted, restrictedWorkspace));
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor({ timeout: 60_000 });
    await quickOpen('bad-parameter.ps1');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
    if (await page.locator('.editor-actions .action-label[aria-label^="Run Script"]').count() > 0) {
      throw new Error('the Run Script button shows in Restricted Mode');
    }
    await showConnectorsView();
    await page.locator('.part.sidebar .welcome-view-content', { hasText: 'Restricted Mode' }).waitFor({ timeout: 20_000 });
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>Exchange: Run Script');
    await page.waitForTimeout(500);
    const offered = await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Exchange: Run Script' }).count();
    await page.screenshot({ path: join(outDir, '7-restricted-mode.png') });
    await page.keyboard.press('Escape');
    if (offered > 0) throw new Error('the command palette offers Run Script in Restricted Mode');
  });

  const failed = results.filter((r) => !r.ok).length;
  console.log(`e2e: ${results.length - failed} passed, ${failed} failed; screenshots in ${outDir}`);
  return failed > 0 ? 1 : 0;
}

function packageVsix() {
  const r = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run package failed with exit code ${r.status}`);
  const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return join(repoRoot, `${name}-${version}.vsix`);
}

async function useContractServer(extensionsDir) {
  await buildTests();
  const installed = readdirSync(extensionsDir).find((d) => d.startsWith('exconn.exchange-connector-studio-'));
  if (!installed) throw new Error(`the extension is not in ${extensionsDir}`);
  copyFileSync(contractServerModule, join(extensionsDir, installed, 'dist', 'server.js'));
  console.log('e2e: the installed extension runs the contract stand-in server, not the packaged dist/server.js');
}

async function step(name, body) {
  const t = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${Date.now() - t} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    const shot = join(outDir, `failed-${results.length}.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    console.log(`  ✘ ${name}: ${e.message.split('\n')[0]}\n    screenshot ${shot}`);
  }
}

// Tree rows carry "<label> <description>" as their aria-label; the sidebar shows one container.
function row(label) {
  return page.locator(`.part.sidebar [role="treeitem"][aria-label^="${label}"]`).first();
}

async function quickOpen(fileName) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(fileName);
  // The exact file, not a fuzzy match (01-create-connector.ps1 also matches create-connector.ps1).
  const exact = page.locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${fileName.replace(/[.]/g, '\\.')}$`) }) });
  await exact.first().click();
  await page.locator(`.tab.active[aria-label*="${fileName}"], .tab.active:has-text("${fileName}")`).first().waitFor();
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/** Opens the Connectors view; clicking its activity-bar icon when it is open would close it. */
async function showConnectorsView() {
  const item = page.locator('.activitybar li.action-item').filter({ has: page.locator('[aria-label^="Exchange Connectors"]') });
  if (!(await item.getAttribute('class')).split(/\s+/).includes('checked')) await item.click();
  await page.locator('.part.sidebar .title-label', { hasText: 'Exchange Connectors' }).waitFor();
}

async function goTo(line, column) {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

async function command(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
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

main()
  .then(async (code) => { await cleanup(); process.exit(code); })
  .catch(async (e) => { console.error(`VS Code end-to-end check FAILED: ${e.stack ?? e}`); await cleanup(); process.exit(1); });
