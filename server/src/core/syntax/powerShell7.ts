// Which syntax is PowerShell 7's alone. The parser reads it so that a script written for PowerShell 7
// gets one clear warning instead of a cascade of syntax errors; this module is the one place that
// says which nodes are such syntax, what each is called and where it is written. The analysis warns
// from it, and the simulator's interpreter refuses to run the same nodes.

import type { Command, Node, Range } from './ast';
import { isBinaryLiteral, powerShell7Suffix } from './numbers';

/** The diagnostic code of every PowerShell 7-only construct: syntax, and parameters PowerShell 7 added. */
export const POWERSHELL_7_ONLY = 'powershell-7-only';

/** Why PowerShell 7 forms fail where the scripts run; every message about them says it so. */
export const EXCHANGE_SHELL_VERSION = 'the Exchange Management Shell runs Windows PowerShell 5.1';

export interface PowerShell7Construct {
  /** What a message calls it, e.g. "The ternary operator '? :'". */
  construct: string;
  /** Where it is written: the operator, the suffixed number, the type arguments. */
  range: Range;
}

/** The PowerShell 7-only syntax `node` itself is written with (not its children), if any. */
export function powerShell7Construct(node: Node): PowerShell7Construct | undefined {
  switch (node.kind) {
    case 'Ternary':
      return { construct: "The ternary operator '? :'", range: node.operatorRange };
    case 'Binary':
      return node.operator === '??' ? { construct: "The null-coalescing operator '??'", range: node.operatorRange } : undefined;
    case 'Assignment':
      return node.operator === '??=' ? { construct: "The null-coalescing assignment '??='", range: node.operatorRange } : undefined;
    case 'Member':
    case 'InvokeMember':
      if (node.kind === 'InvokeMember' && node.genericArguments) return { construct: 'A generic method call (Method[type]())', range: node.genericArguments[0].range };
      return node.nullConditional ? { construct: "The null-conditional operator '?.'", range: questionAfter(node.target.range) } : undefined;
    case 'Index':
      return node.nullConditional ? { construct: "The null-conditional index '?[ ]'", range: questionAfter(node.target.range) } : undefined;
    case 'Number': {
      if (isBinaryLiteral(node.text)) return { construct: "The binary number literal '0b'", range: node.range };
      const suffix = powerShell7Suffix(node.text);
      return suffix ? { construct: `The number suffix '${suffix}'`, range: node.range } : undefined;
    }
    case 'PipelineChain':
      // A chain run in the background (`a && b &`) is named for its chain: one warning per node.
      return { construct: `The pipeline chain operator '${node.links[0].operator}'`, range: node.links[0].operatorRange };
    case 'Command':
      // Named blocks parse as a command of the block's name with a script block (`begin { }`); 7.3 added `clean`.
      return isCleanBlock(node) ? { construct: "The function block 'clean'", range: node.name.range } : undefined;
    case 'Pipeline':
      if (node.leadingPipe) return { construct: "A line starting with '|' to continue the pipeline", range: node.leadingPipe };
      return node.background ? { construct: "The background operator '&'", range: node.background } : undefined;
    default:
      return undefined;
  }
}

/** The message for a construct, shared by the editor's warning. */
export function powerShell7Message(construct: PowerShell7Construct): string {
  return `${construct.construct} is PowerShell 7 syntax; ${EXCHANGE_SHELL_VERSION}, where it is an error.`;
}

/** `?.` and `?[` start right where their target ends (the parser requires it). */
function questionAfter(target: Range): Range {
  return { start: target.end, end: target.end + 2 };
}

function isCleanBlock(command: Command): boolean {
  const [only, ...rest] = command.elements;
  return !command.invocationOperator && command.name.text.toLowerCase() === 'clean' && rest.length === 0
    && only?.kind === 'Argument' && only.value.kind === 'ScriptBlock';
}
