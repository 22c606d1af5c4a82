// Every diagnostic code the product reports, with its default severity and a description. The table
// is the single list of codes: SARIF output publishes it as the tool's rules, the README documents
// it, and a test checks that every code the analysis emits is listed here.

import { ADDRESS_SPACE_PROBLEMS } from '../addressSpace';
import { SYNTAX_DIAGNOSTIC_CODES } from '../syntax/syntaxCodes';
import type { Severity } from '../binding/finding';

export interface Rule {
  code: string;
  severity: Severity;
  description: string;
  /** Who reports it: the parser, the address-space checks, or the analysis of commands and workspace. */
  family?: 'syntax' | 'address-space';
}

// The parser owns its codes; every one is an error because PowerShell will not run the script.
const syntaxRules: Rule[] = Object.entries(SYNTAX_DIAGNOSTIC_CODES).map(([code, description]) => ({ code, severity: 'error', description, family: 'syntax' }));

// The address-space module owns its codes too, each with the severity it reports.
const addressSpaceRules: Rule[] = Object.entries(ADDRESS_SPACE_PROBLEMS).map(([code, kind]) => ({ code, severity: kind.severity, description: kind.description, family: 'address-space' }));

export const rules: readonly Rule[] = [
  ...syntaxRules.filter((rule) => rule.code !== 'missing-parameter-value'),
  { code: 'unknown-cmdlet', severity: 'warning', description: 'A command name is a near miss of an Exchange or PowerShell cmdlet in the catalog.' },
  { code: 'unknown-parameter', severity: 'error', description: 'The cmdlet has no parameter with this name or prefix.' },
  { code: 'ambiguous-parameter', severity: 'error', description: 'An abbreviated parameter name matches several parameters.' },
  { code: 'duplicate-parameter', severity: 'error', description: 'The same parameter is given more than once.' },
  { code: 'missing-mandatory-parameter', severity: 'error', description: 'A mandatory parameter of the cmdlet is not given.' },
  { code: 'missing-parameter-value', severity: 'error', description: 'A parameter that takes a value has none.' },
  { code: 'positional-argument-not-accepted', severity: 'error', description: 'An argument has no parameter name and no positional parameter takes it.' },
  { code: 'parameter-set-conflict', severity: 'error', description: 'Parameters from different parameter sets are used together.' },
  { code: 'invalid-boolean', severity: 'error', description: 'A Boolean parameter needs $true or $false.' },
  { code: 'invalid-switch-value', severity: 'error', description: 'A switch takes no value, or $true/$false after a colon.' },
  { code: 'invalid-integer', severity: 'error', description: 'An integer parameter has a value that is not a whole number.' },
  { code: 'value-out-of-range', severity: 'error', description: 'A value lies outside the range the parameter accepts.' },
  { code: 'invalid-size', severity: 'error', description: 'A size is not a number with an optional unit (B, KB, MB, GB, TB) or "unlimited" where allowed.' },
  { code: 'invalid-timespan', severity: 'error', description: 'A time span is not in the form dd.hh:mm:ss.' },
  { code: 'invalid-enum-value', severity: 'error', description: 'A value is not one of the values the parameter accepts.' },
  { code: 'invalid-path', severity: 'error', description: 'A path is not a valid full path for this parameter.' },
  { code: 'invalid-fqdn', severity: 'error', description: 'A domain name is not a valid fully qualified domain name.' },
  { code: 'invalid-smtp-address', severity: 'error', description: 'An e-mail address is not a valid SMTP address.' },
  { code: 'invalid-string', severity: 'error', description: 'A text value is too long or has characters the parameter does not accept.' },
  { code: 'invalid-script-block', severity: 'error', description: 'A script-block parameter has a value that is not a script block { ... }.' },
  { code: 'invalid-date-time', severity: 'error', description: 'A date parameter has a value that is not a date and time.' },
  { code: 'unexpected-multiple-values', severity: 'error', description: 'Several values are given to a parameter that takes one.' },
  { code: 'conflicting-parameters', severity: 'error', description: 'Two parameters of one command break a documented rule between them (Pickup and Replay in one folder, a per-domain or file limit above its total, an absolute DropDirectory under a RootDropDirectoryPath).' },
  { code: 'invalid-filter', severity: 'error', description: 'An OPATH -Filter of a queue or message cmdlet has a syntax error, a property the objects do not filter on, an operator the property does not support, or a value of the wrong type.' },
  { code: 'invalid-multivalue-key', severity: 'error', description: 'A multi-valued property hashtable uses a key other than Add or Remove.' },
  { code: 'duplicate-connector', severity: 'error', description: 'Two scripts in the checked set create a connector with the same name.' },
  { code: 'receive-connector-binding-conflict', severity: 'error', description: 'Two Receive connectors on one server listen on the same IP address and port with equal or crossing remote IP ranges, or from different transport roles.' },
  { code: 'unknown-connector', severity: 'warning', description: 'A connector is referenced that no script in the checked set creates.' },
  { code: 'path-outside-workspace', severity: 'warning', description: 'A path the simulator maps into the workspace would land outside it (an unmapped drive or share, .. above a root, a link that leaves, a folder in .exconn): Exchange accepts it, the simulated run refuses it.' },
  { code: 'unknown-server', severity: 'warning', description: 'A server is named that exconn.json does not declare.' },
  { code: 'new-server', severity: 'warning', description: 'Without exconn.json, a server is named for the first time (not the default server, not in the saved state, not named before in the checked set): accepted, but a misspelt name would make a second server.' },
  { code: 'invalid-exconn-json', severity: 'error', description: 'exconn.json has a JSON syntax error, an unknown key or a value of the wrong type; the rest of the file still counts.' },
  { code: 'not-in-exchange-version', severity: 'warning', description: 'A cmdlet or parameter does not exist in the Exchange version the workspace targets.' },
  { code: 'powershell-7-only', severity: 'warning', description: "The script uses PowerShell 7 syntax (the ternary operator, '??', '?.', '&&' and '||', a background '&', a number suffix such as 'uy', a generic method call) or a parameter PowerShell 7 added (ForEach-Object -Parallel, Where-Object -Not, Sort-Object -Top), which the Exchange Management Shell's Windows PowerShell 5.1 rejects." },
  ...addressSpaceRules,
];

const byCode = new Map(rules.map((rule) => [rule.code, rule]));

/** The rule of a code; a code missing from the table (a test keeps that from happening) still gets one. */
export function ruleFor(code: string): Rule {
  return byCode.get(code) ?? { code, severity: 'error', description: 'A problem in the script.' };
}

export function isKnownCode(code: string): boolean {
  return byCode.has(code);
}
