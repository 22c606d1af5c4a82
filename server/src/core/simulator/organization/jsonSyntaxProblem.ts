// The first syntax error of a JSON text as a sentence that says what was expected where ("Expected
// ',' or '}' after the value of "servers" but found '/'"), for someone editing exconn.json by hand.
// jsonc-parser finds the error; its codes alone do not say what the text should have had there (a
// comment is "InvalidCommentToken" wherever it is), so the parse is followed, event by event, to know
// what came next at the error: a value, a property name, a colon, a comma or the end.

import { ParseErrorCode, visit, type ParseOptions } from 'jsonc-parser';

export interface JsonSyntaxProblem {
  message: string;
  /** Where in the text. */
  offset: number;
}

type Expected = 'value' | 'key' | 'colon' | 'comma' | 'end';

interface Container {
  kind: 'object' | 'array';
  /** The object's last property name. */
  key?: string;
}

/** A number as JSON writes it: what a number token that jsonc-parser finds incomplete does start with. */
const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/;

const STRING_ERRORS = new Map<ParseErrorCode, string>([
  [ParseErrorCode.UnexpectedEndOfString, 'The string has no closing double quote on its line'],
  [ParseErrorCode.InvalidEscapeCharacter, 'The string contains an invalid escape or control character'],
  [ParseErrorCode.InvalidUnicode, 'The string contains an invalid escape or control character'],
  [ParseErrorCode.InvalidCharacter, 'The string contains an invalid escape or control character'],
]);

/** The first syntax error of `text`, which jsonc-parser found to have one with `options`. */
export function firstSyntaxProblem(text: string, options: ParseOptions): JsonSyntaxProblem {
  const containers: Container[] = [];
  let expected: Expected = 'value';
  let problem: JsonSyntaxProblem | undefined;
  const valueDone = () => {
    expected = containers.length > 0 ? 'comma' : 'end';
  };
  // A container ends at its closing bracket; at the end of the text (no bracket) jsonc-parser ends it
  // too, before the error, which must still say what the container needed.
  const close = (offset: number) => {
    if (offset < text.length) {
      containers.pop();
      valueDone();
    }
  };
  visit(text, {
    onObjectBegin: () => {
      containers.push({ kind: 'object' });
      expected = 'key';
    },
    onObjectProperty: (key) => {
      const object = containers.at(-1);
      if (object) object.key = key;
      expected = 'colon';
    },
    onSeparator: (separator) => {
      expected = separator === ':' || containers.at(-1)?.kind === 'array' ? 'value' : 'key';
    },
    onArrayBegin: () => {
      containers.push({ kind: 'array' });
      expected = 'value';
    },
    onLiteralValue: valueDone,
    onObjectEnd: close,
    onArrayEnd: close,
    onError: (code, offset, length) => {
      problem ??= describeError(text, code, offset, length, expected, containers.at(-1));
    },
  }, options);
  return problem ?? { message: 'The text is not JSON', offset: 0 };
}

function describeError(text: string, code: ParseErrorCode, offset: number, length: number, expected: Expected, container: Container | undefined): JsonSyntaxProblem {
  const stringError = STRING_ERRORS.get(code);
  if (stringError) return { message: stringError, offset };
  if (code === ParseErrorCode.UnexpectedEndOfNumber) {
    // `1.` or `1e`: the number ends before the dot or the e, which is then what is out of place.
    const end = offset + (JSON_NUMBER.exec(text.slice(offset, offset + length))?.[0].length ?? 0);
    return { message: expectedMessage(text, end, container ? 'comma' : 'end', container), offset: end };
  }
  return { message: expectedMessage(text, offset, expected, container), offset };
}

function expectedMessage(text: string, offset: number, expected: Expected, container: Container | undefined): string {
  const found = describeAt(text, offset);
  switch (expected) {
    case 'value':
      if (text[offset] === '-') return `Expected a number but found ${found}`;
      if (text[offset] === ']' && container?.kind === 'array') return 'Expected a value but found \']\' (JSON allows no comma before a closing bracket)';
      return `Expected a value (a string in double quotes, a number, true, false, null, an object or an array) but found ${found}`;
    case 'key': {
      const hint = text[offset] === '}' ? 'JSON allows no comma before a closing brace' : 'property names need double quotes';
      return `Expected a property name in double quotes but found ${found} (${hint})`;
    }
    case 'colon':
      return `Expected ':' after the property name "${container?.key ?? ''}" but found ${found}`;
    case 'comma':
      return container?.kind === 'array'
        ? `Expected ',' or ']' in the array but found ${found}`
        : `Expected ',' or '}' after the value of "${container?.key ?? ''}" but found ${found}`;
    case 'end':
      return `Unexpected ${found} after the end of the JSON value`;
  }
}

function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const ch = text[offset];
  return ch === '\n' || ch === '\r' ? 'the end of the line' : `'${ch}'`;
}
