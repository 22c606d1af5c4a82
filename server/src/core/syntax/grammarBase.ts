// The state, lookahead gates and helpers the grammar rules share: nesting, diagnostics, closing
// brackets, and error recovery. The rules themselves are split by topic over subclasses:
// expressionRules.ts < commandRules.ts < definitionRules.ts < statementRules.ts (the last is the
// parser to instantiate).
//
// Chevrotain runs every rule once while recording the grammar, with placeholder tokens and results;
// code that builds nodes is therefore guarded by `RECORDING_PHASE` (cheaper than an ACTION closure
// on these hot paths), and rules return `RECORDED` then.
//
// Error recovery. Chevrotain's own recovery is off: it would insert tokens without positions. A
// problem that leaves the statement usable (a missing closing bracket, a parameter without its value,
// a missing operand) is reported and parsing goes on. Anything else throws; the statement list (or
// hashtable, or switch body) that is parsing the statement catches it, reports it, skips to the next
// statement (recovery.ts) and carries on, so later statements are still parsed and checked.

import type { ParamBlock, Range, Statement, SubExpression, SyntaxDiagnostic } from './ast';
import {
  EmbeddedActionsParser, EOF, isRecognitionException, tokenMatcher,
  type IRecognitionException, type IToken, type ParserMethod, type TokenType,
} from './chevrotain';
import { SyntaxFailure } from './failure';
import { diagnosticAt, missingCloser, unexpectedAfterStatement, unexpectedToken, type CloserKind } from './messages';
import { attributesOfStatement, emptyRangeAt, errorStatement } from './nodes';
import { adjacent, tokenEnd, tokenRange } from './ranges';
import { openDepth, tokensToSkip, type BracketKind } from './recovery';
import type { SubExpressionResolver, SubExpressionSite } from './stringParts';
import { ArgChar, Class, Enum, LCurly, NewLine, Param, RBracket, RCurly, RParen, Semicolon, SubExpressionStart, vocabulary } from './tokens';

/** The statements of a script, block or script block, with the `param()` block among them. */
export interface StatementList {
  statements: Statement[];
  paramBlock?: ParamBlock;
}

/** State shared by the parse of a document and of the `$( )` inside its strings. */
export interface ParseSession {
  text: string;
  /** Where the parsed part of `text` ends (the end of the text unless a range is parsed). */
  end: number;
  diagnostics: SyntaxDiagnostic[];
  /** `$( )` inside strings, parsed after the parse that found them (the parser is not re-entrant). */
  deferred: DeferredSubExpression[];
  /** How many strings deep the current parse is: 0 for the document, 1 inside a string's `$( )`... */
  stringDepth: number;
}

export interface DeferredSubExpression {
  node: SubExpression;
  site: SubExpressionSite;
  /** The string depth of the statements inside. */
  depth: number;
}

/** What rules return while Chevrotain records the grammar; nothing reads it. */
export const RECORDED = undefined as never;

/** Deeper nesting than this is reported rather than parsed, so no input can exhaust the stack. */
const MAX_NESTING = 100;

/**
 * The most operators one expression may chain (`1+1+...`, `$a -and $b -and ...`, `$x[0][0]...`,
 * `$x.A.B...`). A chain becomes a tree as deep as it is long, which the checker and the run walk
 * recursively; beyond this it is reported, by check and run alike, rather than overflowing the stack.
 */
export const MAX_CHAIN = 1000;

/**
 * What encloses the current position: `group` is a plain `( )` (a condition, method arguments, a
 * param list), where line breaks do not end anything; `paren` is `$( )` or `@( )`, which hold
 * statements; `other` counts for the nesting limit only.
 */
type Nesting = BracketKind | 'group' | 'other';

const STATEMENT_ENDS = new Set<TokenType>([NewLine, Semicolon, EOF, RParen, RCurly]);

/** What an attribute may stand right before, on the same line. */
const ATTRIBUTE_TARGETS = new Set<TokenType>([Param, Class, Enum]);


export abstract class GrammarBase extends EmbeddedActionsParser {
  protected session: ParseSession = { text: '', end: 0, diagnostics: [], deferred: [], stringDepth: 0 };
  /** The brackets (and other nested constructs) around the current position. */
  protected nesting: Nesting[] = [];
  /** Passes the operand to `postfixOperators` without an ARGS array per call. */
  protected postfixTarget: unknown;

  // Rules of the subclasses that rules here and in expressionRules.ts refer to.
  protected abstract readonly statement: ParserMethod<[], Statement>;
  protected abstract readonly statementList: ParserMethod<[], StatementList>;

  constructor() {
    super([...vocabulary], { maxLookahead: 1, recoveryEnabled: false });
  }

  /** Parses a token vector (from lex()) into statements. */
  abstract parseTokens(tokens: IToken[], session: ParseSession): StatementList;

  // -------------------------------------------------------------------------------------------
  // Lookahead gates: arrow functions, so Chevrotain can call them unbound and no closure is made
  // per call.

  protected readonly notAtListEnd = (): boolean => {
    const type = this.LA(1).tokenType;
    if (type === EOF) return false;
    if (type === RParen) return !this.encloses('paren');
    if (type === RCurly) return !this.encloses('curly');
    return true;
  };

  protected readonly adjacentToPrevious = (): boolean => adjacent(this.LA(0), this.LA(1));

  /** The next token continues the current bareword: no space before it, and it can be part of one. */
  protected readonly adjacentGlue = (): boolean => {
    const next = this.LA(1);
    return adjacent(this.LA(0), next) && (tokenMatcher(next, ArgChar) || next.tokenType === SubExpressionStart);
  };

  /** Line breaks before a block's `{` belong to the statement the block is part of. */
  protected readonly braceAfterNewlines = (): boolean => this.typeAfterNewlines() === LCurly;

  /** Line breaks before a closing bracket belong to the bracket; otherwise they end the statement. */
  protected readonly closerAfterNewlines = (): boolean => {
    const type = this.typeAfterNewlines();
    return type === RParen || type === RBracket;
  };

  // -------------------------------------------------------------------------------------------
  // Diagnostics and brackets

  protected report(diagnostic: SyntaxDiagnostic): void {
    this.session.diagnostics.push(diagnostic);
  }

  /** Throws a syntax failure with `message` unless the next token is a `type`. */
  protected expect(type: TokenType, message: string, code = 'syntax-error'): void {
    const next = this.LA(1);
    if (tokenMatcher(next, type)) return;
    throw SyntaxFailure.at(this.problemRange(next), message, code);
  }

  /** Where to report a problem at `next`: on it, or on the token before when the line ends there. */
  private problemRange(next: IToken): Range {
    const previous = this.LA(0);
    if ((next.tokenType === EOF || next.tokenType === NewLine) && previous.tokenType !== EOF) return tokenRange(previous);
    if (next.tokenType === EOF) return emptyRangeAt(this.session.end);
    return tokenRange(next);
  }

  protected enter(kind: Nesting): void {
    this.nesting.push(kind);
    if (this.nesting.length > MAX_NESTING) {
      throw SyntaxFailure.at(tokenRange(this.LA(0)), `The script nests brackets and blocks more than ${MAX_NESTING} levels deep here. Simplify it.`, 'nesting-too-deep');
    }
  }

  /** Reports an expression whose chain of operators has grown past MAX_CHAIN, at the operator that did it. */
  protected chainLimit(length: number, token: IToken): void {
    if (length <= MAX_CHAIN) return;
    throw SyntaxFailure.at(tokenRange(token), `This expression chains more than ${MAX_CHAIN.toLocaleString('en-US')} operators, too long to check and run. Split it into several statements (assign part of it to a variable first).`, 'expression-too-long');
  }

  protected leave(): void {
    this.nesting.pop();
  }

  /** Whether a closer of `kind` would close a construct around the current position. */
  protected encloses(kind: BracketKind): boolean {
    return kind === 'paren' ? this.nesting.includes('paren') || this.nesting.includes('group') : this.nesting.includes(kind);
  }

  /**
   * The end offset of a bracketed construct, leaving its nesting level. Without its closer it ends
   * at its last token, and the missing closer is reported at the opener.
   */
  protected closed(open: IToken, close: IToken | undefined, kind: CloserKind, what: string): number {
    this.leave();
    if (close) return tokenEnd(close);
    this.report(missingCloser(kind, open, what));
    return this.consumedEnd(open);
  }

  /**
   * The end of the last token consumed since `first` (inclusive) that is not a line break. Nodes
   * end there rather than at the last token: statement lists also consume the line breaks after
   * their statements, which belong to no node. Used wherever a node has no closing token.
   */
  protected consumedEnd(first: IToken): number {
    for (let k = 0; ; k--) {
      const token = this.LA(k);
      if (token === first || token.tokenType === EOF || token.startOffset <= first.startOffset) return tokenEnd(first);
      if (token.tokenType !== NewLine) return tokenEnd(token);
    }
  }

  /** Type of the first token after any line breaks. */
  protected typeAfterNewlines(): TokenType {
    return this.LA(this.indexAfterNewlines()).tokenType;
  }

  /** The lookahead index of the first token after any line breaks. */
  protected indexAfterNewlines(): number {
    let i = 1;
    while (this.LA(i).tokenType === NewLine) i++;
    return i;
  }

  protected sourceOf(range: Range): string {
    return this.session.text.slice(range.start, range.end);
  }

  /** A `$( )` inside a string: parsed once the current parse is done (see parser.ts). */
  protected readonly deferSubExpression: SubExpressionResolver = (site) => {
    const node: SubExpression = { kind: 'SubExpression', range: { start: site.start, end: site.end }, statements: [] };
    this.session.deferred.push({ node, site, depth: this.session.stringDepth + 1 });
    return node;
  };

  // -------------------------------------------------------------------------------------------
  // Error recovery

  /** Reports a syntax error and skips the rest of the broken statement, which becomes an ErrorStatement. */
  protected recover(error: unknown, first: IToken, savedNesting: number): Statement {
    if (!(error instanceof SyntaxFailure) && !(error instanceof Error && isRecognitionException(error))) throw error;
    this.nesting.length = savedNesting;
    this.report(error instanceof SyntaxFailure ? error.diagnostic : this.recognitionDiagnostic(error as IRecognitionException));
    this.skipStatement(openDepth(this.consumedSince(first)));
    if (this.LA(1) === first) this.SKIP_TOKEN();
    return errorStatement(first.startOffset, this.consumedEnd(first));
  }

  private recognitionDiagnostic(error: IRecognitionException): SyntaxDiagnostic {
    if (error.token.tokenType !== EOF) return unexpectedToken(error.token);
    const end = this.session.end;
    return diagnosticAt({ start: end, end }, 'The script ends in the middle of a statement. Complete the statement.');
  }

  /** Whether the next token ends a statement: a line break, `;`, a closing bracket or the end. */
  protected atStatementEnd(): boolean {
    return STATEMENT_ENDS.has(this.LA(1).tokenType);
  }

  /** A complete pipeline or assignment must be followed by a line break, `;` or a closing bracket. */
  protected withStatementEnd(statement: Statement): Statement[] {
    if (statement.kind !== 'Pipeline' && statement.kind !== 'Assignment') return [statement];
    const next = this.LA(1);
    if (STATEMENT_ENDS.has(next.tokenType)) return [statement];
    // `[CmdletBinding()]param(...)`, `[DscResource()]class X`: the attribute belongs to what follows.
    if (ATTRIBUTE_TARGETS.has(next.tokenType) && attributesOfStatement(statement)) return [statement];
    this.report(unexpectedAfterStatement(next));
    this.skipStatement(0);
    if (this.LA(1) === next) this.SKIP_TOKEN();
    return [statement, errorStatement(next.startOffset, this.consumedEnd(next))];
  }

  /**
   * Inside `( )`, text after a complete statement (`(1 2)`, `if ($a $b)`) is reported and skipped up
   * to the closer, so the bracket still closes where the user closed it.
   */
  protected skipJunkBefore(closer: TokenType): void {
    const next = this.LA(1);
    if (next.tokenType === closer || STATEMENT_ENDS.has(next.tokenType)) return;
    const count = tokensToSkip((i) => this.LA(i), 0, (kind) => this.encloses(kind));
    // No closer on the line (`if ($x {`): the closer is what is missing, reported by the caller.
    if (count === 0 || this.LA(count + 1).tokenType !== closer) return;
    this.report(unexpectedToken(next));
    for (let i = 0; i < count; i++) this.SKIP_TOKEN();
  }

  /** Skips to the end of the current statement (see recovery.ts); `depth` brackets are open. */
  protected skipStatement(depth: number): void {
    const count = tokensToSkip((i) => this.LA(i), depth, (kind) => this.encloses(kind));
    for (let i = 0; i < count; i++) this.SKIP_TOKEN();
  }

  /** The tokens consumed since `first` (inclusive), or none when `first` was not consumed. */
  private consumedSince(first: IToken): IToken[] {
    const tokens: IToken[] = [];
    for (let k = 0; ; k--) {
      const token = this.LA(k);
      if (token.tokenType === EOF || token.startOffset < first.startOffset) return [];
      tokens.push(token);
      if (token === first) return tokens.reverse();
    }
  }
}
