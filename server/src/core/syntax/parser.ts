// parseScript: text in, syntax tree out, for any input. One lexer and one parser instance serve
// every document (Chevrotain's self-analysis runs once, at module load).

import type { Comment, Range, Script, SyntaxDiagnostic } from './ast';
import type { ParseSession } from './grammarBase';
import { ScriptGrammar } from './statementRules';
import { lex } from './lexer';

const grammar = new ScriptGrammar();

/** Parses a script. Never throws: problems are reported in `diagnostics`. */
export function parseScript(text: string): Script {
  return parseScriptRange(text, 0, text.length);
}

/**
 * Parses `text.slice(start, end)` as a script of its own, with every range an offset into `text`:
 * how a caller re-parses one region of a long document without shifting the nodes afterwards.
 */
export function parseScriptRange(text: string, start: number, end: number): Script {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  // Syntax errors travel as exceptions from the failing rule to the statement that recovers (see
  // grammarBase.ts); without stack traces, which nothing reads, a script full of errors stays fast.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parse(text, from, to);
  } catch (error) {
    return unparsedScript({ start: from, end: to }, error);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function parse(text: string, start: number, end: number): Script {
  const session: ParseSession = { text, end, diagnostics: [], deferred: [], stringDepth: 0 };
  const lexed = lex(text, start, end);
  const comments = lexed.comments;
  const continuations = lexed.continuations;
  session.diagnostics.push(...lexed.diagnostics);
  const body = grammar.parseTokens(lexed.tokens, session);
  if (session.deferred.length > 0) parseStringSubExpressions(session, comments, continuations);
  const script: Script = {
    kind: 'Script',
    range: { start, end },
    statements: body.statements,
    comments,
    continuations,
    diagnostics: session.diagnostics.sort(byPosition),
  };
  if (body.paramBlock) script.paramBlock = body.paramBlock;
  return script;
}

/** Strings nested in `$( )` in strings deeper than this are not parsed (each level re-reads its text). */
const MAX_STRING_DEPTH = 16;

/**
 * The `$( )` inside strings (and unquoted arguments), parsed once the parse that found them is done
 * (the parser is not re-entrant). Their own strings may add more; the queue runs until empty.
 */
function parseStringSubExpressions(session: ParseSession, comments: Comment[], continuations: Range[]): void {
  let tooDeep = false;
  for (let next = 0; next < session.deferred.length; next++) {
    const { node, site, depth } = session.deferred[next];
    if (!site.terminated) session.diagnostics.push(unterminatedSubExpression(site.start));
    if (depth > MAX_STRING_DEPTH) {
      if (!tooDeep) session.diagnostics.push(tooDeepStrings(site.start));
      tooDeep = true;
      continue;
    }
    const lexed = lex(session.text, site.innerStart, site.innerEnd);
    comments.push(...lexed.comments);
    continuations.push(...lexed.continuations);
    // Without its `)`, the subexpression ran to the end of the string: its own lexing problems
    // (usually the string's closing quote read as an opening one) only repeat that one.
    if (site.terminated) session.diagnostics.push(...lexed.diagnostics);
    session.stringDepth = depth;
    session.end = site.innerEnd;
    node.statements = grammar.parseTokens(lexed.tokens, session).statements;
  }
  comments.sort(byPosition);
  continuations.sort((a, b) => a.start - b.start);
}

function tooDeepStrings(start: number): SyntaxDiagnostic {
  return {
    range: { start, end: start + 2 },
    code: 'nesting-too-deep',
    message: `Strings are nested inside '$( )' more than ${MAX_STRING_DEPTH} levels deep here, too deep to check. Simplify the string.`,
  };
}

function unterminatedSubExpression(start: number): SyntaxDiagnostic {
  return {
    range: { start, end: start + 2 },
    code: 'missing-closing-paren',
    message: "Missing closing ')' for the subexpression '$(' opened here in the string. Add ')' before the end of the string.",
  };
}

function byPosition(a: { range: Range }, b: { range: Range }): number {
  return a.range.start - b.range.start || a.range.end - b.range.end;
}

/** Last resort, should the parser ever fail: the whole text is one error, so nothing is run or trusted. */
function unparsedScript(range: Range, error: unknown): Script {
  const message = error instanceof Error ? error.message : String(error);
  return {
    kind: 'Script',
    range,
    statements: [{ kind: 'Error', range }],
    comments: [],
    continuations: [],
    diagnostics: [{ range: { start: range.start, end: Math.min(range.end, range.start + 1) }, code: 'parser-failure', message: `The script could not be parsed (${message}). Please report this problem.` }],
  };
}
