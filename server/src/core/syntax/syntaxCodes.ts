// The codes of the syntax diagnostics the parser reports, for the analysis layer's rule table (every
// one is an error: PowerShell refuses to run a script with any of them).

export const SYNTAX_DIAGNOSTIC_CODES: Readonly<Record<string, string>> = {
  'syntax-error': 'The script cannot be parsed at this point.',
  'unterminated-string': 'A string or here-string has no closing quote.',
  'unterminated-comment': "A block comment has no closing '#>'.",
  'missing-closing-paren': "A '(', '$(' or '@(' has no closing ')'.",
  'missing-closing-brace': "A '{' or '@{' has no closing '}'.",
  'missing-closing-bracket': "A '[' has no closing ']'.",
  'unmatched-closing-bracket': 'A closing bracket has no opening bracket to close.',
  'missing-expression': 'A value is missing: after an operator, a comma, an "=", or inside brackets.',
  'missing-parameter-value': "A parameter written with a colon (-Name:) has no value after the colon.",
  'empty-pipe-element': "A '|' has no command on one side.",
  'missing-line-continuation': 'A line starts with a parameter: the command on the line above needs a backtick to continue.',
  'else-if': "'else if' is written as two words; PowerShell needs 'elseif'.",
  'missing-catch-or-finally': 'A try block has neither a catch nor a finally block after it.',
  'missing-try': "A 'catch' or 'finally' block has no try block before it.",
  'nesting-too-deep': 'Brackets and blocks are nested too deeply to check.',
  'expression-too-long': 'One expression chains more than 1,000 operators, too long to check and run.',
  'parser-failure': 'The parser failed on the script (a bug; please report it).',
};
