// Syntax diagnostics: each says what is wrong and what would fix it.

import type { Range, SyntaxDiagnostic } from './ast';
import { tokenMatcher, type IToken } from './chevrotain';
import { tokenRange } from './ranges';
import { AndAnd, AssignOperator, Comma, OrOr, Pipe, RBracket, RCurly, RParen, Redirection } from './tokens';

export type CloserKind = 'paren' | 'curly' | 'bracket';

const CLOSERS: Record<CloserKind, { close: string; code: string }> = {
  paren: { close: ')', code: 'missing-closing-paren' },
  curly: { close: '}', code: 'missing-closing-brace' },
  bracket: { close: ']', code: 'missing-closing-bracket' },
};

/** `what` names the construct: "script block", "'('", "hashtable". */
export function missingCloser(kind: CloserKind, opener: IToken, what: string): SyntaxDiagnostic {
  const { close, code } = CLOSERS[kind];
  return { range: tokenRange(opener), code, message: `Missing closing '${close}' for the ${what} opened here. Add '${close}'.` };
}

export function describeToken(token: IToken): string {
  if (token.image === '') return 'the end of the script';
  const shown = token.image.length > 30 ? `${token.image.slice(0, 27)}...` : token.image;
  return `'${shown.replace(/\r?\n/g, ' ')}'`;
}

/** A token no statement can start with, at the start of a statement. */
export function strayTokenDiagnostic(token: IToken): SyntaxDiagnostic {
  const range = tokenRange(token);
  const closer = token.tokenType === RParen ? '(' : token.tokenType === RCurly ? '{' : token.tokenType === RBracket ? '[' : undefined;
  if (closer) {
    return { range, code: 'unmatched-closing-bracket', message: `Unexpected '${token.image}': there is no '${closer}' for it to close. Remove it, or add the missing '${closer}' before it.` };
  }
  if (token.tokenType === Pipe) {
    return { range, code: 'empty-pipe-element', message: "A pipeline cannot start with '|'. Put a command before the '|', or join this line to the previous one." };
  }
  if (token.tokenType === AndAnd || token.tokenType === OrOr) {
    return { range, code: 'syntax-error', message: `'${token.image}' is not supported by Windows PowerShell 5.1, which the Exchange Management Shell runs on. Use if ($?) { ... } instead.` };
  }
  if (tokenMatcher(token, AssignOperator)) {
    return { range, code: 'syntax-error', message: `Unexpected '${token.image}'. An assignment needs a variable on its left, for example $name ${token.image} value.` };
  }
  if (token.tokenType === Comma) {
    return { range, code: 'syntax-error', message: "Missing value before ','. Put a value before the comma, or remove the comma." };
  }
  if (token.tokenType === Redirection) {
    return { range, code: 'syntax-error', message: `Missing command before the redirection '${token.image}'. Put the command whose output to redirect before it.` };
  }
  return unexpectedToken(token);
}

export function unexpectedToken(token: IToken): SyntaxDiagnostic {
  return { range: tokenRange(token), code: 'syntax-error', message: `Unexpected ${describeToken(token)}. Check for a missing operator, quote or bracket before it.` };
}

/** A complete statement followed by more text on the same line. */
export function unexpectedAfterStatement(token: IToken): SyntaxDiagnostic {
  if (token.tokenType === Redirection && token.image.startsWith('>')) {
    return {
      range: tokenRange(token),
      code: 'syntax-error',
      message: `Unexpected '${token.image}' after an expression. In PowerShell '>' redirects a command's output to a file; to compare values, use -gt (and -lt for '<').`,
    };
  }
  return {
    range: tokenRange(token),
    code: 'syntax-error',
    message: `Unexpected ${describeToken(token)} after the end of the statement. Put it on its own line or after ';', or check for a missing operator or quote.`,
  };
}

export function diagnosticAt(range: Range, message: string, code = 'syntax-error'): SyntaxDiagnostic {
  return { range, code, message };
}

export function missingAfterComma(comma: IToken): SyntaxDiagnostic {
  return diagnosticAt(tokenRange(comma), "Missing value after ','. Add the next value, or remove the comma.", 'missing-expression');
}

export function missingOperand(operator: IToken): SyntaxDiagnostic {
  return diagnosticAt(tokenRange(operator), `Missing value after the '${operator.image}' operator. Add the value it applies to.`, 'missing-expression');
}
