// Reads a JSON tree (jsonDocument.ts) against an expected shape and collects every problem with its line,
// column and key path, so one run of `exconn` reports all the mistakes in exconn.json at once.

import { CONFIG_KEYS, didYouMean } from '../../values/didYouMean';
import type { ExconnJsonProblem } from '../errors';
import type { Node as JsonNode } from 'jsonc-parser';
import type { JsonDocument } from './jsonDocument';

/** One property of an object: its name, the name's node (where it is written) and its value. */
export interface JsonEntry {
  key: string;
  keyNode: JsonNode;
  value: JsonNode;
}

/** The properties of an object node, in the order written (a repeated name as often as it appears). */
export function entriesOf(node: JsonNode): JsonEntry[] {
  return (node.children ?? []).flatMap((property) => {
    const [keyNode, value] = property.children ?? [];
    return keyNode && value ? [{ key: keyNode.value as string, keyNode, value }] : [];
  });
}

export class JsonSchemaReader {
  readonly problems: ExconnJsonProblem[] = [];

  constructor(private readonly document: JsonDocument) {}

  report(at: JsonNode, key: string | undefined, message: string): void {
    const { line, column } = this.document.positionOf(at);
    this.problems.push({ line, column, ...(key !== undefined ? { key } : {}), message });
  }

  /** The entries of an object by key; unknown and repeated keys are reported (with a "did you mean"). */
  object(node: JsonNode, keyPath: string, known: readonly string[]): Map<string, JsonEntry> | undefined {
    if (node.type !== 'object') {
      this.report(node, keyPath, `${label(keyPath)} must be an object ({ ... }), not ${describe(node)}.`);
      return undefined;
    }
    const entries = new Map<string, JsonEntry>();
    for (const entry of entriesOf(node)) {
      const entryPath = joinKey(keyPath, entry.key);
      if (!known.includes(entry.key)) {
        const [suggestion] = didYouMean(entry.key, known, CONFIG_KEYS);
        const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
        this.report(entry.keyNode, entryPath, `Unknown key "${entry.key}" in ${label(keyPath)}.${hint} Allowed keys: ${known.join(', ')}.`);
      } else if (entries.has(entry.key)) {
        this.report(entry.keyNode, entryPath, `The key "${entry.key}" appears twice in ${label(keyPath)}; keep one.`);
      } else {
        entries.set(entry.key, entry);
      }
    }
    return entries;
  }

  string(node: JsonNode, keyPath: string, what = 'a string'): string | undefined {
    if (node.type === 'string') return node.value as string;
    this.report(node, keyPath, `${label(keyPath)} must be ${what}, not ${describe(node)}.`);
    return undefined;
  }

  nonEmptyString(node: JsonNode, keyPath: string, what = 'a non-empty string'): string | undefined {
    const value = this.string(node, keyPath, what);
    if (value !== undefined && value.trim() === '') {
      this.report(node, keyPath, `${label(keyPath)} must not be empty.`);
      return undefined;
    }
    return value?.trim();
  }

  boolean(node: JsonNode, keyPath: string): boolean | undefined {
    if (node.type === 'boolean') return node.value as boolean;
    this.report(node, keyPath, `${label(keyPath)} must be true or false, not ${describe(node)}.`);
    return undefined;
  }

  array(node: JsonNode, keyPath: string, of: string): JsonNode[] | undefined {
    if (node.type === 'array') return node.children ?? [];
    this.report(node, keyPath, `${label(keyPath)} must be an array of ${of} ([ ... ]), not ${describe(node)}.`);
    return undefined;
  }
}

export function joinKey(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

export function label(keyPath: string): string {
  return keyPath === '' ? 'the file' : `"${keyPath}"`;
}

export function describe(node: JsonNode): string {
  switch (node.type) {
    case 'string':
      return `the string ${JSON.stringify(node.value)}`;
    case 'number':
      return `the number ${String(node.value)}`;
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    case 'array':
      return 'an array';
    default:
      return 'an object';
  }
}
