import * as assert from 'node:assert/strict';
import type { FunctionStatement, IfStatement } from '../../../server/src/core/syntax/ast';
import { parseScript, parseScriptRange } from '../../../server/src/core/syntax/parser';
import { marked } from '../../helpers/markers';
import { nodesOfKind, statementsText, treeText } from './treeText';

// Control statements and the keywords PowerShell scripts use, each as the tree of every statement.
// All are valid PowerShell: none may produce a diagnostic.
const rows: [source: string, statements: string[]][] = [
  ['if ($a) { 1 }', ['(If (Pipeline (ExpressionElement (Variable $a))) (Block (Pipeline (ExpressionElement (Number 1)))))']],
  ['if ($a) { 1 } elseif ($b) { 2 } else { 3 }', [
    '(If (Pipeline (ExpressionElement (Variable $a))) (Block (Pipeline (ExpressionElement (Number 1)))) (Pipeline (ExpressionElement (Variable $b))) (Block (Pipeline (ExpressionElement (Number 2)))) (Block (Pipeline (ExpressionElement (Number 3)))))',
  ]],
  ['if ($a)\n{\n  1\n}\nelseif ($b)\n{ 2 }\nelse\n{ 3 }', [
    '(If (Pipeline (ExpressionElement (Variable $a))) (Block (Pipeline (ExpressionElement (Number 1)))) (Pipeline (ExpressionElement (Variable $b))) (Block (Pipeline (ExpressionElement (Number 2)))) (Block (Pipeline (ExpressionElement (Number 3)))))',
  ]],
  ['If (Test-Path $p) { Remove-Item $p }', ['(If (Pipeline (Command (CommandName Test-Path) (Argument (Variable $p)))) (Block (Pipeline (Command (CommandName Remove-Item) (Argument (Variable $p))))))']],
  ['if ($c = Get-X) { $c }', ['(If (Pipeline (ExpressionElement (Paren (Assignment = (Variable $c) (Pipeline (Command (CommandName Get-X))))))) (Block (Pipeline (ExpressionElement (Variable $c)))))']],
  ['foreach ($s in "Hub01","Hub02") { Get-X $s }', ['(Foreach (Variable $s) (Pipeline (ExpressionElement (Array (String "Hub01") (String "Hub02")))) (Block (Pipeline (Command (CommandName Get-X) (Argument (Variable $s))))))']],
  ['foreach ($c in Get-ForeignConnector) { }', ['(Foreach (Variable $c) (Pipeline (Command (CommandName Get-ForeignConnector))) (Block))']],
  ['while ($i -lt 3) { $i++ }', ['(While while (Pipeline (ExpressionElement (Binary -lt (Variable $i) (Number 3)))) (Block (Assignment += (Variable $i) (Pipeline (ExpressionElement (Number 1))))))']],
  ['do { $n-- } until ($n -le 0)', ['(While do-until (Block (Assignment -= (Variable $n) (Pipeline (ExpressionElement (Number 1))))) (Pipeline (ExpressionElement (Binary -le (Variable $n) (Number 0)))))']],
  ['do {\n  x\n}\nwhile ($true)', ['(While do-while (Block (Pipeline (Command (CommandName x)))) (Pipeline (ExpressionElement (Variable $true))))']],
  ['function Get-Thing { "x" }', ['(Function Get-Thing (Block (Pipeline (ExpressionElement (String "x")))))']],
  ['function Get-Thing($a, [int]$b = 2) { $a }', ['(Function Get-Thing (Variable $a) (Type int) (Variable $b) (Number 2) (Block (Pipeline (ExpressionElement (Variable $a)))))']],
  ['function Show {\n  param([string]$Name)\n  "Hi $Name"\n}', ['(Function Show (Block (Type string) (Variable $Name) (Pipeline (ExpressionElement (String "Hi $Name" (Variable $Name))))))']],
  ['filter Only-On { if ($_.Enabled) { $_ } }', ['(Function Only-On (Block (If (Pipeline (ExpressionElement (Member .Enabled (Variable $_)))) (Block (Pipeline (ExpressionElement (Variable $_)))))))']],
  ['function global:Get-X { }', ['(Function global:Get-X (Block))']],
  ['return', ['(Pipeline (Command (CommandName return)))']],
  ['return $a + 1', ['(Pipeline (Command (CommandName return) (Argument (Paren (Pipeline (ExpressionElement (Binary + (Variable $a) (Number 1))))))))']],
  ['throw "Stopped"', ['(Pipeline (Command (CommandName throw) (Argument (Paren (Pipeline (ExpressionElement (String "Stopped")))))))']],
  ['exit 1', ['(Pipeline (Command (CommandName exit) (Argument (Paren (Pipeline (ExpressionElement (Number 1)))))))']],
  ['break; continue', ['(Pipeline (Command (CommandName break)))', '(Pipeline (Command (CommandName continue)))']],
  ['try { Get-X } catch [System.Exception] { $_ } finally { 1 }', [
    '(Try (Block (Pipeline (Command (CommandName Get-X)))) (Catch (Type System.Exception) (Block (Pipeline (ExpressionElement (Variable $_))))) (Block (Pipeline (ExpressionElement (Number 1)))))',
  ]],
  ['try {\n  Get-X\n}\ncatch {\n  Write-Warning $_\n}', [
    '(Try (Block (Pipeline (Command (CommandName Get-X)))) (Catch (Block (Pipeline (Command (CommandName Write-Warning) (Argument (Variable $_)))))))',
  ]],
  ['try\n{\n  $x = 1\n} finally {\n  $x = 0\n}', [
    '(Try (Block (Assignment = (Variable $x) (Pipeline (ExpressionElement (Number 1))))) (Block (Assignment = (Variable $x) (Pipeline (ExpressionElement (Number 0))))))',
  ]],
  ['try { } catch [int], [char] { 1 } catch { 2 }', ['(Try (Block) (Catch (Type int) (Type char) (Block (Pipeline (ExpressionElement (Number 1))))) (Catch (Block (Pipeline (ExpressionElement (Number 2))))))']],
  ['try { }\ncatch\n[int]\n,\n[char]\n{ }', ['(Try (Block) (Catch (Type int) (Type char) (Block)))']],
  ['trap [System.Exception] { continue }\ntrap { "x" }', [
    '(Trap (Type System.Exception) (Block (Pipeline (Command (CommandName continue)))))',
    '(Trap (Block (Pipeline (ExpressionElement (String "x")))))',
  ]],
  [':outer foreach ($i in 1..3) { foreach ($j in 1..3) { break outer } }', [
    '(Labeled :outer (Foreach (Variable $i) (Pipeline (ExpressionElement (Binary .. (Number 1) (Number 3)))) (Block (Foreach (Variable $j) (Pipeline (ExpressionElement (Binary .. (Number 1) (Number 3)))) (Block (Pipeline (Command (CommandName break) (Argument (Bareword outer)))))))))',
  ]],
  [':w while ($true) { continue w }\n:d do { } until ($true)\n:f for (;;) { }\n:s switch (1) { }', [
    '(Labeled :w (While while (Pipeline (ExpressionElement (Variable $true))) (Block (Pipeline (Command (CommandName continue) (Argument (Bareword w)))))))',
    '(Labeled :d (While do-until (Block) (Pipeline (ExpressionElement (Variable $true)))))',
    '(Labeled :f (For ;; (Block)))',
    '(Labeled :s (Switch (Pipeline (ExpressionElement (Number 1)))))',
  ]],
  ['data -SupportedCommand ConvertFrom-StringData, Get-X { "a" }', ['(Data (Bareword ConvertFrom-StringData) (Bareword Get-X) (Block (Pipeline (ExpressionElement (String "a")))))']],
  ['data Text { "a" }', ['(Data Text (Block (Pipeline (ExpressionElement (String "a")))))']],
  ['class C { [int] Twice([int] $v) { return 2 * $v } }', [
    '(Class C (ClassMethod Twice (Type int) (Type int) (Variable $v) (Block (Pipeline (Command (CommandName return) (Argument (Paren (Pipeline (ExpressionElement (Binary * (Number 2) (Variable $v)))))))))))',
  ]],
  ['class C { [hashtable] static $Cache; static [int] $Count = 0\n hidden [string] $x }', [
    '(Class C (ClassProperty static (Type hashtable) (Variable $Cache)) (ClassProperty static (Type int) (Variable $Count) (Number 0)) (ClassProperty hidden (Type string) (Variable $x)))',
  ]],
  ['class D : B, IFoo {\n  D([int] $a) : base($a, 2) { }\n  [void] static Go() { } [string] ToString() { return "d" }\n}', [
    '(Class D (Type B) (Type IFoo) (ClassMethod D (Type int) (Variable $a) (Variable $a) (Number 2) (Block)) (ClassMethod static Go (Type void) (Block)) (ClassMethod ToString (Type string) (Block (Pipeline (Command (CommandName return) (Argument (Paren (Pipeline (ExpressionElement (String "d"))))))))))',
  ]],
  ['class B {}\nclass D\n    :\n    B\n{ }', ['(Class B)', '(Class D (Type B))']],
  ['class D : C {\n  D()\n  :   # the base call may span lines\n  base\n  (\n  1\n  )\n  {\n  }\n}', ['(Class D (Type C) (ClassMethod D (Number 1) (Block)))']],
  ['$x = try { 1 } catch { 2 }', ['(Assignment = (Variable $x) (Try (Block (Pipeline (ExpressionElement (Number 1)))) (Catch (Block (Pipeline (ExpressionElement (Number 2)))))))']],
  ['[DscResource()]class Foo {\n  [DscProperty(Key)]\n  [string]$Name\n}', ['(Class Foo (Type DscResource()) (ClassProperty (Type DscProperty(Key)) (Type string) (Variable $Name)))']],
  ['[Flags()] enum E { A = 1; B = 2\n C }\nenum F : byte { X }', [
    '(Enum E (Type Flags()) (EnumMember A (Number 1)) (EnumMember B (Number 2)) (EnumMember C))',
    '(Enum F (Type byte) (EnumMember X))',
  ]],
  ['function f { [CmdletBinding()][OutputType([int])] param($a) $a }', ['(Function f (Block (Type CmdletBinding()) (Type OutputType([int])) (Variable $a) (Pipeline (ExpressionElement (Variable $a)))))']],
  ['[DscResource()][Foo()]class X { }', ['(Class X (Type DscResource()) (Type Foo()))']],
  ['function f { [CmdletBinding()]param($a) $a }', ['(Function f (Block (Type CmdletBinding()) (Variable $a) (Pipeline (ExpressionElement (Variable $a)))))']],
  ['function f { param([ValidateScript({ $p = $_; $true })][string]$x) $x }', ['(Function f (Block (Type ValidateScript({ $p = $_; $true })) (Type string) (Variable $x) (Pipeline (ExpressionElement (Variable $x)))))']],
  ['switch -Regex -CaseSensitive ($x) { }\nswitch -Exact -File x.txt { }', [
    '(Switch -Regex -CaseSensitive (Pipeline (ExpressionElement (Variable $x))))',
    '(Switch -Exact -File (Bareword x.txt))',
  ]],
  ['$o.Class; @{ class = 1; data = 2 }; Get-X -Class try', [
    '(Pipeline (ExpressionElement (Member .Class (Variable $o))))',
    '(Pipeline (ExpressionElement (Hashtable (Bareword class) (Pipeline (ExpressionElement (Number 1))) (Bareword data) (Pipeline (ExpressionElement (Number 2))))))',
    '(Pipeline (Command (CommandName Get-X) (Parameter Class) (Argument (Bareword try))))',
  ]],
  ['switch ($x) { "a" { 1 } default { 2 } }', [
    '(Switch (Pipeline (ExpressionElement (Variable $x))) (String "a") (ScriptBlock (Pipeline (ExpressionElement (Number 1)))) (Bareword default) (ScriptBlock (Pipeline (ExpressionElement (Number 2)))))',
  ]],
  ['switch -Wildcard ($name)\n{\n  "C*" { Get-X }\n  { $_ -gt 1 } { 2 }\n}', [
    '(Switch -Wildcard (Pipeline (ExpressionElement (Variable $name))) (String "C*") (ScriptBlock (Pipeline (Command (CommandName Get-X)))) (ScriptBlock (Pipeline (ExpressionElement (Binary -gt (Variable $_) (Number 1))))) (ScriptBlock (Pipeline (ExpressionElement (Number 2)))))',
  ]],
  ['for ($i = 0; $i -lt 3; $i++) { $i }', [
    '(For init;cond;step (Assignment = (Variable $i) (Pipeline (ExpressionElement (Number 0)))) (Pipeline (ExpressionElement (Binary -lt (Variable $i) (Number 3)))) (Assignment += (Variable $i) (Pipeline (ExpressionElement (Number 1)))) (Block (Pipeline (ExpressionElement (Variable $i)))))',
  ]],
  ['for (; $i -lt 3;) { }', [
    '(For ;cond; (Pipeline (ExpressionElement (Binary -lt (Variable $i) (Number 3)))) (Block))',
  ]],
  ['workflow W { foreach -parallel ($c in $list) { $c } }', [
    '(Pipeline (Command (CommandName workflow) (Argument (Bareword W)) (Argument (ScriptBlock (Foreach -parallel (Variable $c) (Pipeline (ExpressionElement (Variable $list))) (Block (Pipeline (ExpressionElement (Variable $c)))))))))',
  ]],
  ['for (;;) { break }', ['(For ;; (Block (Pipeline (Command (CommandName break)))))']],
  ['begin { 1 }\nprocess { $_ }\nend { 2 }', [
    '(Pipeline (Command (CommandName begin) (Argument (ScriptBlock (Pipeline (ExpressionElement (Number 1)))))))',
    '(Pipeline (Command (CommandName process) (Argument (ScriptBlock (Pipeline (ExpressionElement (Variable $_)))))))',
    '(Pipeline (Command (CommandName end) (Argument (ScriptBlock (Pipeline (ExpressionElement (Number 2)))))))',
  ]],
  ['$x = if ($a) { 1 } else { 2 }', ['(Assignment = (Variable $x) (If (Pipeline (ExpressionElement (Variable $a))) (Block (Pipeline (ExpressionElement (Number 1)))) (Block (Pipeline (ExpressionElement (Number 2))))))']],
  ['Get-X | ForEach-Object {\n  $_.Name\n  Set-Y $_\n}', [
    '(Pipeline (Command (CommandName Get-X)) (Command (CommandName ForEach-Object) (Argument (ScriptBlock (Pipeline (ExpressionElement (Member .Name (Variable $_)))) (Pipeline (Command (CommandName Set-Y) (Argument (Variable $_))))))))',
  ]],
  ['& { param($x) $x } 5', ['(Pipeline (Command & (CommandName { param($x) $x } (ScriptBlock (Variable $x) (Pipeline (ExpressionElement (Variable $x))))) (Argument (Number 5))))']],
];

describe('syntax: statements', () => {
  for (const [source, statements] of rows) {
    it(source.replace(/\n/g, '\\n'), () => {
      const script = parseScript(source);
      assert.deepEqual(script.diagnostics, []);
      assert.deepEqual(statementsText(script), statements);
    });
  }

  it('gives if clauses and blocks exact ranges', () => {
    const { text, spans } = marked('⟦if ⟦($a)⟧ ⟦{ 1 }⟧ elseif ($b) ⟦{ 2 }⟧ else ⟦{ 3 }⟧⟧');
    const statement = parseScript(text).statements[0] as IfStatement;
    assert.deepEqual(statement.range, spans[0]);
    assert.deepEqual(statement.clauses[0].condition?.range, { start: spans[1].start + 1, end: spans[1].end - 1 });
    assert.deepEqual(statement.clauses[0].body.range, spans[2]);
    assert.deepEqual(statement.clauses[1].body.range, spans[3]);
    assert.deepEqual(statement.elseBody?.range, spans[4]);
    assert.deepEqual(statement.clauses[1].range, { start: text.indexOf('elseif'), end: spans[3].end });
  });

  it('records a function\'s name and parameters', () => {
    const { text, spans } = marked('function ⟦Get-Thing⟧⟦($a, [string]$b = "x")⟧ { }');
    const statement = parseScript(text).statements[0] as FunctionStatement;
    assert.equal(statement.name, 'Get-Thing');
    assert.deepEqual(statement.nameRange, spans[0]);
    assert.deepEqual(statement.parameters?.range, spans[1]);
    assert.deepEqual(statement.parameters?.parameters.map((parameter) => parameter.variable.name), ['a', 'b']);
    assert.deepEqual(statement.parameters?.parameters[1].attributes.map((attribute) => attribute.name), ['string']);
    assert.equal(statement.parameters?.parameters[1].defaultValue?.kind, 'String');
  });

  it('takes a script\'s param block, with [CmdletBinding()] and attributes over several lines', () => {
    const source = [
      '[CmdletBinding()]',
      'param(',
      '    [Parameter(Mandatory = $true,',
      '               HelpMessage = "Name")]',
      '    [ValidateSet("a", "b")]',
      '    [string]$Name,',
      '',
      '    [string[]]$Servers = @("Hub01", "Hub02")',
      ')',
      'New-X -Name $Name',
    ].join('\n');
    const script = parseScript(source);
    assert.deepEqual(script.diagnostics, []);
    assert.deepEqual(script.paramBlock?.attributes.map((attribute) => attribute.name), ['CmdletBinding()']);
    assert.deepEqual(script.paramBlock?.parameters.map((parameter) => parameter.variable.name), ['Name', 'Servers']);
    assert.deepEqual(script.paramBlock?.parameters[0].attributes.map((attribute) => attribute.name), [
      'Parameter(Mandatory = $true,\n               HelpMessage = "Name")', 'ValidateSet("a", "b")', 'string',
    ]);
    assert.deepEqual(script.paramBlock?.range, { start: 0, end: source.indexOf('\nNew-X') });
    assert.deepEqual(statementsText(script), ['(Pipeline (Command (CommandName New-X) (Parameter Name) (Argument (Variable $Name))))']);
  });

  it('collects comments, without turning # inside a word into one', () => {
    const { text, spans } = marked('⟦# line⟧\nGet-X a#b ⟦# after⟧\n⟦<# block\n  comment #>⟧ Get-Y ⟦<##>⟧');
    const script = parseScript(text);
    assert.deepEqual(script.diagnostics, []);
    assert.deepEqual(script.comments.map((comment) => comment.range), spans);
    assert.deepEqual(script.comments.map((comment) => comment.block), [false, false, true, true]);
    assert.equal(script.statements.length, 2);
  });

  it('records backtick line continuations (the backtick itself)', () => {
    const { text, spans } = marked('New-X -Name a ⟦`⟧\n  -Cost 5 ⟦`⟧\r\n  -Enabled:$true');
    const script = parseScript(text);
    assert.deepEqual(script.diagnostics, []);
    assert.deepEqual(script.continuations, spans);
    assert.equal(script.statements.length, 1);
    assert.equal(treeText(script.statements[0]), '(Pipeline (Command (CommandName New-X) (Parameter Name) (Argument (Bareword a)) (Parameter Cost) (Argument (Number 5)) (Parameter Enabled: (Variable $true))))');
  });

  it('keeps the commands of a subexpression inside a string', () => {
    const script = parseScript('Write-Host "Name: $((Get-ForeignConnector -Identity "a b").Name) and $("x $(Get-Y)")"');
    assert.deepEqual(script.diagnostics, []);
    assert.equal(
      treeText(script.statements[0]),
      '(Pipeline (Command (CommandName Write-Host) (Argument (String "Name: $((Get-ForeignConnector -Identity \\"a b\\").Name) and $(\\"x $(Get-Y)\\")" (SubExpression (Pipeline (ExpressionElement (Member .Name (Paren (Pipeline (Command (CommandName Get-ForeignConnector) (Parameter Identity) (Argument (String "a b"))))))))) (SubExpression (Pipeline (ExpressionElement (String "x $(Get-Y)" (SubExpression (Pipeline (Command (CommandName Get-Y))))))))))))',
    );
  });
});

describe('syntax: parsing a part of a text', () => {
  it('gives offsets into the whole text', () => {
    const text = 'Get-A -Name a\nSet-B -Name ⟦b⟧ # note\nGet-C';
    const source = marked(text);
    const start = source.text.indexOf('Set-B');
    const end = source.text.indexOf('\nGet-C');
    const script = parseScriptRange(source.text, start, end);
    assert.deepEqual(script.range, { start, end });
    assert.deepEqual(statementsText(script), ['(Pipeline (Command (CommandName Set-B) (Parameter Name) (Argument (Bareword b))))']);
    assert.deepEqual(nodesOfKind(script, 'Bareword')[0].range, source.spans[0]);
    assert.deepEqual(script.comments.map((comment) => source.text.slice(comment.range.start, comment.range.end)), ['# note']);
  });

  it('reports the end of the part, not of the text, when a statement is cut off', () => {
    const text = 'Get-A (\nGet-B';
    const script = parseScriptRange(text, 0, 7);
    assert.ok(script.diagnostics.every((diagnostic) => diagnostic.range.end <= 7));
    assert.deepEqual(script.diagnostics.map((diagnostic) => diagnostic.code), ['missing-closing-paren']);
  });
});
