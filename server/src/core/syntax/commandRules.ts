// Pipelines, assignments and commands. A statement that starts with a command name (a bareword, `&`,
// `.`) is parsed in argument mode: adjacent tokens glue into one bareword (`C:\Drop\x`,
// `*.contoso.com`, `Hub01`), `-eq` is a parameter, and `Hub01,Hub02` is an array. A statement that
// starts with a value is an expression, possibly assigned (`$x = ...`) or piped (`$list | Sort`).

import type {
  Command, CommandElement, CommandName, CommandParameter, Expression, ExpressionElement, PipelineChainLink, PipelineChainStatement,
  PipelineElement, PipelineStatement, Redirection as RedirectionNode, Statement, SubExpression,
} from './ast';
import { expandableArgument, plainArgument, resolverFor } from './barewords';
import { tokenMatcher, type DSLMethodOpts, type IOrAlt, type IToken, type OrMethodOpts } from './chevrotain';
import { ExpressionGrammar } from './expressionRules';
import { SyntaxFailure } from './failure';
import { RECORDED } from './grammarBase';
import { variable } from './literals';
import { diagnosticAt, missingAfterComma } from './messages';
import { argument, assignment, commandNameFor, errorStatement, expressionElement, incrementAsAssignment, pipeline } from './nodes';
import { adjacent, span, tokenEnd, tokenRange } from './ranges';
import {
  Ampersand, AndAnd, ArgChar, AssignOperator, Comma, CommandStart, Dot, NewLine, OrOr, ParameterLike, Pipe, Redirection, Splat, Variable,
} from './tokens';

interface CommandHead {
  operator?: '&' | '.';
  start: number;
  name: CommandName;
}

export abstract class CommandGrammar extends ExpressionGrammar {
  /** Passes a pipeline's first element to `pipelineTail` without an ARGS array per call. */
  private pipelineHead: PipelineElement | undefined;
  /** Passes the left side of `=` to `assignmentTail`. */
  private assignmentTarget: Expression | undefined;

  private readonly colonArgumentAhead = (): boolean => this.LA(0).image.endsWith(':');

  private readonly redirectionTakesTarget = (): boolean => !this.LA(0).image.includes('&');

  /** `. .\script.ps1`: a dot on its own, then a space, invokes what follows. */
  private readonly dotSourcingAhead = (): boolean => {
    const dot = this.LA(0);
    return dot.tokenType === Dot && !adjacent(this.LA(-1), dot) && !adjacent(dot, this.LA(1));
  };

  /** `-x.y` is one bareword, not the parameter `-x`; `-Name:value` keeps its value apart. */
  private readonly parameterGlue = (): boolean => !this.LA(0).image.endsWith(':') && this.adjacentGlue();

  // -------------------------------------------------------------------------------------------
  // Pipelines and assignments

  private pipelineStartOptions?: OrMethodOpts<Statement>;
  private chainOperatorAlternatives?: IOrAlt<IToken>[];
  private chainLinkLoop?: DSLMethodOpts<void>;
  /** The links of the chain `pipelineStatement` is collecting (its loop's options are built once). */
  private chainLinks: PipelineChainLink[] = [];

  /**
   * A pipeline, with PowerShell 7's `&&` / `||` chain after it and its background `&`. Both parse so
   * that a PowerShell 7 script gets one version warning (powerShell7.ts) rather than syntax errors.
   */
  protected readonly pipelineStatement = this.RULE('pipelineStatement', (): Statement => {
    const first = this.SUBRULE(this.singlePipeline);
    const outer = this.chainLinks;
    const links: PipelineChainLink[] = [];
    this.chainLinks = links;
    this.MANY(this.chainLinkLoop ??= { DEF: () => this.chainLink() });
    this.chainLinks = outer;
    const background = this.OPTION(() => this.CONSUME(Ampersand));
    if (this.RECORDING_PHASE) return RECORDED;
    return withBackground(links.length > 0 ? chainNode(first, links) : first, background);
  });

  /** `&& pipeline` or `|| pipeline`, added to `chainLinks`. */
  private chainLink(): void {
    const operator = this.OR2(this.chainOperatorAlternatives ??= [{ ALT: () => this.CONSUME(AndAnd) }, { ALT: () => this.CONSUME(OrOr) }]);
    this.MANY2(() => this.CONSUME(NewLine));
    const links = this.chainLinks;
    const statement = this.OPTION2(() => this.SUBRULE2(this.singlePipeline));
    this.chainLinks = links;
    if (this.RECORDING_PHASE) return;
    if (!statement) this.report(diagnosticAt(tokenRange(operator), `Missing pipeline after '${operator.image}'. Write the command to run after it.`, 'missing-expression'));
    links.push({ operator: operator.image as '&&' | '||', operatorRange: tokenRange(operator), statement });
  }

  private readonly singlePipeline = this.RULE('singlePipeline', (): Statement => this.OR(this.pipelineStartOptions ??= {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      {
        ALT: () => {
          this.pipelineHead = this.SUBRULE(this.command);
          return this.SUBRULE(this.pipelineTail);
        },
      },
      { ALT: () => this.SUBRULE(this.expressionStatement) },
    ],
  }));

  private expressionTailAlternatives?: IOrAlt<Statement>[];

  private readonly expressionStatement = this.RULE('expressionStatement', (): Statement => {
    this.assignmentTarget = this.SUBRULE(this.expression);
    return this.OR(this.expressionTailAlternatives ??= [
      { ALT: () => this.SUBRULE(this.assignmentTail) },
      { ALT: () => this.SUBRULE(this.expressionPipeline) },
    ]);
  });

  private readonly assignmentTail = this.RULE('assignmentTail', (): Statement => {
    const target = this.assignmentTarget as Expression;
    const operator = this.CONSUME(AssignOperator);
    this.MANY(() => this.CONSUME(NewLine));
    if (!this.RECORDING_PHASE) this.enter('other');
    const value = this.OPTION(() => this.SUBRULE(this.statement));
    if (this.RECORDING_PHASE) return RECORDED;
    this.leave();
    if (value) return assignment(target, operator, value);
    if (this.atStatementEnd()) this.report(diagnosticAt(tokenRange(operator), `Missing value after '${operator.image}'. Add the value to assign, for example $name ${operator.image} "value".`, 'missing-expression'));
    return assignment(target, operator, errorStatement(tokenEnd(operator), tokenEnd(operator)));
  });

  /**
   * An expression, piped or not, its output possibly redirected (`$list.Add(1) > $null`). `$i++` on
   * its own is the assignment `$i += 1`.
   */
  private readonly expressionPipeline = this.RULE('expressionPipeline', (): Statement => {
    const target = this.assignmentTarget as Expression;
    const redirections: RedirectionNode[] = [];
    this.MANY(() => {
      const redirection = this.SUBRULE(this.redirection);
      if (!this.RECORDING_PHASE) redirections.push(redirection);
    });
    this.pipelineHead = this.RECORDING_PHASE ? RECORDED : redirectedElement(target, redirections);
    const statement = this.SUBRULE(this.pipelineTail);
    if (this.RECORDING_PHASE) return RECORDED;
    return (statement.elements.length === 1 && redirections.length === 0 ? incrementAsAssignment(target) : undefined) ?? statement;
  });

  /**
   * `| command | command` after the pipeline's first element. PowerShell 7 also lets a line start
   * with the `|` that continues the pipeline of the line before; that is kept, for its version warning.
   */
  private readonly pipelineTail = this.RULE('pipelineTail', (): PipelineStatement => {
    const elements: PipelineElement[] = [this.pipelineHead as PipelineElement];
    let leadingPipe: IToken | undefined;
    this.MANY({
      GATE: this.pipeAhead,
      DEF: () => {
        const continued = this.OPTION2({
          GATE: this.pipeAfterNewlines,
          DEF: () => {
            this.AT_LEAST_ONE(() => this.CONSUME2(NewLine));
            return true;
          },
        }) === true;
        const pipe = this.CONSUME(Pipe);
        if (continued && !leadingPipe) leadingPipe = pipe;
        this.MANY2(() => this.CONSUME(NewLine));
        const element = this.OPTION(() => this.SUBRULE(this.pipelineElement));
        if (this.RECORDING_PHASE) return;
        if (element) elements.push(element);
        else this.report(diagnosticAt(tokenRange(pipe), "Missing command after '|'. An empty pipe element is not allowed: add the command that receives the output, or remove the '|'.", 'empty-pipe-element'));
      },
    });
    if (this.RECORDING_PHASE) return RECORDED;
    const statement = pipeline(elements);
    if (leadingPipe) statement.leadingPipe = tokenRange(leadingPipe);
    return statement;
  });

  private readonly pipeAfterNewlines = (): boolean => this.LA(1).tokenType === NewLine && this.typeAfterNewlines() === Pipe;
  private readonly pipeAhead = (): boolean => this.LA(1).tokenType === Pipe || this.pipeAfterNewlines();

  private pipelineElementOptions?: OrMethodOpts<PipelineElement>;

  private readonly pipelineElement = this.RULE('pipelineElement', (): PipelineElement => this.OR(this.pipelineElementOptions ??= {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { ALT: () => this.SUBRULE(this.command) },
      { ALT: () => this.SUBRULE(this.misplacedExpression) },
    ],
  }));

  private readonly misplacedExpression = this.RULE('misplacedExpression', (): PipelineElement => {
    const expression = this.SUBRULE(this.expression);
    if (this.RECORDING_PHASE) return RECORDED;
    this.report(diagnosticAt(expression.range, 'Expressions are only allowed as the first element of a pipeline. Pipe into a command such as ForEach-Object { ... } instead.'));
    return expressionElement(expression);
  });

  // -------------------------------------------------------------------------------------------
  // Commands

  private commandHeadAlternatives?: IOrAlt<CommandHead>[];
  private commandElementOptions?: OrMethodOpts<CommandElement | RedirectionNode>;

  protected readonly command = this.RULE('command', (): Command => {
    const head = this.OR(this.commandHeadAlternatives ??= [
      {
        ALT: () => {
          const start = this.CONSUME(Ampersand).startOffset;
          return { operator: '&', start, name: this.SUBRULE(this.invokedName) };
        },
      },
      {
        ALT: () => {
          const name = this.SUBRULE(this.commandNameRun);
          return this.RECORDING_PHASE ? RECORDED : { start: name.range.start, name };
        },
      },
    ]);
    const dotSourced = this.OPTION({ GATE: this.dotSourcingAhead, DEF: () => this.SUBRULE2(this.invokedName) });
    const elements: CommandElement[] = [];
    const redirections: RedirectionNode[] = [];
    this.MANY(() => {
      const element = this.OR2(this.commandElementOptions ??= {
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { ALT: () => this.SUBRULE(this.parameter) },
          { ALT: () => this.SUBRULE(this.redirection) },
          {
            ALT: () => {
              const value = this.SUBRULE(this.argumentValue);
              return this.RECORDING_PHASE ? RECORDED : argument(value);
            },
          },
        ],
      });
      if (this.RECORDING_PHASE) return;
      if ('kind' in element) elements.push(element);
      else redirections.push(element);
    });
    if (this.RECORDING_PHASE) return RECORDED;
    const dotted: CommandHead = dotSourced ? { operator: '.', start: head.start, name: dotSourced } : head;
    return commandNode(dotted, elements, redirections);
  });

  /** The command after `&` or `.`: a name, a string, a variable, a script block. */
  private readonly invokedName = this.RULE('invokedName', (): CommandName => {
    const value = this.OPTION(() => this.SUBRULE(this.argumentPrimary));
    if (this.RECORDING_PHASE) return RECORDED;
    if (value) return commandNameFor(value, this.session.text);
    const operator = this.LA(0);
    throw SyntaxFailure.at(tokenRange(operator), `Missing command after '${operator.image}'. Write the command to run after it, for example & $command or & "C:\\Tools\\tool.exe".`);
  });

  /** `New-ForeignConnector`, `.\script.ps1`, `%`: adjacent tokens glued into one name. */
  private readonly commandNameRun = this.RULE('commandNameRun', (): CommandName => {
    const first = this.CONSUME(CommandStart);
    this.MANY(this.nameLoop ??= { GATE: this.adjacentToPrevious, DEF: () => { this.CONSUME(ArgChar); } });
    if (this.RECORDING_PHASE) return RECORDED;
    const range = { start: first.startOffset, end: tokenEnd(this.LA(0)) };
    return { kind: 'CommandName', range, text: this.sourceOf(range) };
  });

  /**
   * `-Name`, `-Name:value`, `-Switch:$false`, and a lone `-` (a parameter whose name is being typed).
   * A dash word glued to more bareword characters (`-x.y`, `-5`) is an argument instead.
   */
  private readonly parameter = this.RULE('parameter', (): CommandElement => {
    const token = this.CONSUME(ParameterLike);
    const glued: IToken[] = [token];
    const parsed: SubExpression[] = [];
    this.runTokens = glued;
    this.runParsed = parsed;
    this.MANY(this.parameterGlueLoop ??= { GATE: this.parameterGlue, DEF: () => this.OR(this.runAlternatives()) });
    const value = this.OPTION(this.colonValueOption ??= { GATE: this.colonArgumentAhead, DEF: () => this.SUBRULE(this.argumentValue) });
    const outer = this.listItems;
    const rest: Expression[] = [];
    this.listItems = rest;
    this.MANY2(this.valueListLoop ??= { GATE: this.valueListAhead, DEF: () => this.listItem() });
    this.listItems = outer;
    if (this.RECORDING_PHASE) return RECORDED;
    if (glued.length === 1 && parsed.length === 0) return this.parameterNode(token, value);
    const first = this.runValue(glued, parsed);
    return argument(rest.length === 0 ? first : { kind: 'Array', range: { start: first.range.start, end: rest[rest.length - 1].range.end }, elements: [first, ...rest] });
  });

  /** `-1,-1`: a dash-number argument is the first of a comma list (a parameter name never is). */
  private readonly valueListAhead = (): boolean => this.LA(1).tokenType === Comma && !tokenMatcher(this.LA(0), ParameterLike);

  /** The values after the first of the comma list `parameter` is collecting (its loop's options are built once). */
  private listItems: Expression[] = [];
  private valueListLoop?: DSLMethodOpts<void>;

  /** `, value` of a comma list, added to `listItems`. */
  private listItem(): void {
    const comma = this.CONSUME(Comma);
    this.MANY3(() => this.CONSUME(NewLine));
    const items = this.listItems;
    const next = this.OPTION2(() => this.SUBRULE(this.argumentPrimary));
    this.listItems = items;
    if (this.RECORDING_PHASE) return;
    if (next) items.push(next);
    else this.report(missingAfterComma(comma));
  }

  private readonly redirection = this.RULE('redirection', (): RedirectionNode => {
    const operator = this.CONSUME(Redirection);
    const target = this.OPTION({ GATE: this.redirectionTakesTarget, DEF: () => this.SUBRULE(this.argumentPrimary) });
    if (this.RECORDING_PHASE) return RECORDED;
    if (!target && !operator.image.includes('&')) {
      this.report(diagnosticAt(tokenRange(operator), `Missing file name after '${operator.image}'. Write the file to redirect to, or $null to discard the output.`, 'missing-expression'));
    }
    const range = target ? span(tokenRange(operator), target) : tokenRange(operator);
    return target ? { range, operator: operator.image, target } : { range, operator: operator.image };
  });

  /** One argument: a value, or a comma list of values (`Hub01,Hub02`, `"a", "b"`). */
  private readonly argumentValue = this.RULE('argumentValue', (): Expression => {
    const first = this.SUBRULE(this.argumentPrimary);
    const elements: Expression[] = [first];
    let end: number | undefined;
    this.MANY(() => {
      const comma = this.CONSUME(Comma);
      this.MANY2(() => this.CONSUME(NewLine));
      const next = this.OPTION(() => this.SUBRULE2(this.argumentPrimary));
      if (this.RECORDING_PHASE) return;
      if (next) elements.push(next);
      else this.report(missingAfterComma(comma));
      end = next ? next.range.end : tokenEnd(comma);
    });
    if (this.RECORDING_PHASE || end === undefined) return first;
    return { kind: 'Array', range: { start: first.range.start, end }, elements };
  });

  private argumentPrimaryOptions?: OrMethodOpts<Expression>;

  protected readonly argumentPrimary = this.RULE('argumentPrimary', (): Expression => this.OR(this.argumentPrimaryOptions ??= {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { ALT: () => this.SUBRULE(this.stringLiteral) },
      { ALT: () => this.SUBRULE(this.argumentExpandable) },
      { ALT: () => this.SUBRULE(this.argumentContainer) },
      { ALT: () => variable(this.CONSUME(Splat)) },
      { ALT: () => this.SUBRULE(this.argumentRun) },
    ],
  }));

  private expandableHeadAlternatives?: IOrAlt<Expression>[];

  /** `$x`, `$c.Name`, `$( )`, and what they are glued to: `$env:TEMP\Drop` is one expandable argument. */
  private readonly argumentExpandable = this.RULE('argumentExpandable', (): Expression => {
    const first = this.LA(1);
    const head = this.OR(this.expandableHeadAlternatives ??= [
      { ALT: () => variable(this.CONSUME(Variable)) },
      { ALT: () => this.SUBRULE(this.subExpression) },
    ]);
    this.postfixTarget = head;
    const value = this.SUBRULE(this.postfixOperators);
    const parsed: SubExpression[] = [];
    this.MANY({
      GATE: this.adjacentGlue,
      DEF: () => this.OR2([
        { ALT: () => { this.CONSUME(ArgChar); } },
        { ALT: () => { parsed.push(this.SUBRULE2(this.subExpression)); } },
      ]),
    });
    if (this.RECORDING_PHASE) return RECORDED;
    const end = this.consumedEnd(first);
    if (end <= value.range.end) return value;
    if (head.kind === 'SubExpression') parsed.push(head);
    return expandableArgument(this.session.text, { start: head.range.start, end }, resolverFor(parsed, this.deferSubExpression));
  });

  private containerAlternatives?: IOrAlt<Expression>[];

  /** `( )`, `@( )`, `@{ }` and `{ }` as arguments, with member access: `(Get-X).Name`. */
  private readonly argumentContainer = this.RULE('argumentContainer', (): Expression => {
    this.postfixTarget = this.OR(this.containerAlternatives ??= [
      { ALT: () => this.SUBRULE(this.parenExpression) },
      { ALT: () => this.SUBRULE(this.arraySubExpression) },
      { ALT: () => this.SUBRULE(this.hashtable) },
      { ALT: () => this.SUBRULE(this.scriptBlock) },
    ]);
    return this.SUBRULE(this.postfixOperators);
  });

  /** The tokens and `$( )` of the bareword `argumentRun` is collecting (cached alternatives push here). */
  private runTokens: IToken[] = [];
  private runParsed: SubExpression[] = [];
  private runLoop?: DSLMethodOpts<void>;
  private runAlternativeList?: IOrAlt<void>[];
  private parameterGlueLoop?: DSLMethodOpts<void>;
  private colonValueOption?: DSLMethodOpts<Expression>;
  private nameLoop?: DSLMethodOpts<void>;

  /** A bareword: adjacent tokens glued together (`Hub01`, `C:\Drop\x`, `10MB`, `-5`, `a$(1)b`). */
  private readonly argumentRun = this.RULE('argumentRun', (): Expression => {
    const tokens = [this.CONSUME(ArgChar)];
    const parsed: SubExpression[] = [];
    this.runTokens = tokens;
    this.runParsed = parsed;
    this.MANY(this.runLoop ??= { GATE: this.adjacentGlue, DEF: () => this.OR(this.runAlternatives()) });
    return this.RECORDING_PHASE ? RECORDED : this.runValue(tokens, parsed);
  });

  /** One more token or `$( )` of a glued bareword, added to `runTokens` / `runParsed`. */
  private runAlternatives(): IOrAlt<void>[] {
    return this.runAlternativeList ??= [
      { ALT: () => { this.runTokens.push(this.CONSUME2(ArgChar)); } },
      { ALT: () => { this.runSubExpression(); } },
    ];
  }

  /** A `$( )` inside a bareword: its own barewords must not add to the outer one's collection. */
  private runSubExpression(): void {
    const tokens = this.runTokens;
    const parsed = this.runParsed;
    const node = this.SUBRULE(this.subExpression);
    this.runTokens = tokens;
    this.runParsed = parsed;
    parsed.push(node);
  }

  // -------------------------------------------------------------------------------------------
  // Node building

  /** The value of a glued run: a number, a bareword, or an expandable string when it holds `$`. */
  private runValue(tokens: IToken[], parsed: SubExpression[]): Expression {
    if (parsed.length === 0 && !tokens.some((token) => token.tokenType === Variable)) return plainArgument(this.session.text, tokens);
    const range = { start: tokens[0].startOffset, end: this.consumedEnd(tokens[0]) };
    return expandableArgument(this.session.text, range, resolverFor(parsed, this.deferSubExpression));
  }

  protected parameterNode(token: IToken, value: Expression | undefined): CommandParameter {
    const hasColon = token.image.endsWith(':');
    const name = token.image.slice(1, hasColon ? -1 : undefined);
    const nameRange = { start: token.startOffset, end: token.startOffset + 1 + name.length };
    if (hasColon && !value) {
      this.report(diagnosticAt(tokenRange(token), `The parameter '-${name}:' has a colon but no value after it. Write the value right after the colon (-${name}:value), or remove the colon.`, 'missing-parameter-value'));
    }
    const parameter: CommandParameter = { kind: 'Parameter', range: { start: token.startOffset, end: value ? value.range.end : tokenEnd(token) }, name, nameRange, hasColon };
    if (value) parameter.colonArgument = value;
    return parameter;
  }
}

/** The first element of an expression pipeline, with the redirections of its output. */
function redirectedElement(expression: Expression, redirections: RedirectionNode[]): ExpressionElement {
  const element = expressionElement(expression);
  if (redirections.length === 0) return element;
  element.redirections = redirections;
  element.range = { start: expression.range.start, end: redirections[redirections.length - 1].range.end };
  return element;
}

function chainNode(first: Statement, links: PipelineChainLink[]): PipelineChainStatement {
  const last = links[links.length - 1];
  const end = last.statement?.range.end ?? last.operatorRange.end;
  return { kind: 'PipelineChain', range: { start: first.range.start, end }, first, links };
}

/** `pipeline &`: the statement run in the background (PowerShell 7); only pipelines and chains can be. */
function withBackground(statement: Statement, ampersand: IToken | undefined): Statement {
  if (!ampersand || (statement.kind !== 'Pipeline' && statement.kind !== 'PipelineChain')) return statement;
  const range = tokenRange(ampersand);
  return { ...statement, range: { start: statement.range.start, end: range.end }, background: range };
}

function commandNode(head: CommandHead, elements: CommandElement[], redirections: RedirectionNode[]): Command {
  const start = head.start;
  let end = head.name.range.end;
  for (const element of elements) end = Math.max(end, element.range.end);
  for (const redirect of redirections) end = Math.max(end, redirect.range.end);
  const command: Command = { kind: 'Command', range: { start, end }, name: head.name, elements };
  if (head.operator) command.invocationOperator = head.operator;
  if (redirections.length > 0) command.redirections = redirections;
  return command;
}

