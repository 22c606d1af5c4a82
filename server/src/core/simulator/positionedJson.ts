// A JSON parser that remembers where every value and key is, so exconn.json problems can name the
// line and column (JSON.parse only says "at position N", and not on every Node version). Standard JSON
// only (RFC 8259); a leading byte-order mark is skipped.

export interface JsonPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export type JsonNode = JsonObjectNode | JsonArrayNode | JsonScalarNode;

export interface JsonObjectNode extends JsonPosition {
  kind: 'object';
  entries: JsonEntry[];
}

export interface JsonEntry {
  key: string;
  keyPosition: JsonPosition;
  value: JsonNode;
}

export interface JsonArrayNode extends JsonPosition {
  kind: 'array';
  items: JsonNode[];
}

export interface JsonScalarNode extends JsonPosition {
  kind: 'string' | 'number' | 'boolean' | 'null';
  value: string | number | boolean | null;
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

export function parseJsonWithPositions(text: string): JsonNode {
  const parser = new Parser(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  parser.skipSpace();
  const value = parser.value();
  parser.skipSpace();
  if (!parser.atEnd()) parser.fail(`Unexpected ${parser.describeHere()} after the end of the JSON value`);
  return value;
}

/** The node as an ordinary JavaScript value. */
export function plainJson(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map((entry) => [entry.key, plainJson(entry.value)]));
    case 'array':
      return node.items.map(plainJson);
    default:
      return node.value;
  }
}

class Parser {
  private index = 0;
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  atEnd(): boolean {
    return this.index >= this.text.length;
  }

  skipSpace(): void {
    while (!this.atEnd() && ' \t\r\n'.includes(this.text[this.index])) this.index++;
  }

  value(): JsonNode {
    const position = this.position(this.index);
    const ch = this.text[this.index];
    if (ch === '{') return this.object(position);
    if (ch === '[') return this.array(position);
    if (ch === '"') return { kind: 'string', value: this.string(), ...position };
    if (ch === '-' || (ch >= '0' && ch <= '9')) return { kind: 'number', value: this.number(), ...position };
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.index)) {
        this.index += word.length;
        return { kind: value === null ? 'null' : 'boolean', value, ...position };
      }
    }
    return this.fail(`Expected a value (a string in double quotes, a number, true, false, null, an object or an array) but found ${this.describeHere()}`);
  }

  private object(position: JsonPosition): JsonObjectNode {
    const node: JsonObjectNode = { kind: 'object', entries: [], ...position };
    this.index++;
    this.skipSpace();
    if (this.text[this.index] === '}') {
      this.index++;
      return node;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.index] !== '"') {
        const hint = this.text[this.index] === '}' ? ' (JSON allows no comma before a closing brace)' : ' (property names need double quotes)';
        this.fail(`Expected a property name in double quotes but found ${this.describeHere()}${hint}`);
      }
      const keyPosition = this.position(this.index);
      const key = this.string();
      this.skipSpace();
      if (this.text[this.index] !== ':') this.fail(`Expected ':' after the property name "${key}" but found ${this.describeHere()}`);
      this.index++;
      this.skipSpace();
      node.entries.push({ key, keyPosition, value: this.value() });
      this.skipSpace();
      const next = this.text[this.index];
      this.index++;
      if (next === '}') return node;
      if (next !== ',') {
        this.index--;
        this.fail(`Expected ',' or '}' after the value of "${key}" but found ${this.describeHere()}`);
      }
    }
  }

  private array(position: JsonPosition): JsonArrayNode {
    const node: JsonArrayNode = { kind: 'array', items: [], ...position };
    this.index++;
    this.skipSpace();
    if (this.text[this.index] === ']') {
      this.index++;
      return node;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.index] === ']') this.fail('Expected a value but found \']\' (JSON allows no comma before a closing bracket)');
      node.items.push(this.value());
      this.skipSpace();
      const next = this.text[this.index];
      this.index++;
      if (next === ']') return node;
      if (next !== ',') {
        this.index--;
        this.fail(`Expected ',' or ']' in the array but found ${this.describeHere()}`);
      }
    }
  }

  private string(): string {
    const start = this.index;
    this.index++;
    while (!this.atEnd()) {
      const ch = this.text[this.index];
      if (ch === '"') {
        this.index++;
        try {
          return JSON.parse(this.text.slice(start, this.index)) as string;
        } catch {
          this.index = start;
          return this.fail('The string contains an invalid escape or control character');
        }
      }
      if (ch === '\n') break;
      this.index += ch === '\\' ? 2 : 1;
    }
    this.index = start;
    return this.fail('The string has no closing double quote on its line');
  }

  private number(): number {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.index));
    if (!match) this.fail(`Expected a number but found ${this.describeHere()}`);
    this.index += match[0].length;
    return Number(match[0]);
  }

  describeHere(): string {
    if (this.atEnd()) return 'the end of the file';
    const ch = this.text[this.index];
    return ch === '\n' || ch === '\r' ? 'the end of the line' : `'${ch}'`;
  }

  fail(message: string): never {
    throw new JsonSyntaxError(message, this.position(this.index));
  }

  private position(offset: number): JsonPosition {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }
}
