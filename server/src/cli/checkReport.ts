// The three output formats of `exconn check`: text lines, the JSON array of LSP diagnostics that
// docs/interfaces.md fixes, and SARIF 2.1.0 for code-scanning tools.

import { type LspDiagnostic, type Rule, ruleFor, rules } from '../core/analysis';
export interface FileReport {
  /** The path as the user gave it (a folder operand joined with the file's relative path). */
  file: string;
  diagnostics: LspDiagnostic[];
}

export type ReportFormat = 'text' | 'json' | 'sarif';

const severityNames = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' } as const;
/** SARIF's level for each severity, for a rule's default and for each result. */
const sarifLevels: Record<Rule['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatReport(reports: readonly FileReport[], format: ReportFormat, version: string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(reports, null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(toSarif(reports, version), null, 2)}\n`;
    case 'text':
      return toText(reports);
  }
}

function toText(reports: readonly FileReport[]): string {
  const lines = reports.flatMap((report) =>
    report.diagnostics.map((diagnostic) => {
      const { line, character } = diagnostic.range.start;
      return `${report.file}:${line + 1}:${character + 1}: ${severityNames[diagnostic.severity]} ${diagnostic.code} ${diagnostic.message}`;
    }),
  );
  const errors = count(reports, 1);
  const warnings = count(reports, 2);
  lines.push(`${reports.length} file${reports.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
  return `${lines.join('\n')}\n`;
}

/**
 * A SARIF reportingDescriptor: the code as id, a PascalCase name (code scanning shows it as the rule's
 * title), the description, help that says where the fix is, and the default level.
 */
function sarifRule(rule: Rule): object {
  const name = rule.code.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  const help = `${rule.description} Each result's message names the exact part of the script and how to fix it; in VS Code, a quick fix is offered where one applies.`;
  return {
    id: rule.code,
    name,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: { text: help, markdown: `**${rule.code}** (${rule.severity} by default): ${help}` },
    defaultConfiguration: { level: sarifLevels[rule.severity] },
    properties: { tags: [rule.family ?? 'command'] },
  };
}

function count(reports: readonly FileReport[], severity: number): number {
  return reports.reduce((sum, report) => sum + report.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length, 0);
}

function toSarif(reports: readonly FileReport[], version: string): object {
  const used = new Set(reports.flatMap((report) => report.diagnostics.map((diagnostic) => diagnostic.code)));
  const ruleList = [...rules.map((rule) => rule.code), ...[...used].filter((code) => !rules.some((rule) => rule.code === code))];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'exconn',
          fullName: 'Exchange Connector Studio (exconn check)',
          version,
          semanticVersion: version,
          rules: ruleList.map((code) => sarifRule(ruleFor(code))),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: reports.flatMap((report) => report.diagnostics.map((diagnostic) => ({
        ruleId: diagnostic.code,
        ruleIndex: ruleList.indexOf(diagnostic.code),
        level: sarifLevels[severityNames[diagnostic.severity]],
        message: { text: diagnostic.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: report.file.split('\\').join('/') },
            region: {
              startLine: diagnostic.range.start.line + 1,
              startColumn: diagnostic.range.start.character + 1,
              endLine: diagnostic.range.end.line + 1,
              endColumn: diagnostic.range.end.character + 1,
            },
          },
        }],
      }))),
    }],
  };
}
