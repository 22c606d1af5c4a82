import * as assert from 'node:assert/strict';
import { parseScript } from '../../../server/src/core/syntax/parser';
import { statementsText } from './treeText';

// PowerShell parses a statement that starts with a command name in argument mode (`-eq` is a
// parameter, `Hub01,Hub02` an array of barewords) and anything else in expression mode (`-eq` is
// an operator). Each row gives the tree of every statement.
const rows: [source: string, statements: string[]][] = [
  ['$a -eq 1', ['(Pipeline (ExpressionElement (Binary -eq (Variable $a) (Number 1))))']],
  ['Get-X -eq 1', ['(Pipeline (Command (CommandName Get-X) (Parameter eq) (Argument (Number 1))))']],
  ['Get-X Hub01,Hub02', ['(Pipeline (Command (CommandName Get-X) (Argument (Array (Bareword Hub01) (Bareword Hub02)))))']],
  ['"Hub01","Hub02" | Get-X', ['(Pipeline (ExpressionElement (Array (String "Hub01") (String "Hub02"))) (Command (CommandName Get-X)))']],
  ['$c = New-ForeignConnector -Name x', ['(Assignment = (Variable $c) (Pipeline (Command (CommandName New-ForeignConnector) (Parameter Name) (Argument (Bareword x)))))']],
  ['$n = 1 + 2', ['(Assignment = (Variable $n) (Pipeline (ExpressionElement (Binary + (Number 1) (Number 2)))))']],
  ['Get-X 1 + 2', ['(Pipeline (Command (CommandName Get-X) (Argument (Number 1)) (Argument (Bareword +)) (Argument (Number 2))))']],
  ['Get-X 1-2', ['(Pipeline (Command (CommandName Get-X) (Argument (Bareword 1-2))))']],
  ['1-2', ['(Pipeline (ExpressionElement (Binary - (Number 1) (Number 2))))']],
  ['Get-X ($a -eq 1) $b.Name', ['(Pipeline (Command (CommandName Get-X) (Argument (Paren (Pipeline (ExpressionElement (Binary -eq (Variable $a) (Number 1)))))) (Argument (Member .Name (Variable $b)))))']],
  ['Where-Object Name -like "C*"', ['(Pipeline (Command (CommandName Where-Object) (Argument (Bareword Name)) (Parameter like) (Argument (String "C*"))))']],
  ['Where-Object { $_.Name -like "C*" }', ['(Pipeline (Command (CommandName Where-Object) (Argument (ScriptBlock (Pipeline (ExpressionElement (Binary -like (Member .Name (Variable $_)) (String "C*"))))))))']],
  ['@{ Cost = 1 + 2 }', ['(Pipeline (ExpressionElement (Hashtable (Bareword Cost) (Pipeline (ExpressionElement (Binary + (Number 1) (Number 2)))))))']],
  ['@{ Name = Get-Name -Id 1 }', ['(Pipeline (ExpressionElement (Hashtable (Bareword Name) (Pipeline (Command (CommandName Get-Name) (Parameter Id) (Argument (Number 1)))))))']],
  ['(Get-ForeignConnector).Name', ['(Pipeline (ExpressionElement (Member .Name (Paren (Pipeline (Command (CommandName Get-ForeignConnector)))))))']],
  ['$(Get-X) -eq $null', ['(Pipeline (ExpressionElement (Binary -eq (SubExpression (Pipeline (Command (CommandName Get-X)))) (Variable $null))))']],
  ['Get-X -Switch:$false -Name:a,b', ['(Pipeline (Command (CommandName Get-X) (Parameter Switch: (Variable $false)) (Parameter Name: (Array (Bareword a) (Bareword b)))))']],
  ['Get-X -', ['(Pipeline (Command (CommandName Get-X) (Parameter )))']],
  ['Get-X -x.y', ['(Pipeline (Command (CommandName Get-X) (Argument (Bareword -x.y))))']],
  ['Get-X "a"-b', ['(Pipeline (Command (CommandName Get-X) (Argument (String "a")) (Parameter b)))']],
  ['Get-X $a$b', ['(Pipeline (Command (CommandName Get-X) (Argument (String "$a$b" (Variable $a) (Variable $b)))))']],
  ['ForEach-Object { $_ } | foreach { $_ } | % Name | ? Enabled', [
    '(Pipeline (Command (CommandName ForEach-Object) (Argument (ScriptBlock (Pipeline (ExpressionElement (Variable $_)))))) (Command (CommandName foreach) (Argument (ScriptBlock (Pipeline (ExpressionElement (Variable $_)))))) (Command (CommandName %) (Argument (Bareword Name))) (Command (CommandName ?) (Argument (Bareword Enabled))))',
  ]],
  ['-not $x', ['(Pipeline (ExpressionElement (Unary -not (Variable $x))))']],
  ['[int]$x = "5"', ['(Assignment = (Unary [int] (Variable $x)) (Pipeline (ExpressionElement (String "5"))))']],
  ['$x.Method(1, $y + 2)', ['(Pipeline (ExpressionElement (InvokeMember .Method (Variable $x) (Number 1) (Binary + (Variable $y) (Number 2)))))']],
  ['$x.Method((1, 2))', ['(Pipeline (ExpressionElement (InvokeMember .Method (Variable $x) (Paren (Pipeline (ExpressionElement (Array (Number 1) (Number 2))))))))']],
];

// Precedence and associativity of expression-mode operators.
const precedence: [source: string, tree: string][] = [
  ['1 + 2 * 3', '(Binary + (Number 1) (Binary * (Number 2) (Number 3)))'],
  ['1 - 2 - 3', '(Binary - (Binary - (Number 1) (Number 2)) (Number 3))'],
  ['$a -eq 1 -and $b -ne 2', '(Binary -and (Binary -eq (Variable $a) (Number 1)) (Binary -ne (Variable $b) (Number 2)))'],
  ['$a -or $b -and $c', '(Binary -and (Binary -or (Variable $a) (Variable $b)) (Variable $c))'],
  ['1,2 -contains 2', '(Binary -contains (Array (Number 1) (Number 2)) (Number 2))'],
  ['1 + 2 -gt 2', '(Binary -gt (Binary + (Number 1) (Number 2)) (Number 2))'],
  ['"{0}" -f 1 + 1', '(Binary + (Binary -f (String "{0}") (Number 1)) (Number 1))'],
  ['1..3 * 2', '(Binary * (Binary .. (Number 1) (Number 3)) (Number 2))'],
  ['-not $a -and $b', '(Binary -and (Unary -not (Variable $a)) (Variable $b))'],
  ['$a -band 1 -or $b', '(Binary -or (Binary -band (Variable $a) (Number 1)) (Variable $b))'],
  ['$s -split ";" -join ","', '(Binary -join (Binary -split (Variable $s) (String ";")) (String ","))'],
  ['$a -and\n  $b', '(Binary -and (Variable $a) (Variable $b))'],
];

describe('syntax: argument mode and expression mode', () => {
  for (const [source, statements] of rows) {
    it(source.replace(/\n/g, '\\n'), () => {
      const script = parseScript(source);
      assert.deepEqual(script.diagnostics, []);
      assert.deepEqual(statementsText(script), statements);
    });
  }
});

describe('syntax: operator precedence', () => {
  for (const [source, tree] of precedence) {
    it(source.replace(/\n/g, '\\n'), () => {
      const script = parseScript(source);
      assert.deepEqual(script.diagnostics, []);
      assert.deepEqual(statementsText(script), [`(Pipeline (ExpressionElement ${tree}))`]);
    });
  }

  it('lets an operator start a line inside parentheses, but not outside', () => {
    const inside = parseScript('if (\n  $a -eq 1\n  -and $b\n) { }');
    assert.deepEqual(inside.diagnostics, []);
    assert.equal(statementsText(inside)[0], '(If (Pipeline (ExpressionElement (Binary -and (Binary -eq (Variable $a) (Number 1)) (Variable $b)))) (Block))');
    const outside = parseScript('$a -eq 1\n-and $b');
    assert.equal(outside.statements.length, 2);
    assert.equal(outside.diagnostics.length, 1);
  });
});
