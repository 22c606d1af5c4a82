// Temporary workspaces for interpreter tests: a fresh folder (optionally with an exconn.json), runs
// with a fixed clock so output is repeatable, and removal afterwards.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runScript } from '../../../../server/src/core/simulator';
import { fixedClock } from '../../../../server/src/core/simulator/state/clock';
import { type RunScriptResult } from '../../../../server/src/core/simulator/runScript';
import type { SimulatorState } from '../../../../server/src/core/model/simulatorState';
import { loadState } from '../../../../server/src/core/simulator/state/state';

export const CLOCK = '2024-03-13T09:00:00Z';

/** An organization with two Mailbox servers, as the Contoso sample procedure needs. */
export const CONTOSO = { servers: ['Hub01', 'Hub02'], localServer: 'Hub01' };

export class Workspace {
  private constructor(readonly root: string) {}

  static create(organization?: object): Workspace {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'exconn-interpreter-')));
    if (organization) fs.writeFileSync(path.join(root, 'exconn.json'), JSON.stringify(organization, null, 2));
    return new Workspace(root);
  }

  run(text: string, options: { whatIf?: boolean; scriptPath?: string } = {}): Promise<RunScriptResult> {
    return runScript({ workspace: this.root, text, clock: fixedClock(CLOCK), ...options });
  }

  state(): Promise<SimulatorState> {
    return loadState(this.root);
  }

  exists(relative: string): boolean {
    return fs.existsSync(path.join(this.root, relative));
  }

  /** Every file and folder under the root, of the simulator's own folder only its state file, for
   * "nothing changed" checks (taking the workspace lock creates .exconn/ and its lock file). */
  listing(): string[] {
    const entries: string[] = [];
    const walk = (folder: string) => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        const relative = path.relative(this.root, full);
        if (/^\.exconn($|[\\/])/.test(relative) && relative !== path.join('.exconn', 'config.json')) {
          if (entry.isDirectory()) walk(full);
          continue;
        }
        entries.push(relative);
        if (entry.isDirectory()) walk(full);
      }
    };
    walk(this.root);
    return entries.sort();
  }

  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** Runs `text` in a fresh workspace and returns the result, removing the workspace afterwards. */
export async function runInFreshWorkspace(text: string, organization: object = CONTOSO): Promise<RunScriptResult> {
  const workspace = Workspace.create(organization);
  try {
    return await workspace.run(text);
  } finally {
    workspace.remove();
  }
}
