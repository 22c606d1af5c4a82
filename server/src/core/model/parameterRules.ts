// The one decision over the catalog's cross-parameter rules (catalog/parameterRules.ts). It reads the
// values a command gives (converted as acceptValue converts them: sizes as bytes or `Unlimited`,
// counts as numbers or `Unlimited`, paths as text) over the object's stored values, and returns what
// breaks a rule with the sentence both faces show: the checker as a `conflicting-parameters`
// diagnostic on the second parameter, the simulator as Exchange's refusal of the command.

import { parameterRulesOf, type ParameterRule } from '../catalog/parameterRules';
import type { CmdletSpec } from '../catalog/types';
import { storedSizeText, type SettingValue } from '../values/settingValue';

export interface RuleInput {
  /** The values the command gives, by parameter name (any casing), in the order it gives them; only known values. */
  given: ReadonlyMap<string, SettingValue>;
  /** The object's stored values by parameter name (any casing), for a Set- command. */
  stored?: Readonly<Record<string, SettingValue>>;
  /** The transport service's RootDropDirectoryPath, when known. */
  rootDropDirectoryPath?: string;
}

export interface RuleFinding {
  rule: ParameterRule;
  /** The parameter the finding belongs to: the one the command gives, the second when it gives both. */
  parameter: string;
  /** The other parameter of the pair, or the setting it depends on. */
  other: string;
  message: string;
}

function lookup(values: ReadonlyMap<string, SettingValue> | Readonly<Record<string, SettingValue>> | undefined, name: string): SettingValue | undefined {
  if (!values) return undefined;
  const key = name.toLowerCase();
  const entries = values instanceof Map ? [...values.entries()] : Object.entries(values);
  return entries.find(([candidate]) => candidate.toLowerCase() === key)?.[1];
}

function givenOrder(given: ReadonlyMap<string, SettingValue>, name: string): number {
  return [...given.keys()].findIndex((key) => key.toLowerCase() === name.toLowerCase());
}

/** A path as the rule compares it: case-insensitive, without trailing backslashes. */
function pathKey(path: string): string {
  return path.trim().replace(/[\\/]+$/, '').toLowerCase();
}

function isAbsolutePath(path: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(path) || /^[\\/]/.test(path);
}

/** A count or size as a comparable number: Unlimited is infinite; undefined when not one. */
function magnitude(value: SettingValue | undefined): number | undefined {
  if (value === 'Unlimited' || (typeof value === 'string' && /^\s*unlimited\s*$/i.test(value))) return Infinity;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function shown(name: string, value: SettingValue): string {
  if (/Size$/.test(name) && (typeof value === 'number' || value === 'Unlimited')) return storedSizeText(value);
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/** Every rule of the cmdlet that the values break. A rule is judged only when the command gives one
 * of its parameters and both values are known. */
export function parameterRuleFindings(cmdlet: CmdletSpec, input: RuleInput): RuleFinding[] {
  return parameterRulesOf(cmdlet).flatMap((rule) => {
    const finding = judge(rule, input);
    return finding ? [finding] : [];
  });
}

function judge(rule: ParameterRule, input: RuleInput): RuleFinding | undefined {
  switch (rule.kind) {
    case 'distinct-paths':
    case 'not-above': {
      const [a, b] = rule.kind === 'distinct-paths' ? [rule.first, rule.second] : [rule.smaller, rule.larger];
      const givenA = lookup(input.given, a);
      const givenB = lookup(input.given, b);
      if (givenA === undefined && givenB === undefined) return undefined;
      const valueA = givenA ?? lookup(input.stored, a);
      const valueB = givenB ?? lookup(input.stored, b);
      if (valueA === undefined || valueB === undefined || valueA === null || valueB === null) return undefined;
      // The finding belongs to the second of the two as the command gives them (the map's order).
      const secondIsB = givenB !== undefined && (givenA === undefined || givenOrder(input.given, b) > givenOrder(input.given, a));
      const [parameter, other] = secondIsB ? [b, a] : [a, b];
      if (rule.kind === 'distinct-paths') {
        if (typeof valueA !== 'string' || typeof valueB !== 'string' || valueA.trim() === '' || pathKey(valueA) !== pathKey(valueB)) return undefined;
        return {
          rule, parameter, other,
          message: `-${a} (${shown(a, valueA)}) and -${b} (${shown(b, valueB)}) name the same folder; the Pickup and Replay directories must differ. Give one of them another folder.`,
        };
      }
      const smaller = magnitude(valueA);
      const larger = magnitude(valueB);
      if (smaller === undefined || larger === undefined || smaller <= larger) return undefined;
      return {
        rule, parameter, other,
        message: `-${a} (${shown(a, valueA)}) is above -${b} (${shown(b, valueB)}); ${a} must not exceed ${b}. Lower -${a} or raise -${b}.`,
      };
    }
    case 'at-most-one': {
      // A switch given as -Name:$false is off and chooses nothing.
      const chosen = rule.parameters.filter((name) => { const value = lookup(input.given, name); return value !== undefined && value !== false && value !== null; })
        .sort((a, b) => givenOrder(input.given, a) - givenOrder(input.given, b));
      if (chosen.length < 2) return undefined;
      const [first, second] = chosen;
      return {
        rule, parameter: second, other: first,
        message: `-${first} and -${second} each set ${rule.what}; give only one of ${rule.parameters.map((name) => `-${name}`).join(', ')}.`,
      };
    }
    case 'relative-under-root': {
      const drop = lookup(input.given, rule.parameter);
      const root = input.rootDropDirectoryPath;
      if (typeof drop !== 'string' || !root || root.trim() === '' || !isAbsolutePath(drop.trim())) return undefined;
      return {
        rule, parameter: rule.parameter, other: rule.root,
        message: `-${rule.parameter} (${shown(rule.parameter, drop)}) is an absolute path while the transport service's ${rule.root} is set ("${root}"); the Drop directory must then be relative to it. Give a relative path such as "${lastSegment(drop)}".`,
      };
    }
  }
}

function lastSegment(path: string): string {
  const parts = path.replace(/[\\/]+$/, '').split(/[\\/]/);
  return parts[parts.length - 1] || 'Drop';
}
