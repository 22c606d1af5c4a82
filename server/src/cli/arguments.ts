// A small argument reader for the CLI's fixed flags: `--flag value`, `--flag=value`, boolean flags,
// and positional operands. Unknown flags are usage errors, as docs/interfaces.md requires.

import { UsageError } from './io';

export interface FlagSpec {
  /** Flags that take a value. */
  values?: readonly string[];
  /** Flags that are on or off. */
  booleans?: readonly string[];
}

export interface ParsedArguments {
  operands: string[];
  values: Map<string, string>;
  booleans: Set<string>;
}

export function parseArguments(args: readonly string[], spec: FlagSpec, command: string): ParsedArguments {
  const parsed: ParsedArguments = { operands: [], values: new Map(), booleans: new Set() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      parsed.operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      parsed.operands.push(arg);
      continue;
    }
    const [flag, inline] = splitFlag(arg);
    if (spec.booleans?.includes(flag)) {
      if (inline !== undefined) throw new UsageError(`--${flag} takes no value.`);
      parsed.booleans.add(flag);
    } else if (spec.values?.includes(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${flag} needs a value.`);
      parsed.values.set(flag, value);
    } else {
      throw new UsageError(`Unknown option '${arg}' for 'exconn ${command}'. Run 'exconn ${command} --help' for its options.`);
    }
  }
  return parsed;
}

function splitFlag(arg: string): [string, string | undefined] {
  const body = arg.slice(2);
  const equals = body.indexOf('=');
  return equals < 0 ? [body, undefined] : [body.slice(0, equals), body.slice(equals + 1)];
}
