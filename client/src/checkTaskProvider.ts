// Tasks of type `exconn`: "exconn: check" runs the bundled `exconn check` over a workspace folder,
// and the `$exconn` problem matcher (package.json) turns its `file:line:col: severity code message`
// lines into Problems, so Run Task (or a tasks.json entry, or a pre-launch step) checks every
// script of the folder the way CI does, open or not.
import * as vscode from 'vscode';

export const CHECK_TASK_TYPE = 'exconn';

interface CheckTaskDefinition extends vscode.TaskDefinition {
  command: 'check';
  /** Files or folders to check, relative to the workspace folder; the whole folder when absent. */
  paths?: string[];
}

export class CheckTaskProvider implements vscode.TaskProvider {
  constructor(private readonly extensionUri: vscode.Uri) {}

  provideTasks(): vscode.Task[] {
    return (vscode.workspace.workspaceFolders ?? []).map((folder) => this.taskFor(folder, { type: CHECK_TASK_TYPE, command: 'check' }));
  }

  /** A task from tasks.json: the definition is the user's, the way to run it ours. */
  resolveTask(task: vscode.Task): vscode.Task | undefined {
    const definition = task.definition as CheckTaskDefinition;
    const folder = task.scope;
    if (definition.command !== 'check' || typeof folder !== 'object') return undefined;
    return this.taskFor(folder, definition);
  }

  private taskFor(folder: vscode.WorkspaceFolder, definition: CheckTaskDefinition): vscode.Task {
    const cli = vscode.Uri.joinPath(this.extensionUri, 'dist', 'cli.js').fsPath;
    const paths = definition.paths && definition.paths.length > 0 ? definition.paths : ['.'];
    // The editor's own runtime runs the CLI: Node in code-server, Electron as Node in VS Code.
    const execution = new vscode.ProcessExecution(process.execPath, [cli, 'check', ...paths], {
      cwd: folder.uri.fsPath,
      env: { ELECTRON_RUN_AS_NODE: '1' },
    });
    const task = new vscode.Task(definition, folder, 'check', 'exconn', execution, '$exconn');
    task.detail = 'exconn check: every script of the folder, into Problems';
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent };
    return task;
  }
}
