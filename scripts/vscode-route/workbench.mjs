// Opens code-server's workbench in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core). With a payload (extensionDevelopmentPath, extensionTestsPath) and code-server's
// smoke-test driver, the workbench runs an extension's tests in the real extension host and
// reports the exit code through window.codeAutomationExit.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

// Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

const workbenchNoise = new RegExp([
  '^%c', '^\\[AgentHost', '^\\[AccountPolicyGate\\]', '^\\[reconnection-grace-time\\]', '^\\[Service Worker\\]',
  '^Extension host \\(Remote\\)', '^Started local extension host', '^Resolving connection token', '^Resolved connection token',
  '^Creating a socket', '^Updating additional builtin extensions cache', 'ENOTFOUND', 'ERR_NAME_NOT_RESOLVED',
].join('|'));

export function workbenchUrl(server, folder, payload) {
  let url = `${server.url}/?folder=${encodeURIComponent(resolve(folder))}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** vscode-remote URI of a path on the code-server machine, as the payload wants it. */
export function remoteUri(server, path) {
  return `vscode-remote://127.0.0.1:${server.port}${resolve(path)}`;
}

export async function openWorkbench({ viewport = { width: 1400, height: 900 } } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'exconn-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, headless: true, viewport, args: chromiumArgs,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageLog = [];
  page.on('console', (m) => pageLog.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => pageLog.push(`[pageerror] ${e.message}`));
  return {
    page,
    pageLog,
    async close(logFile) {
      if (logFile) writeFileSync(logFile, pageLog.join('\n') + '\n');
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Runs the extension tests named in the payload and resolves with their exit code ('timeout' when
 * the workbench never reported one). Mocha's output is printed as it arrives.
 */
export async function runSuiteInWorkbench({ page, url, timeoutMs, logDir }) {
  let finish;
  const finished = new Promise((r) => (finish = r));
  const workbenchLog = [];
  await page.exposeFunction('codeAutomationLog', (level, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    workbenchLog.push(`[${level}] ${line}`);
    // The extension host's console (mocha's reporter) arrives here among the workbench's own log
    // lines; print the former and keep the workbench's start-up chatter and the expected network
    // failures (no extension gallery on this machine) in the log file only.
    if (level === 'trace' || level === 'debug' || workbenchNoise.test(line)) return;
    console.log(line);
  });
  if (logDir) mkdirSync(logDir, { recursive: true });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    if (Array.isArray(logs) && logDir) {
      for (const l of logs) writeFileSync(join(logDir, String(l.relativePath).replace(/[\\/]/g, '__')), l.contents);
    }
    if (logDir) writeFileSync(join(logDir, 'workbench.log'), workbenchLog.join('\n') + '\n');
    finish(code);
  });
  await page.goto(url);
  const timer = new Promise((r) => setTimeout(() => r('timeout'), timeoutMs));
  return Promise.race([finished, timer]);
}
