// A syntax error the parser cannot continue the current statement after. The statement list that
// parses the statement catches it, reports it, skips to the next statement and goes on; see
// recovery.ts. Errors that leave the statement usable (a missing closing bracket, a parameter
// without its value) are reported without throwing.

import type { Range, SyntaxDiagnostic } from './ast';

export class SyntaxFailure extends Error {
  constructor(
    readonly diagnostic: SyntaxDiagnostic,
  ) {
    super(diagnostic.message);
    this.name = 'SyntaxFailure';
  }

  static at(range: Range, message: string, code = 'syntax-error'): SyntaxFailure {
    return new SyntaxFailure({ range, message, code });
  }
}
