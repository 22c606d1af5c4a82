// The syntax tree of a connector script: the PowerShell subset that Exchange Management Shell
// scripts use, with an exact source range on every node so that diagnostics, hover and completion
// can point at a single character (for instance one attribute inside an X400 string).
//
// Ranges are UTF-16 offsets into the document text, `end` exclusive, as JavaScript strings index.
// `LineIndex` (positions.ts) converts them to LSP line/character positions.

export interface Range {
  start: number;
  end: number;
}

export interface SyntaxDiagnostic {
  range: Range;
  message: string;
  /** Stable kebab-case id, e.g. `syntax-error`, `unterminated-string`. */
  code: string;
}

export interface Script {
  kind: 'Script';
  range: Range;
  statements: Statement[];
  comments: Comment[];
  /** Backtick line continuations (the backtick itself), used by formatting and folding. */
  continuations: Range[];
  diagnostics: SyntaxDiagnostic[];
  /** The script's `param( ... )` block, if it has one. */
  paramBlock?: ParamBlock;
}

export interface Comment {
  kind: 'Comment';
  range: Range;
  /** `<# ... #>` rather than `# ...`. */
  block: boolean;
}

// ---------------------------------------------------------------------------------------------
// Statements

// `return`, `throw`, `exit`, `break` and `continue` have no statement kinds of their own: they parse
// as a command of that name (see statementRules.ts), which is how the interpreter runs them.
export type Statement =
  | PipelineStatement
  | AssignmentStatement
  | IfStatement
  | ForeachStatement
  | ForStatement
  | WhileStatement
  | SwitchStatement
  | FunctionStatement
  | ErrorStatement
  | TryStatement
  | TrapStatement
  | LabeledStatement
  | DataStatement
  | ClassStatement
  | EnumStatement
  | PipelineChainStatement;

/** `a | b | c`, or a single command, or a single expression such as `$x` or `"text"`. */
export interface PipelineStatement {
  kind: 'Pipeline';
  range: Range;
  elements: PipelineElement[];
  /** PowerShell 7's `&` at the end: run the pipeline as a background job. The `&`'s range. */
  background?: Range;
  /** PowerShell 7's `|` at the start of a line, continuing the line before: the first such `|`. */
  leadingPipe?: Range;
}

export type PipelineElement = Command | ExpressionElement;

/** A pipeline element that is an expression rather than a command: `$list | Sort-Object`. */
export interface ExpressionElement {
  kind: 'ExpressionElement';
  range: Range;
  expression: Expression;
  /** `$list.Add(1) > $null`, `$(Get-X) 2>&1`: an expression's output redirected as a command's is. */
  redirections?: Redirection[];
}

/** `$c = New-ForeignConnector ...`, `$x += 1`. A statement `$i++` (or `--$i`) is `$i += 1` (`-=`):
 * its value is the number 1, placed at the `++`. */
export interface AssignmentStatement {
  kind: 'Assignment';
  range: Range;
  target: Expression;
  operator: string;
  operatorRange: Range;
  value: Statement;
}

export interface IfStatement {
  kind: 'If';
  range: Range;
  /** The `if` clause followed by every `elseif` clause. */
  clauses: { condition: PipelineStatement | undefined; body: Block; range: Range }[];
  elseBody?: Block;
}

export interface ForeachStatement {
  kind: 'Foreach';
  range: Range;
  variable: Variable | undefined;
  collection: PipelineStatement | undefined;
  body: Block;
  /** A workflow's `foreach -parallel`: the option's range. */
  parallel?: Range;
}

/** `for (init; condition; step) { }`: any of the three parts may be left out (`for (;;)`). */
export interface ForStatement {
  kind: 'For';
  range: Range;
  initializer: Statement | undefined;
  condition: PipelineStatement | undefined;
  iterator: Statement | undefined;
  body: Block;
}

/** `switch -regex ($value) { 'a' { ... } default { ... } }`, `switch -file path { ... }`. */
export interface SwitchStatement {
  kind: 'Switch';
  range: Range;
  /** `-regex`, `-wildcard`, `-exact`, `-casesensitive`, `-file`, as written (without the dash). */
  options: { name: string; range: Range }[];
  /** The path after `-file`. */
  file?: Expression;
  /** What is switched on, the `( )`'s statement. */
  condition: PipelineStatement | undefined;
  clauses: SwitchClause[];
}

/** `'a' { ... }`: the value tested (a `{ }` value is a test run with $_ set), then the body. The
 * clause whose value is the bare word `default` runs when no other matched. */
export interface SwitchClause {
  range: Range;
  value: Expression;
  body: ScriptBlockExpression;
}

/** `while (...) { }`, `do { } while (...)`, `do { } until (...)`. */
export interface WhileStatement {
  kind: 'While';
  range: Range;
  keyword: 'while' | 'do-while' | 'do-until';
  condition: PipelineStatement | undefined;
  body: Block;
}

export interface FunctionStatement {
  kind: 'Function';
  range: Range;
  name: string;
  nameRange: Range;
  body: Block;
  /** `function Name($a, $b) { }`: parameters declared after the name (a `param()` block inside the
   * body is `body.paramBlock`). */
  parameters?: ParamBlock;
}

/** Text the parser could not make sense of; a syntax diagnostic covers it. */
export interface ErrorStatement {
  kind: 'Error';
  range: Range;
}

/** `{ ... }` of a control statement or function. */
export interface Block {
  kind: 'Block';
  range: Range;
  statements: Statement[];
  /** A `param( ... )` block at the start of a function body. */
  paramBlock?: ParamBlock;
}

/** `param( [Parameter(Mandatory)][string]$Name, $Server = "Hub01" )`, or the parentheses after a
 * function name. Not a statement: it declares the parameters of its script, function or script block. */
export interface ParamBlock {
  range: Range;
  /** Attributes before `param`, such as `[CmdletBinding()]`. */
  attributes: TypeLiteral[];
  parameters: ParameterDeclaration[];
}

export interface ParameterDeclaration {
  range: Range;
  /** Attributes and type constraints in order: `[Parameter(Mandatory)]`, `[string]`. */
  attributes: TypeLiteral[];
  variable: Variable;
  defaultValue?: Expression;
}

// ---------------------------------------------------------------------------------------------
// Commands

export interface Command {
  kind: 'Command';
  range: Range;
  /** `&` or `.` when the command is invoked with a call operator. */
  invocationOperator?: '&' | '.';
  name: CommandName;
  /** Parameters and arguments in source order. Whether an argument after `-Name` is that
   * parameter's value depends on the parameter's type, so the parser leaves that to the binder. */
  elements: CommandElement[];
  /** `> file`, `2>&1`, `> $null`: not arguments of the command, so kept apart from `elements`. */
  redirections?: Redirection[];
}

export interface Redirection {
  range: Range;
  /** As written: `>`, `>>`, `2>`, `2>&1`, `*>`. */
  operator: string;
  /** The file (or `$null`); absent for a stream merge such as `2>&1`. */
  target?: Expression;
}

export interface CommandName {
  kind: 'CommandName';
  range: Range;
  /** As written, e.g. `new-foreignconnector`. */
  text: string;
  /** When the name is given as an expression after `&` (`& $cmd`, `& "name"`). */
  expression?: Expression;
}

export type CommandElement = CommandParameter | CommandArgument;

/** `-Name`, `-Name:value`, `-Switch:$false`. */
export interface CommandParameter {
  kind: 'Parameter';
  range: Range;
  /** Without the dash, as written (may be an abbreviation). */
  name: string;
  /** The dash and the name. */
  nameRange: Range;
  /** Present for `-Name:value`. */
  colonArgument?: Expression;
  /** True when a `:` follows the name, even if no value follows (a syntax error then). */
  hasColon: boolean;
}

export interface CommandArgument {
  kind: 'Argument';
  range: Range;
  value: Expression;
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type Expression =
  | StringLiteral
  | BarewordLiteral
  | NumberLiteral
  | Variable
  | ArrayLiteral
  | ArraySubExpression
  | HashtableLiteral
  | ScriptBlockExpression
  | SubExpression
  | ParenExpression
  | MemberExpression
  | IndexExpression
  | InvokeMemberExpression
  | BinaryExpression
  | UnaryExpression
  | TypeLiteral
  | ErrorExpression
  | TernaryExpression;

export type StringQuote = 'single' | 'double' | 'hereSingle' | 'hereDouble';

export interface StringLiteral {
  kind: 'String';
  range: Range;
  quote: StringQuote;
  /** The range between the delimiters. */
  contentRange: Range;
  /** The decoded value, with expansions (`$x`, `$(...)`) kept as their source text. */
  value: string;
  /** The content as consecutive parts. For each `Text` part, `value` maps one-to-one onto `range`
   * (same length); an escape sequence (`` `n ``, `""`, `''`) is a `Text` part of its own whose value
   * is the decoded character(s), so source offsets can be recovered with `sourceOffsetInString`. */
  parts: StringPart[];
  /** An unquoted argument that expands variables, such as `$env:TEMP\Drop` or `log_$(Get-Date)`:
   * PowerShell reads it as an expandable string. Then `quote` is `double`, and `contentRange`
   * equals `range`. */
  bare?: boolean;
}

export type StringPart = StringTextPart | StringVariablePart | StringSubExpressionPart;

export interface StringTextPart {
  kind: 'Text';
  range: Range;
  value: string;
  /** True for an escape sequence, whose value does not map one-to-one onto its range. */
  escape?: boolean;
}

export interface StringVariablePart {
  kind: 'VariablePart';
  range: Range;
  variable: Variable;
}

export interface StringSubExpressionPart {
  kind: 'SubExpressionPart';
  range: Range;
  expression: SubExpression;
}

/** An unquoted argument such as `Hub01`, `C:\Drop`, `Name` (argument mode only). */
export interface BarewordLiteral {
  kind: 'Bareword';
  range: Range;
  text: string;
}

export interface NumberLiteral {
  kind: 'Number';
  range: Range;
  /** As written: `10MB`, `0x1F`, `1.5`. */
  text: string;
  /** With the multiplier applied: `10MB` is 10485760. */
  value: number;
}

/** `$x`, `${x}`, `$env:X`, `$true`, `$_`, and `@params` (splatting). */
export interface Variable {
  kind: 'Variable';
  range: Range;
  /** Without `$`/`@` and scope, e.g. `true`, `_`, `params`. */
  name: string;
  /** `env`, `global`, `script`, ... when written `$env:X`. */
  scope?: string;
  splat: boolean;
}

/** `a, b, c` (a comma list, in either argument or expression mode). */
export interface ArrayLiteral {
  kind: 'Array';
  range: Range;
  elements: Expression[];
}

/** `@( ... )` */
export interface ArraySubExpression {
  kind: 'ArraySubExpression';
  range: Range;
  statements: Statement[];
}

/** `@{ Add = "X400:..."; Remove = "..." }` */
export interface HashtableLiteral {
  kind: 'Hashtable';
  range: Range;
  entries: HashtableEntry[];
}

export interface HashtableEntry {
  range: Range;
  key: Expression;
  /** The key's text: bareword or string value, as written. */
  keyText: string;
  value: Statement | undefined;
}

/** `{ $_.Name -like "C*" }` */
export interface ScriptBlockExpression {
  kind: 'ScriptBlock';
  range: Range;
  statements: Statement[];
  /** A `param( ... )` block at the start of the script block. */
  paramBlock?: ParamBlock;
}

/** `$( ... )` */
export interface SubExpression {
  kind: 'SubExpression';
  range: Range;
  statements: Statement[];
}

/** `( pipeline )`. Also the value after `return`, `throw` and `exit`, and each part of a `for ( ; ; )`,
 * which have no parentheses: then `range` is the statement's own. */
export interface ParenExpression {
  kind: 'Paren';
  range: Range;
  statement: Statement | undefined;
}

/** `$x.Name`, `[Type]::Member` (static), `$h.($key)` and `$h.$key` (dynamic). */
export interface MemberExpression {
  kind: 'Member';
  range: Range;
  target: Expression;
  /** As written; for a dynamic member, the source text of `dynamicMember`. */
  member: string;
  memberRange: Range;
  static: boolean;
  /** `$h.($k)`, `$h.$($k)`, `$h.$k`: the member's name is this expression's value. */
  dynamicMember?: Expression;
  /** PowerShell 7's `?.`: null when the target is null. */
  nullConditional?: boolean;
}

/** `$x[0]` */
export interface IndexExpression {
  kind: 'Index';
  range: Range;
  target: Expression;
  index: Expression | undefined;
  /** PowerShell 7's `?[`: null when the target is null. */
  nullConditional?: boolean;
}

/** `$x.Method(a, b)`, `[Type]::Method()`, `$list.Where{ ... }` (a script block as the one argument). */
export interface InvokeMemberExpression {
  kind: 'InvokeMember';
  range: Range;
  target: Expression;
  /** As written; for a dynamic member, the source text of `dynamicMember`. */
  member: string;
  memberRange: Range;
  static: boolean;
  arguments: Expression[];
  /** `$t::($name)(-1)`: the method's name is this expression's value. */
  dynamicMember?: Expression;
  /** PowerShell 7's `?.`: null when the target is null. */
  nullConditional?: boolean;
  /** PowerShell 7's generic method call `[array]::Empty[int]()`: the type arguments. */
  genericArguments?: TypeLiteral[];
}

/** `$a -eq $b`, `$a + 1`, `$a -and $b`. Operators are lower-cased: `-eq`, `-like`, `+`. */
export interface BinaryExpression {
  kind: 'Binary';
  range: Range;
  operator: string;
  operatorRange: Range;
  left: Expression;
  right: Expression | undefined;
}

/** `-not $x`, `!$x`, `-$x`, `[int]$x` (a cast: operator is the type literal's text). */
export interface UnaryExpression {
  kind: 'Unary';
  range: Range;
  operator: string;
  operand: Expression | undefined;
  /** `$i++`, `$i--` (the operator after the operand). As a statement of its own, `$i++` is an
   * Assignment (`$i += 1`) instead. */
  postfix?: boolean;
}

/** `[string]`, `[System.IO.Path]` */
export interface TypeLiteral {
  kind: 'Type';
  range: Range;
  name: string;
}

/** A missing or broken expression; a syntax diagnostic covers it. */
export interface ErrorExpression {
  kind: 'ErrorExpression';
  range: Range;
}

export type Node =
  | Script
  | Statement
  | Block
  | Command
  | CommandName
  | CommandElement
  | ExpressionElement
  | Expression
  | CatchClause
  | ClassProperty
  | ClassMethod
  | EnumMember;

// ---------------------------------------------------------------------------------------------
// Statements of the full language that connector scripts rarely use, parsed so that real scripts
// get no false syntax error: try/catch/finally, trap, loop labels, data sections, classes, enums.

/** `try { } catch [T1], [T2] { } catch { } finally { }`: at least one catch or the finally. */
export interface TryStatement {
  kind: 'Try';
  range: Range;
  body: Block;
  catches: CatchClause[];
  finallyBody?: Block;
}

/** `catch [T1], [T2] { }`; no types catches every error. */
export interface CatchClause {
  kind: 'Catch';
  range: Range;
  types: TypeLiteral[];
  body: Block;
}

/** `trap [Type] { }`: a handler for the errors of the statements around it. */
export interface TrapStatement {
  kind: 'Trap';
  range: Range;
  type?: TypeLiteral;
  body: Block;
}

/** `:outer foreach (...) { }`: a loop (`foreach`, `for`, `while`, `do`, `switch`) with a label that
 * `break outer` and `continue outer` name. */
export interface LabeledStatement {
  kind: 'Labeled';
  range: Range;
  /** Without the colon, as written. */
  label: string;
  labelRange: Range;
  statement: Statement;
}

/** `data [$name] [-SupportedCommand X, Y] { ... }`: a section restricted to data, such as localized text. */
export interface DataStatement {
  kind: 'Data';
  range: Range;
  /** The variable the section's value is assigned to, when named. */
  name?: string;
  supportedCommands: Expression[];
  body: Block;
}

/** `[Attribute()] class Name : Base, IInterface { members }`. */
export interface ClassStatement {
  kind: 'Class';
  range: Range;
  name: string;
  nameRange: Range;
  /** Attributes before `class`, such as `[DscResource()]`. */
  attributes: TypeLiteral[];
  /** The base class and interfaces after `:`, in order. */
  baseTypes: TypeLiteral[];
  members: (ClassProperty | ClassMethod)[];
}

/** `[DscProperty(Key)] hidden static [string] $Name = "x"`. */
export interface ClassProperty {
  kind: 'ClassProperty';
  range: Range;
  /** Attributes and the type in order, as for a parameter. */
  attributes: TypeLiteral[];
  /** `static` and `hidden`, lower-cased. */
  modifiers: string[];
  variable: Variable;
  defaultValue?: Expression;
}

/** `[int] Twice([int] $v) { }`, or a constructor `Name($a) : base($a) { }`. */
export interface ClassMethod {
  kind: 'ClassMethod';
  range: Range;
  /** Attributes and the return type in order. */
  attributes: TypeLiteral[];
  modifiers: string[];
  name: string;
  nameRange: Range;
  parameters: ParamBlock;
  /** The arguments of `: base(...)` after a constructor's parameters. */
  baseArguments?: Expression[];
  body: Block;
}

/** `[Flags()] enum Name [: BaseType] { A; B = 2 }`. */
export interface EnumStatement {
  kind: 'Enum';
  range: Range;
  name: string;
  nameRange: Range;
  attributes: TypeLiteral[];
  baseType?: TypeLiteral;
  members: EnumMember[];
}

export interface EnumMember {
  kind: 'EnumMember';
  range: Range;
  name: string;
  value?: Expression;
}

// ---------------------------------------------------------------------------------------------
// PowerShell 7 syntax: parsed so a script that uses it gets one version warning, not syntax errors.

/** `$ok ? "yes" : "no"` (PowerShell 7). */
export interface TernaryExpression {
  kind: 'Ternary';
  range: Range;
  condition: Expression;
  /** The `?`'s range. */
  operatorRange: Range;
  ifTrue: Expression | undefined;
  ifFalse: Expression | undefined;
}

/** `Get-Item . && Write-Output ok`, `a || b` (PowerShell 7): each pipeline runs depending on the last one's success. */
export interface PipelineChainStatement {
  kind: 'PipelineChain';
  range: Range;
  first: Statement;
  links: PipelineChainLink[];
  /** `a && b &`: the whole chain runs as a background job. The `&`'s range. */
  background?: Range;
}

export interface PipelineChainLink {
  operator: '&&' | '||';
  operatorRange: Range;
  /** Undefined when nothing follows the operator (reported). */
  statement: Statement | undefined;
}
