// `exconn check <file|folder>... [--format text|json|sarif]`: parses and validates scripts, prints
// the diagnostics, exits 1 when any is an error. Scripts are grouped by workspace (the folder of
// the nearest exconn.json) so connector and server checks see the same set a workspace would.

import * as fs from 'node:fs';
import { checkDocuments, decodeText, type WorkspaceFacts } from '../core/analysis';
import { loadWorkspaceFacts } from '../core/simulator';
import { parseArguments } from './arguments';
import { formatReport, type FileReport, type ReportFormat } from './checkReport';
import { exitCodes, UsageError, type CliIo } from './io';
import { collectScripts, type ScriptFile } from './scriptFiles';
import { workspaceRootOf } from './workspaceRoot';

export const checkHelp = `Usage: exconn check <file|folder>... [--format text|json|sarif]

Parses and validates every *.ps1 given (folders are searched recursively) and prints the
diagnostics. Exit code 0 when there are no errors, 1 when any diagnostic is an error, 2 on a
usage error.

Options:
  --format text|json|sarif   text (default): file:line:col: severity code message
                             json: [{ "file", "diagnostics": [LSP Diagnostic...] }]
                             sarif: SARIF 2.1.0 for code-scanning tools
`;

const formats: readonly ReportFormat[] = ['text', 'json', 'sarif'];

export async function checkCommand(args: readonly string[], io: CliIo, version: string): Promise<number> {
  const parsed = parseArguments(args, { values: ['format'] }, 'check');
  const format = (parsed.values.get('format') ?? 'text') as ReportFormat;
  if (!formats.includes(format)) throw new UsageError(`Unknown format '${format}'. Use text, json or sarif.`);
  if (parsed.operands.length === 0) throw new UsageError('Name at least one script or folder to check, e.g. exconn check samples/contoso.');
  const scripts = collectScripts(parsed.operands);
  const reports = await checkGroups(scripts);
  io.out(formatReport(reports, format, version));
  const hasErrors = reports.some((report) => report.diagnostics.some((diagnostic) => diagnostic.severity === 1));
  return hasErrors ? exitCodes.inputErrors : exitCodes.ok;
}

async function checkGroups(scripts: readonly ScriptFile[]): Promise<FileReport[]> {
  const groups = new Map<string, ScriptFile[]>();
  for (const script of scripts) {
    const root = workspaceRootOf(script.absolute);
    groups.set(root, [...(groups.get(root) ?? []), script]);
  }
  const reports = new Map<ScriptFile, FileReport>();
  for (const [root, members] of groups) {
    const documents = members.map((script) => ({ uri: script.display, text: decodeText(fs.readFileSync(script.absolute)) }));
    const checked = checkDocuments(documents, await factsOf(root));
    checked.forEach((document, index) => reports.set(members[index], { file: members[index].display, diagnostics: document.diagnostics }));
  }
  return scripts.map((script) => reports.get(script) as FileReport);
}

/**
 * What the workspace knows besides its scripts, as the editor loads it: exconn.json's servers and
 * the connectors earlier runs saved under .exconn/. A damaged file is a usage error naming it.
 */
async function factsOf(root: string): Promise<WorkspaceFacts> {
  try {
    return await loadWorkspaceFacts(root);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
