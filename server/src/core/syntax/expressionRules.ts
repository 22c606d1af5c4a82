// Expression-mode rules: operators, primaries, member access and indexing, and the bracketed
// constructs (`( )`, `$( )`, `@( )`, `{ }`, `@{ }`, `[type]`). Here `-eq` is an operator and `1-2`
// a subtraction. Binary operators are collected as a flat chain and arranged by precedence in
// operators.ts, which is simpler and faster than one rule per precedence level.

import type {
  ArraySubExpression, Block, Expression, HashtableEntry, HashtableLiteral, InvokeMemberExpression, MemberExpression, ParenExpression, Range, ScriptBlockExpression,
  StringLiteral, SubExpression, TypeLiteral,
} from './ast';
import { EOF, tokenMatcher, type DSLMethodOpts, type IOrAlt, type IToken, type OrMethodOpts, type ParserMethod, type TokenType } from './chevrotain';
import { GrammarBase, RECORDED, type StatementList } from './grammarBase';
import { numberLiteral, stringLiteral, variable } from './literals';
import { describeToken, diagnosticAt, missingAfterComma, missingOperand } from './messages';
import { cast, emptyRangeAt, postfixUnary, prefixUnary } from './nodes';
import { buildBinaryChain, normalizeOperator, precedenceOf, type OperatorOccurrence } from './operators';
import { adjacent, tokenEnd, tokenRange } from './ranges';
import {
  AnyToken, ArgChar, ArrayExpressionStart, AssignOperator, AttributeArgumentPart, BinaryOperator, Colon, ColonColon, Comma, Dot,
  Equals, HashtableStart, LBracket, LCurly, LParen, MinusMinus, Name, NewLine, NumberToken, PlusPlus, PrefixOperator,
  Question, RBracket, RCurly, RParen, Semicolon, Splat, StringToken, SubExpressionStart, TypeNamePart, Variable,
} from './tokens';

interface MemberName {
  text: string;
  range: Range;
  /** `($k)`, `$($k)`, `$k`: a name computed at run time. */
  dynamic?: Expression;
}

interface Invocation {
  items: Expression[];
  end: number;
}

interface HashKey {
  expression: Expression;
  text: string;
}

export abstract class ExpressionGrammar extends GrammarBase {
  /** The value `castOrPostfix` may cast: its OPTION's gate reads it. */
  private castCandidate: Expression | undefined;

  /** `[int]$x` casts; `[int], [string]` is a list of types (a comma after a type is no unary comma). */
  private readonly castAhead = (): boolean => this.castCandidate?.kind === 'Type' && this.LA(1).tokenType !== Comma;

  /** After an operator or comma, line breaks are skipped only when a value follows them. */
  private readonly operandAfterNewlines = (): boolean => startsOperand(this.LA(this.indexAfterNewlines()));

  /** A binary operator next, or, directly inside `( )`, on the next line (`(` / `$a` / `-and $b` / `)`). */
  private readonly binaryOperatorAhead = (): boolean => {
    if (tokenMatcher(this.LA(1), BinaryOperator)) return true;
    if (this.LA(1).tokenType !== NewLine || this.nesting[this.nesting.length - 1] !== 'group') return false;
    return tokenMatcher(this.LA(this.indexAfterNewlines()), BinaryOperator);
  };

  /**
   * A postfix operator without a space before it; `[` after a type is a second type (`[void][Math]`),
   * not an index; `?` only as PowerShell 7's `?.` or `?[`. `++` and `--` may follow a space when
   * the statement ends after them (`$count ++`), as PowerShell reads them.
   */
  private readonly postfixAhead = (): boolean => {
    const next = this.LA(1);
    if (!adjacent(this.LA(0), next)) return (next.tokenType === PlusPlus || next.tokenType === MinusMinus) && STATEMENT_ENDS.has(this.LA(2).tokenType);
    if (next.tokenType === Question) return adjacent(next, this.LA(2)) && (this.LA(2).tokenType === Dot || this.LA(2).tokenType === LBracket);
    return next.tokenType !== LBracket || (this.postfixTarget as Expression | undefined)?.kind !== 'Type';
  };

  private readonly invocationAhead = (): boolean => this.LA(1).tokenType === LParen && adjacent(this.LA(0), this.LA(1));

  /** `.Where{ ... }`: a script block right after a method name is its one argument. */
  private readonly scriptBlockArgumentAhead = (): boolean => {
    const previous = this.LA(0);
    return this.LA(1).tokenType === LCurly && adjacent(previous, this.LA(1)) && previous.tokenType !== RParen;
  };

  /**
   * A method call on the line after a trailing `.` (`$ps.AddCommand("x").` / `AddParameter("y")`), which
   * PowerShell continues. Only a call: `$a.` before a command line is an unfinished member name, as
   * while typing it.
   */
  private readonly memberNameOnNextLine = (): boolean => {
    if (this.LA(0).tokenType !== Dot || this.LA(1).tokenType !== NewLine) return false;
    const index = this.indexAfterNewlines();
    const name = this.LA(index);
    const open = this.LA(index + 1);
    return tokenMatcher(name, Name) && open.tokenType === LParen && adjacent(name, open);
  };

  /** `Empty[int](`: type arguments of a generic method call (PowerShell 7), told from an index by the `(` after `]`. */
  private readonly genericArgumentsAhead = (): boolean => {
    if (this.LA(1).tokenType !== LBracket || !adjacent(this.LA(0), this.LA(1))) return false;
    let depth = 0;
    for (let i = 1; i <= MAX_GENERIC_LOOKAHEAD; i++) {
      const token = this.LA(i);
      if (token.tokenType === LBracket) depth++;
      else if (token.tokenType === RBracket && --depth === 0) return this.LA(i + 1).tokenType === LParen && adjacent(token, this.LA(i + 1));
      else if (token.tokenType === EOF || token.tokenType === NewLine) return false;
    }
    return false;
  };

  /** A comma that continues the method's arguments, on this line or at the start of the next. */
  private readonly argumentCommaAhead = (): boolean => this.LA(this.indexAfterNewlines()).tokenType === Comma;

  private readonly ternaryAhead = (): boolean => this.LA(1).tokenType === Question;

  private readonly hashKeyContinues = (): boolean => {
    const next = this.LA(1);
    return adjacent(this.LA(0), next) && !tokenMatcher(next, AssignOperator);
  };

  // -------------------------------------------------------------------------------------------
  // Operators

  /** A full expression: `operand (operator operand)*`, operands possibly comma lists. */
  protected readonly expression = this.RULE('expression', (): Expression => this.ternaryTail(this.binaryChain(this.arrayOperand), this.expression));

  /** An expression without top-level commas: a method argument or parameter default, where commas separate. */
  protected readonly argumentExpression = this.RULE('argumentExpression', (): Expression => this.ternaryTail(this.binaryChain(this.unaryExpression), this.argumentExpression));

  /** PowerShell 7's `condition ? ifTrue : ifFalse` after a binary chain, each branch a `branch`. */
  private ternaryTail(condition: Expression, branch: ParserMethod<[], Expression>): Expression {
    const ternary = this.OPTION2({
      GATE: this.ternaryAhead,
      DEF: () => {
        const question = this.CONSUME(Question);
        this.MANY4(() => this.CONSUME4(NewLine));
        const ifTrue = this.OPTION3(() => this.SUBRULE(branch));
        this.MANY5(() => this.CONSUME5(NewLine));
        if (!this.RECORDING_PHASE) this.expect(Colon, "Missing ':' of the ternary operator. Write condition ? valueIfTrue : valueIfFalse.");
        const colon = this.CONSUME(Colon);
        this.MANY6(() => this.CONSUME6(NewLine));
        const ifFalse = this.OPTION4(() => this.SUBRULE2(branch));
        return this.RECORDING_PHASE ? RECORDED : { question, colon, ifTrue, ifFalse };
      },
    });
    if (this.RECORDING_PHASE || !ternary) return condition;
    if (!ternary.ifTrue) this.report(missingOperand(ternary.question));
    if (!ternary.ifFalse) this.report(missingOperand(ternary.colon));
    const end = ternary.ifFalse?.range.end ?? tokenEnd(ternary.colon);
    return { kind: 'Ternary', range: { start: condition.range.start, end }, condition, operatorRange: tokenRange(ternary.question), ifTrue: ternary.ifTrue, ifFalse: ternary.ifFalse };
  }

  /** The body of `expression` and `argumentExpression`, each recording its own copy. */
  private binaryChain(operand: ParserMethod<[], Expression>): Expression {
    const operands: (Expression | undefined)[] = [this.SUBRULE(operand)];
    const operators: OperatorOccurrence[] = [];
    this.MANY({
      GATE: this.binaryOperatorAhead,
      DEF: () => this.binaryOperand(operand, operands, operators),
    });
    if (this.RECORDING_PHASE) return RECORDED;
    return operators.length === 0 ? operands[0] as Expression : buildBinaryChain(operands, operators);
  }

  /** One `operator operand` of a binary chain; inside parentheses the operator may start a line. */
  private binaryOperand(operand: ParserMethod<[], Expression>, operands: (Expression | undefined)[], operators: OperatorOccurrence[]): void {
    this.MANY3(() => this.CONSUME3(NewLine));
    const token = this.CONSUME(BinaryOperator);
    this.MANY2({ GATE: this.operandAfterNewlines, DEF: () => this.CONSUME(NewLine) });
    const right = this.OPTION(() => this.SUBRULE2(operand));
    if (this.RECORDING_PHASE) return;
    const operator = normalizeOperator(token.image);
    operators.push({ operator, range: tokenRange(token), precedence: precedenceOf(operator) });
    this.chainLimit(operators.length, token);
    operands.push(right);
    if (!right) this.report(missingOperand(token));
  }

  /** `a, b, c` in expression mode. */
  private readonly arrayOperand = this.RULE('arrayOperand', (): Expression => {
    const first = this.SUBRULE(this.unaryExpression);
    const elements: Expression[] = [first];
    let end: number | undefined;
    this.MANY(() => {
      const comma = this.CONSUME(Comma);
      this.MANY2({ GATE: this.operandAfterNewlines, DEF: () => this.CONSUME(NewLine) });
      const next = this.OPTION(() => this.SUBRULE2(this.unaryExpression));
      if (this.RECORDING_PHASE) return;
      if (next) elements.push(next);
      else this.report(missingAfterComma(comma));
      end = next ? next.range.end : tokenEnd(comma);
    });
    if (this.RECORDING_PHASE || end === undefined) return first;
    return { kind: 'Array', range: { start: first.range.start, end }, elements };
  });

  private unaryAlternatives?: IOrAlt<Expression>[];

  protected readonly unaryExpression = this.RULE('unaryExpression', (): Expression => this.OR(this.unaryAlternatives ??= [
    { ALT: () => this.SUBRULE(this.prefixExpression) },
    { ALT: () => this.castOrPostfix() },
  ]));

  /** `-not $x`, `!$x`, `-5`, `,$x`, `++$i`. */
  private readonly prefixExpression = this.RULE('prefixExpression', (): Expression => {
    const operator = this.CONSUME(PrefixOperator);
    if (!this.RECORDING_PHASE) this.enter('other');
    const operand = this.OPTION(() => this.SUBRULE(this.unaryExpression));
    if (this.RECORDING_PHASE) return RECORDED;
    this.leave();
    if (!operand) this.report(missingOperand(operator));
    return prefixUnary(operator, operand);
  });

  /**
   * A primary with its member access and indexing; `[int]$x` when the primary is a type. Part of
   * `unaryExpression` (not a rule of its own: this is the hottest path of expression parsing).
   */
  private castOrPostfix(): Expression {
    this.postfixTarget = this.SUBRULE(this.primaryExpression);
    const value = this.postfixChain();
    this.castCandidate = value;
    const operand = this.OPTION(this.castOption ??= { GATE: this.castAhead, DEF: () => this.castOperand() });
    if (this.RECORDING_PHASE || !operand) return value;
    return cast(value as TypeLiteral, operand, this.session.text);
  }

  /** The operand of a cast, one nesting level down (`[int][string]...` cannot exhaust the stack). */
  private castOperand(): Expression {
    if (!this.RECORDING_PHASE) this.enter('other');
    const operand = this.SUBRULE(this.unaryExpression);
    if (!this.RECORDING_PHASE) this.leave();
    return operand;
  }

  private primaryAlternatives?: IOrAlt<Expression>[];

  private readonly primaryExpression = this.RULE('primaryExpression', (): Expression => this.OR(this.primaryAlternatives ??= [
    { ALT: () => variable(this.CONSUME(Variable)) },
    { ALT: () => variable(this.CONSUME(Splat)) },
    { ALT: () => numberLiteral(this.CONSUME(NumberToken)) },
    { ALT: () => this.SUBRULE(this.stringLiteral) },
    { ALT: () => this.SUBRULE(this.parenExpression) },
    { ALT: () => this.SUBRULE(this.subExpression) },
    { ALT: () => this.SUBRULE(this.arraySubExpression) },
    { ALT: () => this.SUBRULE(this.hashtable) },
    { ALT: () => this.SUBRULE(this.scriptBlock) },
    { ALT: () => this.SUBRULE(this.typeLiteral) },
  ]));

  private postfixAlternatives?: IOrAlt<Expression>[];
  private postfixLoop?: DSLMethodOpts<void>;
  /** How many postfix operators the chain being parsed has so far (see postfixChain). */
  private postfixLength = 0;
  private castOption?: DSLMethodOpts<Expression>;

  /**
   * `.Name`, `::Name`, `.Method(...)`, `[index]`, `++` applied to `this.postfixTarget`, only without
   * a space before each (`$a [0]` is not indexing).
   */
  protected readonly postfixOperators = this.RULE('postfixOperators', (): Expression => this.postfixChain());

  /** The body of `postfixOperators`, also inlined where it is hot. */
  private postfixChain(): Expression {
    // The loop keeps the value so far in `postfixTarget` (each alternative reads it first thing), so
    // its options are built once rather than as closures per call.
    // The loop's options are built once, so its count lives on the parser, saved around inner chains.
    const outer = this.postfixLength;
    this.postfixLength = 0;
    this.MANY(this.postfixLoop ??= {
      GATE: this.postfixAhead,
      DEF: () => {
        if (!this.RECORDING_PHASE) this.chainLimit(++this.postfixLength, this.LA(1));
        // OR2: the chain is also part of unaryExpression, which has an OR of its own.
        this.postfixTarget = this.OR2(this.postfixAlternatives ??= [
          { ALT: () => this.SUBRULE(this.memberAccess) },
          { ALT: () => this.SUBRULE(this.indexAccess) },
          { ALT: () => this.SUBRULE(this.postfixIncrement) },
          { ALT: () => this.SUBRULE(this.nullConditionalAccess) },
        ]);
      },
    });
    this.postfixLength = outer;
    return this.postfixTarget as Expression;
  }

  private readonly postfixIncrement = this.RULE('postfixIncrement', (): Expression => {
    const target = this.postfixTarget as Expression;
    const operator = this.OR([{ ALT: () => this.CONSUME(PlusPlus) }, { ALT: () => this.CONSUME(MinusMinus) }]);
    return this.RECORDING_PHASE ? RECORDED : postfixUnary(target, operator);
  });

  /** PowerShell 7's `?.Name`, `?.Method()` and `?[index]`: null instead of an error when the target is null. */
  private readonly nullConditionalAccess = this.RULE('nullConditionalAccess', (): Expression => {
    this.CONSUME(Question);
    const access = this.OR([
      { ALT: () => this.SUBRULE(this.memberAccess) },
      { ALT: () => this.SUBRULE(this.indexAccess) },
    ]);
    if (this.RECORDING_PHASE) return RECORDED;
    if (access.kind === 'Member' || access.kind === 'InvokeMember' || access.kind === 'Index') access.nullConditional = true;
    return access;
  });

  private memberOperatorAlternatives?: IOrAlt<IToken>[];
  private memberNameAlternatives?: IOrAlt<MemberName>[];
  private hashKeyAlternatives?: IOrAlt<HashKey>[];

  private readonly memberAccess = this.RULE('memberAccess', (): Expression => {
    const target = this.postfixTarget as Expression;
    const operator = this.OR(this.memberOperatorAlternatives ??= [{ ALT: () => this.CONSUME(Dot) }, { ALT: () => this.CONSUME(ColonColon) }]);
    this.MANY({ GATE: this.memberNameOnNextLine, DEF: () => this.CONSUME(NewLine) });
    const name = this.OPTION(() => this.SUBRULE(this.memberName));
    const generic = this.OPTION3({ GATE: this.genericArgumentsAhead, DEF: () => this.SUBRULE(this.typeLiteral) });
    const call = this.OPTION2({ GATE: this.invocationAhead, DEF: () => this.SUBRULE(this.invocationArguments) });
    const block = this.OPTION4({ GATE: this.scriptBlockArgumentAhead, DEF: () => this.SUBRULE(this.scriptBlock) });
    if (this.RECORDING_PHASE) return RECORDED;
    const node = this.memberNode(target, operator, name, call ?? (block ? { items: [block], end: block.range.end } : undefined));
    if (generic && node.kind === 'InvokeMember') node.genericArguments = [generic];
    return node;
  });

  private readonly memberName = this.RULE('memberName', (): MemberName => this.OR(this.memberNameAlternatives ??= [
    { ALT: () => tokenName(this.CONSUME(Name)) },
    { ALT: () => { const token = this.CONSUME(Variable); return { ...tokenName(token), dynamic: variable(token) }; } },
    { ALT: () => tokenName(this.CONSUME(NumberToken)) },
    {
      ALT: () => {
        const str = this.SUBRULE(this.stringLiteral);
        return this.RECORDING_PHASE ? RECORDED : { text: str.value, range: str.range };
      },
    },
    { ALT: () => this.dynamicName(this.SUBRULE(this.parenExpression)) },
    { ALT: () => this.dynamicName(this.SUBRULE(this.subExpression)) },
  ]));

  /** `($k)` or `$($k)` as a member name: its text is the source, its value the name. */
  private dynamicName(expression: Expression): MemberName {
    return this.RECORDING_PHASE ? RECORDED : { text: this.sourceOf(expression.range), range: expression.range, dynamic: expression };
  }

  private readonly invocationArguments = this.RULE('invocationArguments', (): Invocation => {
    const open = this.CONSUME(LParen);
    if (!this.RECORDING_PHASE) this.enter('group');
    const items: Expression[] = [];
    this.MANY(() => this.CONSUME(NewLine));
    this.OPTION(() => {
      items.push(this.SUBRULE(this.argumentExpression));
      this.MANY2({
        GATE: this.argumentCommaAhead,
        DEF: () => this.invocationArgument(items),
      });
    });
    this.MANY4({ GATE: this.closerAfterNewlines, DEF: () => this.CONSUME3(NewLine) });
    const close = this.OPTION3(() => this.CONSUME(RParen));
    return this.RECORDING_PHASE ? RECORDED : { items, end: this.closed(open, close, 'paren', "method call's '('") };
  });

  /** `, argument` of a method call; the comma may start a line (`Max(1` / `, 2)`). */
  private invocationArgument(items: Expression[]): void {
    this.MANY5(() => this.CONSUME4(NewLine));
    const comma = this.CONSUME(Comma);
    this.MANY3(() => this.CONSUME2(NewLine));
    const next = this.OPTION2(() => this.SUBRULE2(this.argumentExpression));
    if (this.RECORDING_PHASE) return;
    if (next) items.push(next);
    else this.report(missingAfterComma(comma));
  }

  private readonly indexAccess = this.RULE('indexAccess', (): Expression => {
    const target = this.postfixTarget as Expression;
    const open = this.CONSUME(LBracket);
    if (!this.RECORDING_PHASE) this.enter('other');
    this.MANY(() => this.CONSUME(NewLine));
    const index = this.OPTION(() => this.SUBRULE(this.expression));
    this.MANY2({ GATE: this.closerAfterNewlines, DEF: () => this.CONSUME2(NewLine) });
    const close = this.OPTION2(() => this.CONSUME(RBracket));
    if (this.RECORDING_PHASE) return RECORDED;
    const end = this.closed(open, close, 'bracket', "index's '['");
    if (!index) this.report(diagnosticAt(tokenRange(open), "Missing index inside '[ ]'. Write the position or key, for example $list[0].", 'missing-expression'));
    return { kind: 'Index', range: { start: target.range.start, end }, target, index };
  });

  // -------------------------------------------------------------------------------------------
  // Bracketed constructs

  protected readonly parenExpression = this.RULE('parenExpression', (): ParenExpression => {
    const open = this.CONSUME(LParen);
    if (!this.RECORDING_PHASE) this.enter('group');
    this.MANY(() => this.CONSUME(NewLine));
    const statement = this.OPTION(() => this.SUBRULE(this.statement));
    this.MANY2({ GATE: this.closerAfterNewlines, DEF: () => this.CONSUME2(NewLine) });
    if (!this.RECORDING_PHASE) this.skipJunkBefore(RParen);
    const close = this.OPTION2(() => this.CONSUME(RParen));
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: 'Paren', range: { start: open.startOffset, end: this.closed(open, close, 'paren', "'('") }, statement };
  });

  protected readonly subExpression = this.RULE('subExpression', (): SubExpression => {
    const open = this.CONSUME(SubExpressionStart);
    if (!this.RECORDING_PHASE) this.enter('paren');
    const body = this.SUBRULE(this.statementList);
    const close = this.OPTION(() => this.CONSUME(RParen));
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: 'SubExpression', range: { start: open.startOffset, end: this.closed(open, close, 'paren', "subexpression '$('") }, statements: body.statements };
  });

  protected readonly arraySubExpression = this.RULE('arraySubExpression', (): ArraySubExpression => {
    const open = this.CONSUME(ArrayExpressionStart);
    if (!this.RECORDING_PHASE) this.enter('paren');
    const body = this.SUBRULE(this.statementList);
    const close = this.OPTION(() => this.CONSUME(RParen));
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: 'ArraySubExpression', range: { start: open.startOffset, end: this.closed(open, close, 'paren', "array expression '@('") }, statements: body.statements };
  });

  protected readonly scriptBlock = this.RULE('scriptBlock', (): ScriptBlockExpression => {
    const open = this.CONSUME(LCurly);
    if (!this.RECORDING_PHASE) this.enter('curly');
    const body = this.SUBRULE(this.statementList);
    const close = this.OPTION(() => this.CONSUME(RCurly));
    if (this.RECORDING_PHASE) return RECORDED;
    const node: ScriptBlockExpression = { kind: 'ScriptBlock', range: { start: open.startOffset, end: this.closed(open, close, 'curly', 'script block') }, statements: body.statements };
    return withParamBlock(node, body);
  });

  /** The `{ }` of `if`, `foreach`, `while`, `do` and `function`. */
  protected readonly block = this.RULE('block', (): Block => {
    const open = this.CONSUME(LCurly);
    if (!this.RECORDING_PHASE) this.enter('curly');
    const body = this.SUBRULE(this.statementList);
    const close = this.OPTION(() => this.CONSUME(RCurly));
    if (this.RECORDING_PHASE) return RECORDED;
    const node: Block = { kind: 'Block', range: { start: open.startOffset, end: this.closed(open, close, 'curly', 'statement block') }, statements: body.statements };
    return withParamBlock(node, body);
  });

  protected readonly stringLiteral = this.RULE('stringLiteral', (): StringLiteral => {
    const token = this.CONSUME(StringToken);
    return this.RECORDING_PHASE ? RECORDED : stringLiteral(this.session.text, token, this.deferSubExpression);
  });

  // -------------------------------------------------------------------------------------------
  // Hashtables: `@{ key = statement; key = statement }`, each entry recovering on its own.

  private hashItemOptions?: OrMethodOpts<HashtableEntry | undefined>;

  protected readonly hashtable = this.RULE('hashtable', (): HashtableLiteral => {
    const open = this.CONSUME(HashtableStart);
    if (!this.RECORDING_PHASE) this.enter('curly');
    const entries: HashtableEntry[] = [];
    this.MANY({
      GATE: this.notAtListEnd,
      DEF: () => {
        const entry = this.OR(this.hashItemOptions ??= {
          IGNORE_AMBIGUITIES: true,
          DEF: [
            { ALT: () => { this.CONSUME(NewLine); return undefined; } },
            { ALT: () => { this.CONSUME(Semicolon); return undefined; } },
            { ALT: () => this.SUBRULE(this.hashEntryWithRecovery) },
            { ALT: () => { this.SUBRULE(this.hashStray); return undefined; } },
          ],
        });
        if (entry) entries.push(entry);
      },
    });
    const close = this.OPTION(() => this.CONSUME(RCurly));
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: 'Hashtable', range: { start: open.startOffset, end: this.closed(open, close, 'curly', 'hashtable') }, entries };
  });

  private readonly hashEntryWithRecovery = this.RULE('hashEntryWithRecovery', (): HashtableEntry | undefined => {
    const first = this.LA(1);
    const saved = this.nesting.length;
    try {
      return this.SUBRULE(this.hashEntry);
    } catch (error) {
      this.recover(error, first, saved);
      return undefined;
    }
  });

  private readonly hashStray = this.RULE('hashStray', (): void => {
    const token = this.CONSUME(AnyToken);
    if (this.RECORDING_PHASE) return;
    this.report(diagnosticAt(tokenRange(token), `Unexpected ${describeToken(token)} in the hashtable. Write each entry as key = value, separated by ';' or a line break.`));
    this.skipStatement(0);
  });

  private readonly hashEntry = this.RULE('hashEntry', (): HashtableEntry => {
    const key = this.SUBRULE(this.hashKey);
    if (!this.RECORDING_PHASE) this.expect(Equals, `Missing '=' after the key '${key.text}' in the hashtable. Write each entry as key = value.`);
    const equals = this.CONSUME(Equals);
    this.MANY(() => this.CONSUME(NewLine));
    const value = this.OPTION(() => this.SUBRULE(this.statement));
    if (this.RECORDING_PHASE) return RECORDED;
    // Before other text, that text is the problem (reported when it is skipped), not a missing value.
    if (!value && this.atStatementEnd()) this.report(diagnosticAt(tokenRange(equals), `Missing value after '=' for the key '${key.text}'. Add the value, or remove the entry.`, 'missing-expression'));
    return { range: { start: key.expression.range.start, end: value ? value.range.end : tokenEnd(equals) }, key: key.expression, keyText: key.text, value };
  });

  /**
   * A key: a bareword (`Name`, `a.b`), or any unary expression, `"A".ToLower()`, `$s.Name` and
   * `[int]` included, as PowerShell's grammar allows.
   */
  private readonly hashKey = this.RULE('hashKey', (): HashKey => this.OR(this.hashKeyAlternatives ??= [
    {
      ALT: () => {
        const key = this.SUBRULE(this.unaryExpression);
        return this.RECORDING_PHASE ? RECORDED : { expression: key, text: this.keyText(key) };
      },
    },
    {
      ALT: () => {
        const first = this.CONSUME(Name);
        this.MANY({ GATE: this.hashKeyContinues, DEF: () => this.CONSUME(ArgChar) });
        if (this.RECORDING_PHASE) return RECORDED;
        const range = { start: first.startOffset, end: tokenEnd(this.LA(0)) };
        const text = this.sourceOf(range);
        return { expression: { kind: 'Bareword', range, text }, text };
      },
    },
  ]));

  /** A key's text as the checks read it: a string's value, anything else as written. */
  private keyText(key: Expression): string {
    return key.kind === 'String' ? key.value : this.sourceOf(key.range);
  }

  // -------------------------------------------------------------------------------------------
  // Types and attributes: `[string]`, `[string[]]`, `[Parameter(Mandatory = $true)]`

  protected readonly typeLiteral = this.RULE('typeLiteral', (): TypeLiteral => {
    const open = this.CONSUME(LBracket);
    if (!this.RECORDING_PHASE) this.enter('other');
    this.SUBRULE(this.typeNameParts);
    const close = this.OPTION(() => this.CONSUME(RBracket));
    return this.RECORDING_PHASE ? RECORDED : this.typeNode(open, close);
  });

  private typeNameAlternatives?: IOrAlt<void>[];

  private readonly typeNameParts = this.RULE('typeNameParts', (): void => {
    this.MANY(() => this.OR(this.typeNameAlternatives ??= [
      { ALT: () => { this.CONSUME(TypeNamePart); } },
      { ALT: () => { this.SUBRULE(this.nestedTypeName); } },
      { ALT: () => { this.SUBRULE(this.attributeArguments); } },
    ]));
  });

  /** `[string]` inside `[List[string]]` or `[string[]]`. */
  private readonly nestedTypeName = this.RULE('nestedTypeName', (): void => {
    this.CONSUME(LBracket);
    if (!this.RECORDING_PHASE) this.enter('other');
    this.SUBRULE(this.typeNameParts);
    this.OPTION(() => this.CONSUME(RBracket));
    if (!this.RECORDING_PHASE) this.leave();
  });

  /** The `( ... )` of an attribute: skipped as balanced tokens; only its extent matters. */
  private readonly attributeArguments = this.RULE('attributeArguments', (): void => {
    this.OR([
      { ALT: () => { this.CONSUME(LParen); } },
      { ALT: () => { this.CONSUME(SubExpressionStart); } },
      { ALT: () => { this.CONSUME(ArrayExpressionStart); } },
    ]);
    if (!this.RECORDING_PHASE) this.enter('other');
    this.MANY(() => this.OR2([
      { ALT: () => { this.CONSUME(AttributeArgumentPart); } },
      { ALT: () => { this.SUBRULE(this.attributeArguments); } },
    ]));
    this.OPTION(() => this.CONSUME(RParen));
    if (!this.RECORDING_PHASE) this.leave();
  });

  // -------------------------------------------------------------------------------------------
  // Node building

  private memberNode(target: Expression, operator: IToken, name: MemberName | undefined, call: Invocation | undefined): MemberExpression | InvokeMemberExpression {
    const isStatic = operator.tokenType === ColonColon;
    if (!name) {
      this.report(diagnosticAt(tokenRange(operator), `Missing member name after '${operator.image}'. Write the property or method to use, for example $connector.Name.`, 'missing-expression'));
    }
    const member = name?.text ?? '';
    const memberRange = name?.range ?? emptyRangeAt(tokenEnd(operator));
    const node: MemberExpression | InvokeMemberExpression = call
      ? { kind: 'InvokeMember', range: { start: target.range.start, end: call.end }, target, member, memberRange, static: isStatic, arguments: call.items }
      : { kind: 'Member', range: { start: target.range.start, end: memberRange.end }, target, member, memberRange, static: isStatic };
    if (name?.dynamic) node.dynamicMember = name.dynamic;
    return node;
  }

  private typeNode(open: IToken, close: IToken | undefined): TypeLiteral {
    const end = this.closed(open, close, 'bracket', "type name's '['");
    const name = this.sourceOf({ start: tokenEnd(open), end: close ? close.startOffset : end }).trim();
    if (!name) this.report(diagnosticAt(tokenRange(open), "Missing type name inside '[ ]'. Write the type, for example [string].", 'missing-expression'));
    return { kind: 'Type', range: { start: open.startOffset, end }, name };
  }
}

/** How far `genericArgumentsAhead` looks for the `]` of `Method[type]` (type names are short). */
const MAX_GENERIC_LOOKAHEAD = 32;

const STATEMENT_ENDS = new Set<TokenType>([NewLine, Semicolon, EOF, RParen, RCurly]);

const OPERAND_STARTS = new Set<TokenType>([
  Variable, Splat, NumberToken, LParen, SubExpressionStart, ArrayExpressionStart, HashtableStart, LCurly, LBracket,
]);

/** Whether an expression-mode value can start with `token` (a bareword cannot: that is a command). */
function startsOperand(token: IToken): boolean {
  return OPERAND_STARTS.has(token.tokenType) || tokenMatcher(token, StringToken) || tokenMatcher(token, PrefixOperator);
}

function tokenName(token: IToken): MemberName {
  return { text: token.image, range: tokenRange(token) };
}

function withParamBlock<T extends { paramBlock?: StatementList['paramBlock'] }>(node: T, body: StatementList): T {
  if (body.paramBlock) node.paramBlock = body.paramBlock;
  return node;
}

