// Lexer for the PowerShell subset.
//
// Approach. PowerShell's own tokenizer is context-sensitive: after a command name it scans in
// "argument mode" (`Hub01,Hub02` is two words and a comma, `-eq` is a parameter, `C:\Drop\x` one
// word), elsewhere in "expression mode" (`-eq` is an operator, `1-2` is a subtraction). Chevrotain's
// lexer is context-free, so this lexer does not decide the mode. It produces fine-grained tokens that
// are valid in both modes (`C:\Drop\x` lexes as `C` `:` `\` `Drop` `\` `x`) and the parser decides:
//   - in argument mode it glues a run of ADJACENT tokens (no whitespace between them, compared by
//     offset) into one bareword, so `hub01.contoso.com`, `*.contoso.com` and `C:\Drop\x` come out whole;
//   - in expression mode the same tokens are operators, members and values.
// Dash operators (`-eq`, `-like`, ...) are tokens of their own in the `ParameterLike` category, so the
// parser reads them as parameters in argument mode and as operators in expression mode.
//
// What cannot be split that way is lexed whole by custom patterns (see stringScan.ts): quoted strings
// (their `$( )` included), here-strings (closing delimiter at the start of a line) and comments (`#`
// starts a comment only where a token may start, so `a#b` stays one argument). Custom patterns have
// `start_chars_hint`, so the lexer keeps its first-character optimization; nothing backtracks.
//
// One lexer instance serves every document. Positions are UTF-16 offsets (`positionTracking:
// "onlyOffset"`); a token ends at `startOffset + image.length`.

import { Lexer, type IToken } from './chevrotain';
import type { Comment, Range, SyntaxDiagnostic } from './ast';
import { tokenEnd } from './ranges';
import { BlockComment, HereDoubleString, HereSingleString, lexerTokens, type StringPayload } from './tokens';

const lexer = new Lexer([...lexerTokens], {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
});

export interface LexResult {
  /** Tokens for the parser: without comments, whitespace and backtick continuations. */
  tokens: IToken[];
  comments: Comment[];
  continuations: Range[];
  diagnostics: SyntaxDiagnostic[];
}

/**
 * Lexes `text.slice(start, end)` with offsets into `text` (a sub-range is how the parser reads the
 * `$( )` inside a string).
 */
export function lex(text: string, start = 0, end = text.length): LexResult {
  const whole = start === 0 && end === text.length;
  const result = lexer.tokenize(whole ? text : text.slice(start, end));
  if (start !== 0) shift(result.tokens, result.groups, start);
  const diagnostics = lexingDiagnostics(result.errors, start);
  const comments = (result.groups.comments ?? []).map((token) => commentOf(token, diagnostics));
  const continuations = (result.groups.continuations ?? []).map((token) => ({ start: token.startOffset, end: token.startOffset + 1 }));
  reportUnterminatedStrings(result.tokens, diagnostics);
  return { tokens: result.tokens, comments, continuations, diagnostics };
}

function shift(tokens: IToken[], groups: Record<string, IToken[]>, by: number): void {
  for (const token of tokens) token.startOffset += by;
  for (const group of Object.values(groups)) for (const token of group) token.startOffset += by;
}

function commentOf(token: IToken, diagnostics: SyntaxDiagnostic[]): Comment {
  const range = { start: token.startOffset, end: tokenEnd(token) };
  const block = token.tokenType === BlockComment;
  if (block && token.payload === false) {
    diagnostics.push({
      range: { start: range.start, end: range.start + 2 },
      code: 'unterminated-comment',
      message: "The block comment opened here has no closing '#>', so the rest of the script is a comment. Add '#>' where the comment ends.",
    });
  }
  return { kind: 'Comment', range, block };
}

function reportUnterminatedStrings(tokens: IToken[], diagnostics: SyntaxDiagnostic[]): void {
  for (const token of tokens) {
    // Only string tokens carry a payload.
    if ((token.payload as StringPayload | undefined)?.terminated === false) diagnostics.push(unterminatedString(token));
  }
}

function unterminatedString(token: IToken): SyntaxDiagnostic {
  const here = token.tokenType === HereSingleString || token.tokenType === HereDoubleString;
  const quote = here ? token.image.slice(1, 2) : token.image[0];
  const range = { start: token.startOffset, end: here ? token.startOffset + 2 : tokenEnd(token) };
  const message = here
    ? `The here-string opened here has no closing ${quote}@, so it runs to the end of the script. Put ${quote}@ at the start of the line after its last line.`
    : `The string starting here has no closing ${quote}. Add ${quote} where the text ends.`;
  return { range, code: 'unterminated-string', message };
}

function lexingDiagnostics(errors: { offset: number; length: number; message: string }[], start: number): SyntaxDiagnostic[] {
  // The catch-all `Other` token matches any character, so this only guards against surprises.
  return errors.map((error) => ({
    range: { start: start + error.offset, end: start + error.offset + error.length },
    code: 'syntax-error',
    message: `Unexpected character. ${error.message}`,
  }));
}
