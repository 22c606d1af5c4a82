// `exconn check <file|folder>... [--format text|json|sarif]`: parses and validates scripts, prints
// the diagnostics, exits 1 when any is an error. Scripts are grouped by workspace (the folder of
// the nearest exconn.json) so connector and server checks see the same set a workspace would.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocuments, configurationDiagnostics, decodeText } from '../core/analysis';
import { loadCheckFacts, type CheckFacts } from '../core/simulator';
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
  // exconn.json's own report comes before the first script of its workspace.
  const configurationReports = new Map<ScriptFile, FileReport>();
  for (const [root, members] of groups) {
    const { facts, organizationProblems } = await factsOf(root);
    if (organizationProblems.problems.length > 0) {
      const file = path.relative(process.cwd(), organizationProblems.file) || organizationProblems.file;
      configurationReports.set(members[0], { file, diagnostics: configurationDiagnostics(organizationProblems.problems) });
    }
    const documents = members.map((script) => ({ uri: script.display, text: decodeText(fs.readFileSync(script.absolute)) }));
    const checked = checkDocuments(documents, facts);
    checked.forEach((document, index) => reports.set(members[index], { file: members[index].display, diagnostics: document.diagnostics }));
  }
  return scripts.flatMap((script) => [configurationReports.get(script), reports.get(script) as FileReport].filter((report) => report !== undefined));
}

/**
 * What the workspace knows besides its scripts, as the editor loads it: exconn.json's servers and
 * the connectors earlier runs saved under .exconn/. An invalid exconn.json is reported as its own
 * diagnostics and the rest of it still counts; a damaged state file is a usage error naming it.
 */
async function factsOf(root: string): Promise<CheckFacts> {
  try {
    return await loadCheckFacts(root);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
