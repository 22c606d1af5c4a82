// Starting the simulator's test helpers as separate Node processes (TypeScript through tsx).

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

const REPOSITORY = path.resolve(__dirname, '../../..');

export function startFixture(script: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['-r', 'tsx/cjs', path.join(__dirname, 'fixtures', script), ...args], {
    cwd: REPOSITORY,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }> {
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr, stdout })));
}

export function waitForOutput(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) resolve();
    });
    child.on('exit', () => reject(new Error(`the child exited before printing '${text}'`)));
  });
}

/**
 * Runs the transport runner over the workspace again and again for `durationMs`, killing each run
 * with SIGKILL after a random delay (150–1250 ms) unless it finishes first; then one last run to the
 * end. Returns how many runs were killed.
 */
export async function transportWithKills(root: string, durationMs: number, random: () => number, seed: number): Promise<number> {
  const started = Date.now();
  let kills = 0;
  while (Date.now() - started < durationMs) {
    const child = startFixture('transportRunner.ts', [root]);
    const ended = exited(child);
    const delay = 150 + Math.floor(random() * 1100);
    const finishedFirst = await Promise.race([ended.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), delay))]);
    if (finishedFirst) break;
    child.kill('SIGKILL');
    const result = await ended;
    if (result.signal !== 'SIGKILL') throw new Error(`seed ${seed}: the runner failed on its own: ${result.stderr}`);
    kills++;
  }
  const final = await exited(startFixture('transportRunner.ts', [root]));
  if (final.code !== 0 || !final.stdout.includes('done')) throw new Error(`seed ${seed}: the last run failed: ${final.stderr}`);
  return kills;
}
