// Character classes of the PowerShell tokenizer, shared by the lexer's patterns and the string
// decoder so that both agree on what a variable name, a dash or a quote is.
//
// PowerShell accepts the typographic dashes and quotes that word processors substitute (a script
// pasted from a document often has `–Name` or `“text”`), so those count as dashes and quotes here.

/** `-` and the en dash, em dash and horizontal bar, which PowerShell reads as a dash. */
export const DASHES = '-\u2013\u2014\u2015';
export const SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";
export const DOUBLE_QUOTES = '"\u201C\u201D\u201E';

/**
 * Characters from U+00AA up that may appear in names: everything except the typographic dashes and
 * quotes, the Unicode spaces, the line and paragraph separators and the byte-order mark.
 */
const NON_ASCII_NAME_CHARS = '\\u00AA-\\u1FFF\\u200C-\\u2012\\u2016\\u2017\\u201F-\\u2027\\u202A-\\u202E\\u2030-\\u205E\\u2060-\\u2FFF\\u3001-\\uFEFE\\uFF00-\\uFFFF';

/** Characters that may appear in names (variables, barewords, parameters), for a RegExp class. */
export const NAME_CHAR_CLASS = `A-Za-z0-9_${NON_ASCII_NAME_CHARS}`;
/** As `NAME_CHAR_CLASS` without the digits: a name does not start with one. */
export const NAME_START_CLASS = `A-Za-z_${NON_ASCII_NAME_CHARS}`;

// The character tests take `text[i]`, which is undefined past the end of the text.

export function isSingleQuote(ch: string | undefined): boolean {
  return ch !== undefined && isSingleQuoteCode(ch.charCodeAt(0)) && ch.length === 1;
}

export function isDoubleQuote(ch: string | undefined): boolean {
  return ch !== undefined && isDoubleQuoteCode(ch.charCodeAt(0)) && ch.length === 1;
}

// Code-unit versions for the scanners' inner loops: no string per character.

/** `'` and its typographic forms U+2018..U+201B. */
export function isSingleQuoteCode(code: number): boolean {
  return code === 39 || (code >= 0x2018 && code <= 0x201b);
}

/** `"` and its typographic forms U+201C..U+201E. */
export function isDoubleQuoteCode(code: number): boolean {
  return code === 34 || (code >= 0x201c && code <= 0x201e);
}

export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** Spaces and tabs, and the Unicode spaces PowerShell skips like them. */
export function isInlineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 0xa0 || code === 0xfeff
    || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0x202f || code === 0x205f;
}

/** The regular-expression class of the spaces `isInlineSpace` accepts. */
export const INLINE_SPACE_CLASS = ' \\t\\v\\f\\u00A0\\uFEFF\\u2000-\\u200B\\u202F\\u205F\\u3000';

/** Offset of the first line break at or after `from`, or the text's length. */
export function endOfLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (isLineBreak(text.charCodeAt(i))) return i;
  }
  return text.length;
}
