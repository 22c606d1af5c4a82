// Statement lists and statements: the script, blocks, control statements (`if`, `foreach`, `while`,
// `do`, `for`, `switch`, `function`, `try`, `trap`, `data`, loop labels), `param( )` blocks and
// `return` / `throw` / `exit`. This is the parser class to instantiate (once: its constructor runs
// Chevrotain's self-analysis).

import type {
  Block, CatchClause, DataStatement, Expression, ForeachStatement, ForStatement, FunctionStatement, IfStatement,
  LabeledStatement, ParamBlock, ParameterDeclaration, Range, Statement, SwitchClause, SwitchStatement,
  TrapStatement, TryStatement, TypeLiteral, WhileStatement,
} from './ast';
import { tokenMatcher, type IOrAlt, type IToken, type OrMethodOpts, type TokenType } from './chevrotain';
import { DefinitionGrammar } from './definitionRules';
import { SyntaxFailure } from './failure';
import { RECORDED, type ParseSession, type StatementList } from './grammarBase';
import { variable } from './literals';
import { strayTokenDiagnostic, unexpectedToken, diagnosticAt } from './messages';
import { asPipeline, attributesOfStatement, errorStatement, keywordCommand, parenAround } from './nodes';
import { adjacent, span, tokenEnd, tokenRange } from './ranges';
import {
  AnyToken, ArgChar, Catch, Colon, Comma, Data, Do, Else, ElseIf, Equals, Escaped, Exit, Filter, Finally, For,
  Foreach, Function, If, In, LBracket, LCurly, LParen, Name, NewLine, Param, ParameterLike, RCurly, RParen, Return,
  Semicolon, Switch, Throw, Trap, Try, Until, Variable, While,
} from './tokens';

type ListItem = ParamBlock | Statement[] | undefined;

/** Keywords whose block follows them directly, not after a `( )`. */
const WITHOUT_PARENTHESES = new Set(['do', 'function', 'filter', 'try', 'catch', 'finally', 'trap', 'data']);

/** The statements a label may stand before. */
const LABELED_KEYWORDS = new Set<TokenType>([Foreach, For, While, Do, Switch]);

interface ConditionResult {
  open: IToken;
  close: IToken | undefined;
  statement: Statement | undefined;
}

export class ScriptGrammar extends DefinitionGrammar {
  constructor() {
    super();
    this.performSelfAnalysis();
  }

  parseTokens(tokens: IToken[], session: ParseSession): StatementList {
    this.session = session;
    this.nesting = [];
    this.input = tokens;
    try {
      return this.script() ?? { statements: [] };
    } finally {
      // The one parser instance would otherwise keep the last document's tokens alive until the next parse.
      this.input = [];
    }
  }

  private readonly elseIfAhead = (): boolean => this.typeAfterNewlines() === ElseIf;

  private readonly elseAhead = (): boolean => this.typeAfterNewlines() === Else;

  private readonly loopKeywordAhead = (): boolean => {
    const type = this.typeAfterNewlines();
    return type === While || type === Until;
  };

  /** `:name` glued together, then a loop keyword: a label (`:outer foreach ...`), not a command named `:outer`. */
  private readonly labelAhead = (): boolean => {
    const colon = this.LA(1);
    const name = this.LA(2);
    return colon.tokenType === Colon && tokenMatcher(name, Name) && adjacent(colon, name) && LABELED_KEYWORDS.has(this.LA(3).tokenType);
  };

  private readonly catchAhead = (): boolean => this.typeAfterNewlines() === Catch;

  private readonly finallyAhead = (): boolean => this.typeAfterNewlines() === Finally;

  private readonly typeAfterLineBreaks = (): boolean => this.typeAfterNewlines() === LBracket;

  private readonly commaAhead = (): boolean => this.typeAfterNewlines() === Comma;

  /** `data Messages {`: a name before the options or the body. */
  private readonly dataNameAhead = (): boolean => tokenMatcher(this.LA(1), Name);

  private readonly parallelOptionAhead = (): boolean => /^[-\u2013-\u2015]parallel$/i.test(this.LA(1).image);
  private readonly switchFileOption = (): boolean => /^[-\u2013-\u2015]file$/i.test(this.LA(0).image);

  // -------------------------------------------------------------------------------------------
  // Statement lists

  readonly script = this.RULE('script', (): StatementList => this.SUBRULE(this.statementList));

  private listItemOptions?: OrMethodOpts<ListItem>;

  protected readonly statementList = this.RULE('statementList', (): StatementList => {
    const list: StatementList = { statements: [] };
    this.MANY({
      GATE: this.notAtListEnd,
      DEF: () => {
        const item = this.OR(this.listItemOptions ??= {
          IGNORE_AMBIGUITIES: true,
          DEF: [
            { ALT: () => { this.CONSUME(NewLine); return undefined; } },
            { ALT: () => { this.CONSUME(Semicolon); return undefined; } },
            { ALT: () => this.SUBRULE(this.statementWithRecovery) },
            { ALT: () => this.SUBRULE(this.strayToken) },
          ],
        });
        if (!this.RECORDING_PHASE) addListItem(list, item);
      },
    });
    return list;
  });

  private statementOrParamOptions?: OrMethodOpts<Statement[] | ParamBlock>;

  /** One statement (or a param block); a syntax error in it becomes an ErrorStatement. */
  private readonly statementWithRecovery = this.RULE('statementWithRecovery', (): Statement[] | ParamBlock => {
    const first = this.LA(1);
    const saved = this.nesting.length;
    try {
      return this.OR(this.statementOrParamOptions ??= {
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { ALT: () => this.SUBRULE(this.paramBlock) },
          {
            ALT: () => {
              const statement = this.SUBRULE(this.statement);
              return this.RECORDING_PHASE ? RECORDED : this.withStatementEnd(statement);
            },
          },
        ],
      });
    } catch (error) {
      return [this.recover(error, first, saved)];
    }
  });

  /** A token no statement can start with. */
  private readonly strayToken = this.RULE('strayToken', (): Statement[] => {
    const token = this.CONSUME(AnyToken);
    if (this.RECORDING_PHASE) return RECORDED;
    this.report(strayTokenDiagnostic(token));
    this.skipStatement(0);
    return [errorStatement(token.startOffset, this.consumedEnd(token))];
  });

  private statementOptions?: OrMethodOpts<Statement>;

  protected readonly statement = this.RULE('statement', (): Statement => this.OR(this.statementOptions ??= {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { GATE: this.labelAhead, ALT: () => this.SUBRULE(this.labeledStatement) },
      { ALT: () => this.SUBRULE(this.ifStatement) },
      { ALT: () => this.SUBRULE(this.foreachStatement) },
      { ALT: () => this.SUBRULE(this.whileStatement) },
      { ALT: () => this.SUBRULE(this.doStatement) },
      { ALT: () => this.SUBRULE(this.functionStatement) },
      { ALT: () => this.SUBRULE(this.switchStatement) },
      { ALT: () => this.SUBRULE(this.forStatement) },
      { ALT: () => this.SUBRULE(this.flowStatement) },
      { ALT: () => this.SUBRULE(this.tryStatement) },
      { ALT: () => this.SUBRULE(this.trapStatement) },
      { ALT: () => this.SUBRULE(this.dataStatement) },
      { ALT: () => this.SUBRULE(this.classStatement) },
      { ALT: () => this.SUBRULE(this.enumStatement) },
      { ALT: () => this.SUBRULE(this.strayHandler) },
      { ALT: () => this.SUBRULE(this.pipelineStatement) },
      { ALT: () => this.SUBRULE(this.strayParameter) },
    ],
  }));

  // -------------------------------------------------------------------------------------------
  // Param blocks. Attributes before `param` (`[CmdletBinding()]`) parse as statements of their own
  // and are moved into the block afterwards (see addListItem), which keeps this decision LL(1).

  private readonly paramBlock = this.RULE('paramBlock', (): ParamBlock => {
    const keyword = this.CONSUME(Param);
    this.MANY(() => this.CONSUME(NewLine));
    if (!this.RECORDING_PHASE) this.expect(LParen, "Missing '(' after 'param'. Write param($Name, $Server).");
    const list = this.SUBRULE(this.parameterList);
    return this.RECORDING_PHASE ? RECORDED : { ...list, range: { start: keyword.startOffset, end: list.range.end } };
  });

  /** `( $a, [string]$b = "x" )` of a param block or after a function name. */
  protected readonly parameterList = this.RULE('parameterList', (): ParamBlock => {
    const open = this.CONSUME(LParen);
    if (!this.RECORDING_PHASE) this.enter('group');
    const parameters: ParameterDeclaration[] = [];
    this.MANY(() => this.CONSUME(NewLine));
    this.OPTION(() => {
      parameters.push(this.SUBRULE(this.parameterDeclaration));
      this.MANY2(() => {
        this.CONSUME(Comma);
        this.MANY3(() => this.CONSUME2(NewLine));
        parameters.push(this.SUBRULE2(this.parameterDeclaration));
      });
    });
    this.MANY4({ GATE: this.closerAfterNewlines, DEF: () => this.CONSUME3(NewLine) });
    const close = this.OPTION2(() => this.CONSUME(RParen));
    if (this.RECORDING_PHASE) return RECORDED;
    return { range: { start: open.startOffset, end: this.closed(open, close, 'paren', 'parameter list') }, attributes: [], parameters };
  });

  private readonly parameterDeclaration = this.RULE('parameterDeclaration', (): ParameterDeclaration => {
    const attributes: TypeLiteral[] = [];
    this.MANY(() => {
      attributes.push(this.SUBRULE(this.typeLiteral));
      this.MANY2(() => this.CONSUME(NewLine));
    });
    if (!this.RECORDING_PHASE) this.expect(Variable, 'Expected a parameter variable such as $Name. Separate the parameters with commas: param($Name, $Server).');
    const name = variable(this.CONSUME(Variable));
    const defaultValue = this.OPTION(() => {
      const equals = this.CONSUME(Equals);
      this.MANY3(() => this.CONSUME2(NewLine));
      const value = this.OPTION2(() => this.SUBRULE(this.argumentExpression));
      if (!this.RECORDING_PHASE && !value) this.report(diagnosticAt(tokenRange(equals), "Missing default value after '='. Add the value, or remove the '='.", 'missing-expression'));
      return value;
    });
    if (this.RECORDING_PHASE) return RECORDED;
    const start = attributes[0]?.range.start ?? name.range.start;
    const declaration: ParameterDeclaration = { range: { start, end: defaultValue?.range.end ?? name.range.end }, attributes, variable: name };
    if (defaultValue) declaration.defaultValue = defaultValue;
    return declaration;
  });

  // -------------------------------------------------------------------------------------------
  // if / elseif / else

  private readonly ifStatement = this.RULE('ifStatement', (): IfStatement => {
    const keyword = this.CONSUME(If);
    const clauses: IfStatement['clauses'] = [];
    clauses.push(this.SUBRULE(this.conditionalClause, { ARGS: [keyword] }));
    this.MANY({
      GATE: this.elseIfAhead,
      DEF: () => {
        this.MANY2(() => this.CONSUME(NewLine));
        const elseIf = this.CONSUME(ElseIf);
        clauses.push(this.SUBRULE2(this.conditionalClause, { ARGS: [elseIf] }));
      },
    });
    const elseBody = this.OPTION({
      GATE: this.elseAhead,
      DEF: () => {
        this.MANY3(() => this.CONSUME2(NewLine));
        const elseToken = this.CONSUME(Else);
        this.MANY4(() => this.CONSUME3(NewLine));
        if (!this.RECORDING_PHASE) this.expectElseBody(elseToken);
        return this.SUBRULE(this.block);
      },
    });
    if (this.RECORDING_PHASE) return RECORDED;
    const last: { range: Range } = elseBody ?? clauses[clauses.length - 1];
    const statement: IfStatement = { kind: 'If', range: span(tokenRange(keyword), last), clauses };
    if (elseBody) statement.elseBody = elseBody;
    return statement;
  });

  /** `(condition) { body }` of `if` and `elseif`. */
  private readonly conditionalClause = this.RULE('conditionalClause', (keyword?: IToken): IfStatement['clauses'][number] => {
    const condition = this.SUBRULE(this.condition, { ARGS: [keyword] });
    const body = this.SUBRULE(this.statementBody, { ARGS: [keyword] });
    if (this.RECORDING_PHASE) return RECORDED;
    return { condition: asPipeline(condition.statement), body, range: span(tokenRange(keyword as IToken), body) };
  });

  /** `( pipeline )` after `if`, `elseif`, `while`, `until` and `switch`. */
  private readonly condition = this.RULE('condition', (keyword?: IToken): ConditionResult => {
    const word = keyword?.image.toLowerCase() ?? 'if';
    if (!this.RECORDING_PHASE) this.expect(LParen, `Missing '(' after '${word}'. Write the condition in parentheses: ${word} ($value -eq 1) { ... }.`);
    const open = this.CONSUME(LParen);
    if (!this.RECORDING_PHASE) this.enter('group');
    this.MANY(() => this.CONSUME(NewLine));
    const statement = this.OPTION(() => this.SUBRULE(this.statement));
    this.MANY2({ GATE: this.closerAfterNewlines, DEF: () => this.CONSUME2(NewLine) });
    if (!this.RECORDING_PHASE) this.skipJunkBefore(RParen);
    const close = this.OPTION2(() => this.CONSUME(RParen));
    if (this.RECORDING_PHASE) return RECORDED;
    this.closed(open, close, 'paren', `'(' of the ${word} condition`);
    if (!statement) this.report(diagnosticAt(tokenRange(open), `Missing condition inside '( )' after '${word}'. Write the test to evaluate, for example ($count -gt 0).`, 'missing-expression'));
    return { open, close, statement };
  });

  /** Line breaks, then the `{ }` a control statement requires. */
  protected readonly statementBody = this.RULE('statementBody', (keyword?: IToken): Block => {
    // Without a `{` after them, the line breaks are not the body's: the next line stays a statement of its own.
    this.MANY({ GATE: this.braceAfterNewlines, DEF: () => this.CONSUME(NewLine) });
    if (!this.RECORDING_PHASE) {
      const word = keyword?.image.toLowerCase() ?? 'if';
      const after = WITHOUT_PARENTHESES.has(word) ? `'${word}'` : `'${word} (...)'`;
      this.expect(LCurly, `Missing '{' after ${after}. Put the statements in braces: { ... }.`);
    }
    return this.SUBRULE(this.block);
  });

  // -------------------------------------------------------------------------------------------
  // Loops

  private readonly foreachStatement = this.RULE('foreachStatement', (): ForeachStatement => {
    const keyword = this.CONSUME(Foreach);
    // A workflow's `foreach -parallel (...)` (Windows PowerShell workflows run their items at once).
    const parallel = this.OPTION5({ GATE: this.parallelOptionAhead, DEF: () => this.CONSUME(ParameterLike) });
    if (!this.RECORDING_PHASE) this.expect(LParen, "Missing '(' after 'foreach'. Write foreach ($item in $list) { ... }.");
    const open = this.CONSUME(LParen);
    if (!this.RECORDING_PHASE) this.enter('group');
    this.MANY(() => this.CONSUME(NewLine));
    if (!this.RECORDING_PHASE) this.expect(Variable, "Missing the loop variable in 'foreach ( )'. Write foreach ($item in $list) { ... }.");
    const loopVariable = variable(this.CONSUME(Variable));
    this.MANY2(() => this.CONSUME2(NewLine));
    if (!this.RECORDING_PHASE) this.expect(In, "Missing 'in' after the loop variable. Write foreach ($item in $list) { ... }.");
    const inToken = this.CONSUME(In);
    this.MANY3(() => this.CONSUME3(NewLine));
    const collection = this.OPTION(() => this.SUBRULE(this.statement));
    this.MANY4({ GATE: this.closerAfterNewlines, DEF: () => this.CONSUME4(NewLine) });
    const close = this.OPTION2(() => this.CONSUME(RParen));
    if (!this.RECORDING_PHASE) {
      this.closed(open, close, 'paren', "'(' of the foreach loop");
      if (!collection) this.report(diagnosticAt(tokenRange(inToken), "Missing the collection after 'in'. Write foreach ($item in $list) { ... }.", 'missing-expression'));
    }
    const body = this.SUBRULE(this.statementBody, { ARGS: [keyword] });
    if (this.RECORDING_PHASE) return RECORDED;
    const statement: ForeachStatement = { kind: 'Foreach', range: span(tokenRange(keyword), body), variable: loopVariable, collection: asPipeline(collection), body };
    if (parallel) statement.parallel = tokenRange(parallel);
    return statement;
  });

  private readonly whileStatement = this.RULE('whileStatement', (): WhileStatement => {
    const keyword = this.CONSUME(While);
    const condition = this.SUBRULE(this.condition, { ARGS: [keyword] });
    const body = this.SUBRULE(this.statementBody, { ARGS: [keyword] });
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: 'While', range: span(tokenRange(keyword), body), keyword: 'while', condition: asPipeline(condition.statement), body };
  });

  private loopKeywordAlternatives?: IOrAlt<IToken>[];

  /** `do { } while ( )` and `do { } until ( )`; without the loop condition it is reported, not dropped. */
  private readonly doStatement = this.RULE('doStatement', (): WhileStatement => {
    const keyword = this.CONSUME(Do);
    const body = this.SUBRULE(this.statementBody, { ARGS: [keyword] });
    const loop = this.OPTION({
      GATE: this.loopKeywordAhead,
      DEF: () => {
        this.MANY(() => this.CONSUME(NewLine));
        const word = this.OR(this.loopKeywordAlternatives ??= [{ ALT: () => this.CONSUME(While) }, { ALT: () => this.CONSUME(Until) }]);
        const condition = this.SUBRULE(this.condition, { ARGS: [word] });
        return { word, condition };
      },
    });
    if (this.RECORDING_PHASE) return RECORDED;
    if (!loop) this.report(diagnosticAt(tokenRange(keyword), "Missing 'while' or 'until' after the do block. Write do { ... } while ($condition) or do { ... } until ($condition)."));
    const kind = loop?.word.image.toLowerCase() === 'until' ? 'do-until' : 'do-while';
    const end = loop ? (loop.condition.close ? tokenEnd(loop.condition.close) : loop.condition.statement?.range.end ?? tokenEnd(loop.condition.open)) : body.range.end;
    return { kind: 'While', range: { start: keyword.startOffset, end }, keyword: kind, condition: asPipeline(loop?.condition.statement), body };
  });

  /** `for (init; condition; step) { ... }`; a part left out (`for (;;)`) is undefined in its place. */
  private readonly forStatement = this.RULE('forStatement', (): ForStatement => {
    const keyword = this.CONSUME(For);
    if (!this.RECORDING_PHASE) this.expect(LParen, "Missing '(' after 'for'. Write for ($i = 0; $i -lt 10; $i++) { ... }.");
    const open = this.CONSUME(LParen);
    if (!this.RECORDING_PHASE) this.enter('group');
    const parts: (Statement | undefined)[] = [];
    this.MANY(() => this.CONSUME(NewLine));
    parts.push(this.OPTION(() => this.SUBRULE(this.statement)));
    this.MANY2(() => {
      this.CONSUME(Semicolon);
      this.MANY3(() => this.CONSUME2(NewLine));
      parts.push(this.OPTION2(() => this.SUBRULE2(this.statement)));
    });
    this.MANY4({ GATE: this.closerAfterNewlines, DEF: () => this.CONSUME3(NewLine) });
    const close = this.OPTION3(() => this.CONSUME(RParen));
    if (!this.RECORDING_PHASE) this.closed(open, close, 'paren', "'(' of the for loop");
    const body = this.SUBRULE(this.statementBody, { ARGS: [keyword] });
    if (this.RECORDING_PHASE) return RECORDED;
    const [initializer, condition, iterator] = parts;
    return { kind: 'For', range: span(tokenRange(keyword), body), initializer, condition: asPipeline(condition), iterator, body };
  });

  // -------------------------------------------------------------------------------------------
  // switch

  private switchItemOptions?: OrMethodOpts<SwitchClause | Statement | undefined>;

  /** `switch -options (...) { clause { ... } }`, or `switch -file path { ... }`. */
  private readonly switchStatement = this.RULE('switchStatement', (): SwitchStatement => {
    const keyword = this.CONSUME(Switch);
    const options: SwitchStatement['options'] = [];
    let file: Expression | undefined;
    this.MANY(() => {
      const option = this.CONSUME(ParameterLike);
      const path = this.OPTION({ GATE: this.switchFileOption, DEF: () => this.SUBRULE(this.argumentPrimary) });
      if (this.RECORDING_PHASE) return;
      options.push({ name: option.image.slice(1).replace(/:$/, ''), range: tokenRange(option) });
      if (path) file = path;
    });
    const condition = this.OPTION2(() => this.SUBRULE(this.condition, { ARGS: [keyword] }));
    this.MANY2(() => this.CONSUME(NewLine));
    if (!this.RECORDING_PHASE) this.expect(LCurly, "Missing '{' after 'switch (...)'. Write switch ($value) { 'a' { ... } default { ... } }.");
    const open = this.CONSUME(LCurly);
    if (!this.RECORDING_PHASE) this.enter('curly');
    const clauses: SwitchClause[] = [];
    this.MANY3({
      GATE: this.notAtListEnd,
      DEF: () => {
        const item = this.OR(this.switchItemOptions ??= {
          IGNORE_AMBIGUITIES: true,
          DEF: [
            { ALT: () => { this.CONSUME2(NewLine); return undefined; } },
            { ALT: () => { this.CONSUME(Semicolon); return undefined; } },
            { ALT: () => this.SUBRULE(this.switchClauseWithRecovery) },
            { ALT: () => { this.SUBRULE(this.strayToken); return undefined; } },
          ],
        });
        if (!this.RECORDING_PHASE && item && isSwitchClause(item)) clauses.push(item);
      },
    });
    const close = this.OPTION3(() => this.CONSUME(RCurly));
    if (this.RECORDING_PHASE) return RECORDED;
    const end = this.closed(open, close, 'curly', 'switch body');
    const statement: SwitchStatement = { kind: 'Switch', range: { start: keyword.startOffset, end }, options, condition: condition ? asPipeline(condition.statement) : undefined, clauses };
    if (file) statement.file = file;
    return statement;
  });

  /** A clause, or the error statement recovery leaves where a clause could not be read (its
   * diagnostic is reported; the switch keeps only the clauses). */
  private readonly switchClauseWithRecovery = this.RULE('switchClauseWithRecovery', (): SwitchClause | Statement => {
    const first = this.LA(1);
    const saved = this.nesting.length;
    try {
      return this.SUBRULE(this.switchClause);
    } catch (error) {
      return this.recover(error, first, saved);
    }
  });

  private readonly switchClause = this.RULE('switchClause', (): SwitchClause => {
    const value = this.SUBRULE(this.argumentPrimary);
    this.MANY(() => this.CONSUME(NewLine));
    if (!this.RECORDING_PHASE) this.expect(LCurly, "Missing '{' after the switch clause's value. Write the value, then the statements to run in braces: 'a' { ... }.");
    const body = this.SUBRULE(this.scriptBlock);
    return this.RECORDING_PHASE ? RECORDED : { range: { start: value.range.start, end: body.range.end }, value, body };
  });

  // -------------------------------------------------------------------------------------------
  // Loop labels: `:outer foreach (...) { ... break outer ... }`

  private labeledOptions?: IOrAlt<Statement>[];

  private readonly labeledStatement = this.RULE('labeledStatement', (): LabeledStatement => {
    const colon = this.CONSUME(Colon);
    const name = this.CONSUME(Name);
    const statement = this.OR(this.labeledOptions ??= [
      { ALT: () => this.SUBRULE(this.foreachStatement) },
      { ALT: () => this.SUBRULE(this.forStatement) },
      { ALT: () => this.SUBRULE(this.whileStatement) },
      { ALT: () => this.SUBRULE(this.doStatement) },
      { ALT: () => this.SUBRULE(this.switchStatement) },
    ]);
    if (this.RECORDING_PHASE) return RECORDED;
    return { kind: 'Labeled', range: span(tokenRange(colon), statement), label: name.image, labelRange: { start: colon.startOffset, end: tokenEnd(name) }, statement };
  });

  // -------------------------------------------------------------------------------------------
  // try / catch / finally and trap

  private readonly tryStatement = this.RULE('tryStatement', (): TryStatement => {
    const keyword = this.CONSUME(Try);
    const body = this.SUBRULE(this.statementBody, { ARGS: [keyword] });
    const catches: CatchClause[] = [];
    this.MANY({
      GATE: this.catchAhead,
      DEF: () => {
        this.MANY2(() => this.CONSUME(NewLine));
        catches.push(this.SUBRULE(this.catchClause));
      },
    });
    const finallyBody = this.OPTION({
      GATE: this.finallyAhead,
      DEF: () => {
        this.MANY3(() => this.CONSUME2(NewLine));
        const word = this.CONSUME(Finally);
        return this.SUBRULE2(this.statementBody, { ARGS: [word] });
      },
    });
    if (this.RECORDING_PHASE) return RECORDED;
    if (catches.length === 0 && !finallyBody) {
      this.report(diagnosticAt(tokenRange(keyword), "The try block has no catch or finally block after it. Add catch { ... } to handle its errors, or finally { ... } to run code afterwards.", 'missing-catch-or-finally'));
    }
    const last: { range: Range } = finallyBody ?? catches.at(-1) ?? body;
    const statement: TryStatement = { kind: 'Try', range: span(tokenRange(keyword), last), body, catches };
    if (finallyBody) statement.finallyBody = finallyBody;
    return statement;
  });

  /** `catch [T1], [T2] { }`: the type list may span lines around its commas. */
  private readonly catchClause = this.RULE('catchClause', (): CatchClause => {
    const keyword = this.CONSUME(Catch);
    const types: TypeLiteral[] = [];
    this.OPTION({
      GATE: this.typeAfterLineBreaks,
      DEF: () => {
        this.MANY(() => this.CONSUME(NewLine));
        types.push(this.SUBRULE(this.typeLiteral));
        this.MANY2({
          GATE: this.commaAhead,
          DEF: () => {
            this.MANY3(() => this.CONSUME2(NewLine));
            this.CONSUME(Comma);
            this.MANY4(() => this.CONSUME3(NewLine));
            types.push(this.SUBRULE2(this.typeLiteral));
          },
        });
      },
    });
    const body = this.SUBRULE(this.statementBody, { ARGS: [keyword] });
    return this.RECORDING_PHASE ? RECORDED : { kind: 'Catch', range: span(tokenRange(keyword), body), types, body };
  });

  private readonly trapStatement = this.RULE('trapStatement', (): TrapStatement => {
    const keyword = this.CONSUME(Trap);
    const type = this.OPTION({
      GATE: this.typeAfterLineBreaks,
      DEF: () => {
        this.MANY(() => this.CONSUME(NewLine));
        return this.SUBRULE(this.typeLiteral);
      },
    });
    const body = this.SUBRULE(this.statementBody, { ARGS: [keyword] });
    if (this.RECORDING_PHASE) return RECORDED;
    const statement: TrapStatement = { kind: 'Trap', range: span(tokenRange(keyword), body), body };
    if (type) statement.type = type;
    return statement;
  });

  private handlerAlternatives?: IOrAlt<IToken>[];

  /** `catch` or `finally` with no `try` before it. */
  private readonly strayHandler = this.RULE('strayHandler', (): Statement => {
    const token = this.OR(this.handlerAlternatives ??= [{ ALT: () => this.CONSUME(Catch) }, { ALT: () => this.CONSUME(Finally) }]);
    if (this.RECORDING_PHASE) return RECORDED;
    throw SyntaxFailure.at(tokenRange(token), `'${token.image}' must follow a try block (try { ... } ${token.image.toLowerCase()} { ... }), and here no try block comes before it.`, 'missing-try');
  });

  // -------------------------------------------------------------------------------------------
  // data sections: `data [name] [-SupportedCommand A, B] { ... }`

  private readonly dataStatement = this.RULE('dataStatement', (): DataStatement => {
    const keyword = this.CONSUME(Data);
    const name = this.OPTION({ GATE: this.dataNameAhead, DEF: () => this.CONSUME(Name) });
    const supportedCommands: Expression[] = [];
    this.OPTION2(() => {
      const option = this.CONSUME(ParameterLike);
      if (!this.RECORDING_PHASE && !/^[-\u2013-\u2015]supportedcommand$/i.test(option.image)) {
        throw SyntaxFailure.at(tokenRange(option), `A data section takes only the -SupportedCommand option, not '${option.image}'. Write data -SupportedCommand Name { ... }.`);
      }
      supportedCommands.push(this.SUBRULE(this.argumentPrimary));
      this.MANY(() => {
        this.CONSUME(Comma);
        this.MANY2(() => this.CONSUME(NewLine));
        supportedCommands.push(this.SUBRULE2(this.argumentPrimary));
      });
    });
    const body = this.SUBRULE(this.statementBody, { ARGS: [keyword] });
    if (this.RECORDING_PHASE) return RECORDED;
    const statement: DataStatement = { kind: 'Data', range: span(tokenRange(keyword), body), supportedCommands, body };
    if (name) statement.name = name.image;
    return statement;
  });

  // -------------------------------------------------------------------------------------------
  // function, return / throw / exit, and a parameter at the start of a line

  private functionKeywordAlternatives?: IOrAlt<IToken>[];

  private readonly functionStatement = this.RULE('functionStatement', (): FunctionStatement => {
    const keyword = this.OR(this.functionKeywordAlternatives ??= [{ ALT: () => this.CONSUME(Function) }, { ALT: () => this.CONSUME(Filter) }]);
    if (!this.RECORDING_PHASE) this.expect(ArgChar, `Missing the function name after '${keyword.image}'. Write ${keyword.image.toLowerCase()} Get-Thing { ... }.`);
    const first = this.CONSUME(ArgChar);
    this.MANY({ GATE: this.adjacentToPrevious, DEF: () => this.CONSUME2(ArgChar) });
    // Not while recording: the placeholder tokens have no offsets, and one range object holding NaN
    // would make V8 store every range's numbers as separate heap numbers, for the life of the process.
    const nameRange = this.RECORDING_PHASE ? RECORDED : { start: first.startOffset, end: tokenEnd(this.LA(0)) };
    const parameters = this.OPTION(() => this.SUBRULE(this.parameterList));
    const body = this.SUBRULE(this.statementBody, { ARGS: [keyword] });
    if (this.RECORDING_PHASE) return RECORDED;
    const statement: FunctionStatement = { kind: 'Function', range: span(tokenRange(keyword), body), name: this.sourceOf(nameRange), nameRange, body };
    if (parameters) statement.parameters = parameters;
    return statement;
  });

  private flowKeywordAlternatives?: IOrAlt<IToken>[];

  /** `return`, `throw` and `exit`: a command whose argument is the rest of the statement. */
  private readonly flowStatement = this.RULE('flowStatement', (): Statement => {
    const keyword = this.OR(this.flowKeywordAlternatives ??= [
      { ALT: () => this.CONSUME(Return) },
      { ALT: () => this.CONSUME(Throw) },
      { ALT: () => this.CONSUME(Exit) },
    ]);
    const value = this.OPTION(() => this.SUBRULE(this.pipelineStatement));
    return this.RECORDING_PHASE ? RECORDED : keywordCommand(keyword, value ? [parenAround(value)] : []);
  });

  /** `-AddressSpaces ...` at the start of a line: usually a command continued without a backtick. */
  private readonly strayParameter = this.RULE('strayParameter', (): Statement => {
    const token = this.CONSUME(ParameterLike);
    if (this.RECORDING_PHASE) return RECORDED;
    throw this.strayParameterFailure(token);
  });

  // -------------------------------------------------------------------------------------------
  // Helpers

  private expectElseBody(elseToken: IToken): void {
    const next = this.LA(1);
    if (next.tokenType === If) {
      throw SyntaxFailure.at({ start: elseToken.startOffset, end: tokenEnd(next) }, "PowerShell has no 'else if': write 'elseif' as one word.", 'else-if');
    }
    this.expect(LCurly, "Missing '{' after 'else'. Put the statements to run in braces: else { ... }.");
  }

  private strayParameterFailure(token: IToken): SyntaxFailure {
    if (this.LA(-1).tokenType !== NewLine) return new SyntaxFailure(unexpectedToken(token));
    const previous = this.LA(-2);
    const spaceAfterBacktick = previous.tokenType === Escaped && /^`[ \t]$/.test(previous.image) && adjacent(previous, this.LA(-1));
    const hint = spaceAfterBacktick
      ? ' The backtick at the end of the previous line is followed by a space, so it does not continue the line: remove the space after it.'
      : ' To continue the command from the previous line, end that line with a backtick (`).';
    return SyntaxFailure.at(tokenRange(token), `'${token.image}' starts a new line, so it is not passed to the command on the line above.${hint}`, 'missing-line-continuation');
  }
}

/**
 * Adds a list item. A param block, class or enum takes the attribute statements (`[CmdletBinding()]`,
 * `[DscResource()]`) right before it.
 */
function addListItem(list: StatementList, item: ListItem): void {
  if (item === undefined) return;
  if (Array.isArray(item)) {
    for (const statement of item) {
      if (statement.kind === 'Class' || statement.kind === 'Enum') {
        const attributes = takeAttributes(list);
        if (attributes.length > 0) {
          statement.attributes = attributes;
          statement.range = { start: attributes[0].range.start, end: statement.range.end };
        }
      }
      list.statements.push(statement);
    }
    return;
  }
  if (list.paramBlock) return;
  const attributes = takeAttributes(list);
  list.paramBlock = attributes.length > 0 ? { ...item, range: { start: attributes[0].range.start, end: item.range.end }, attributes } : item;
}

/** Removes the attribute statements at the end of the list and returns them in source order. */
function takeAttributes(list: StatementList): TypeLiteral[] {
  const attributes: TypeLiteral[] = [];
  for (let last = list.statements.at(-1); last; last = list.statements.at(-1)) {
    const found = attributesOfStatement(last);
    if (!found) break;
    attributes.unshift(...found);
    list.statements.pop();
  }
  return attributes;
}


function isSwitchClause(item: SwitchClause | Statement): item is SwitchClause {
  return !('kind' in item);
}


