// The server advertises its commands (exconn.runScript, exconn.processTransport, ...) in
// executeCommandProvider, and vscode-languageclient then registers a VS Code command under each id.
// Several of those ids are also this extension's own UI commands (Run Script saves the document,
// shows progress, the transcript and failure diagnostics around the server call), and VS Code
// refuses a second registration of an id ("command already exists"). So the client keeps its own
// ids and lets the language client register only the server commands it does not own, which keeps
// working any other server command a code action or code lens may carry.
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

export function keepClientOwnedCommands(client: LanguageClient, owned: ReadonlySet<string>): void {
  const feature = client.getFeature(ExecuteCommandRequest.method);
  const register = feature.register.bind(feature);
  feature.register = (data) => register({
    ...data,
    registerOptions: { ...data.registerOptions, commands: (data.registerOptions.commands ?? []).filter((c) => !owned.has(c)) },
  });
}
