// exconn.json's text as a JSON tree (jsonc-parser's) whose nodes can name their line and column, so
// its problems can say where they are (JSON.parse only says "at position N", and not on every Node
// version). Standard JSON only (RFC 8259): the comments and trailing commas jsonc-parser can accept
// are errors here; a leading byte-order mark is skipped.

import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../../syntax/positions';
import { firstSyntaxProblem } from './jsonSyntaxProblem';

export interface JsonPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export interface JsonDocument {
  root: JsonNode;
  /** Where a node starts: a property's key at its opening quote. */
  positionOf(node: JsonNode): JsonPosition;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: JsonPosition,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

const STRICT_JSON = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** The tree of `text`; throws JsonSyntaxError at the first place the text is not JSON. */
export function parseJsonDocument(text: string): JsonDocument {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(source);
  const positionAt = (offset: number): JsonPosition => {
    const position = lines.positionAt(offset);
    return { line: position.line + 1, column: position.character + 1 };
  };
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, STRICT_JSON);
  if (errors.length > 0 || !root) {
    const problem = firstSyntaxProblem(source, STRICT_JSON);
    throw new JsonSyntaxError(problem.message, positionAt(problem.offset));
  }
  return { root, positionOf: (node) => positionAt(node.offset) };
}
