import * as assert from 'node:assert/strict';
import { MAX_CHAIN } from '../../../server/src/core/syntax/grammarBase';
import { parseScript } from '../../../server/src/core/syntax/parser';
import { SYNTAX_DIAGNOSTIC_CODES } from '../../../server/src/core/syntax/syntaxCodes';
import { allCommands, childrenOf } from '../../../server/src/core/syntax/visit';
import { marked } from '../../helpers/markers';
import { allNodes, treeText } from './treeText';

// Each row: a broken first line whose diagnostics are marked with ⟦ ⟧ (in order), then a valid
// command. The diagnostics must have exactly those codes and ranges, and the command after the
// error must still be parsed, whole.
const AFTER = 'Get-After -Name x';
const AFTER_TREE = '(Pipeline (Command (CommandName Get-After) (Parameter Name) (Argument (Bareword x))))';

interface Row {
  name: string;
  broken: string;
  codes: string[];
  message?: RegExp;
}

const rows: Row[] = [
  { name: 'parameter with a colon and no value', broken: 'Get-X ⟦-Name:⟧', codes: ['missing-parameter-value'], message: /-Name:value/ },
  { name: 'unmatched closing parenthesis', broken: 'Get-X ⟦)⟧', codes: ['unmatched-closing-bracket'] },
  { name: 'unmatched closing brace', broken: 'Get-X -Name "a" ⟦}⟧', codes: ['unmatched-closing-bracket'] },
  { name: 'unterminated string (ends at its line)', broken: 'Get-X ⟦"abc⟧', codes: ['unterminated-string'], message: /no closing "/ },
  { name: 'unterminated single-quoted string', broken: "Get-X ⟦'abc⟧", codes: ['unterminated-string'] },
  { name: 'hashtable entry without =', broken: '$h = @{ a ⟦}⟧', codes: ['syntax-error'], message: /Missing '=' after the key 'a'/ },
  { name: 'hashtable entry without value', broken: '$h = @{ a = ⟦=⟧ 1 }', codes: ['syntax-error'] },
  { name: 'empty pipe element', broken: 'Get-X ⟦|⟧ | Get-Y', codes: ['empty-pipe-element'] },
  { name: 'pipe at the start of a line', broken: '⟦|⟧ Get-Y', codes: ['empty-pipe-element'] },
  { name: 'parameter on a new line without a backtick', broken: 'New-X -Name a\n  ⟦-AddressSpaces⟧ x', codes: ['missing-line-continuation'], message: /backtick/ },
  { name: 'backtick followed by a space', broken: 'New-X -Name a ` \n  ⟦-AddressSpaces⟧ x', codes: ['missing-line-continuation'], message: /followed by a space/ },
  { name: 'foreach without parentheses', broken: 'foreach ⟦x⟧ { }', codes: ['syntax-error'], message: /foreach \(\$item in \$list\)/ },
  { name: 'foreach without in', broken: 'foreach ($x ⟦$list⟧) { }', codes: ['syntax-error'], message: /Missing 'in'/ },
  { name: 'function without a name', broken: 'function ⟦{⟧ }', codes: ['syntax-error'], message: /function name/ },
  { name: 'member name missing', broken: '$a⟦.⟧', codes: ['missing-expression'] },
  { name: 'operand missing at the end of the line', broken: '1 ⟦+⟧', codes: ['missing-expression'] },
  { name: 'else if', broken: 'if ($a) { } ⟦else if⟧ ($b) { }', codes: ['else-if'], message: /elseif/ },
  { name: 'text after a statement in parentheses', broken: '$a = (1 ⟦2⟧)', codes: ['syntax-error'], message: /Unexpected '2'/ },
  { name: 'text after a condition', broken: 'if ($a ⟦$b⟧) { }', codes: ['syntax-error'] },
  { name: 'text after a statement', broken: 'Get-X | Sort-Object ⟦)⟧ x', codes: ['unmatched-closing-bracket'] },
  { name: 'text after an expression', broken: '$a ⟦b⟧ c', codes: ['syntax-error'], message: /after the end of the statement/ },
  { name: 'assignment without a left side', broken: '⟦=⟧ 5', codes: ['syntax-error'] },
  { name: '&& with nothing after it', broken: '$x = (Get-X a ⟦&&⟧)', codes: ['missing-expression'] },
  { name: 'do without while', broken: '⟦do⟧ { }', codes: ['syntax-error'], message: /while/ },
  { name: 'param without a variable', broken: 'param([string] ⟦=⟧ 5)', codes: ['syntax-error'], message: /\$Name/ },
  { name: 'unclosed type name', broken: '$x = ⟦[⟧int', codes: ['missing-closing-bracket'] },
  { name: 'missing closing parenthesis', broken: 'Set-X -Enabled ⟦(⟧$true', codes: ['missing-closing-paren'] },
  { name: 'value missing after a comma', broken: '$a = 1⟦,⟧', codes: ['missing-expression'] },
  { name: 'missing file after a redirection', broken: 'Get-X ⟦>⟧', codes: ['missing-expression'] },
  { name: 'missing command after &', broken: '⟦&⟧', codes: ['syntax-error'] },
  { name: 'if condition without its block (the next line stays its own)', broken: 'if ($a⟦)⟧', codes: ['syntax-error'], message: /Missing '\{' after 'if \(\.\.\.\)'/ },
  { name: 'try without its block', broken: '⟦try⟧', codes: ['syntax-error'], message: /Missing '\{' after 'try'\./ },
  { name: 'try without catch or finally', broken: '⟦try⟧ { Get-X }', codes: ['missing-catch-or-finally'], message: /catch \{ \.\.\. \}/ },
  { name: 'catch without try', broken: '⟦catch⟧ { }', codes: ['missing-try'], message: /must follow a try block/ },
  { name: 'finally without try', broken: 'Get-X\n⟦finally⟧ { }', codes: ['missing-try'] },
  { name: 'catch type list ending in a comma', broken: 'try { } catch [int], ⟦{⟧ }', codes: ['syntax-error'] },
  { name: 'class without a name', broken: 'class ⟦{⟧ }', codes: ['syntax-error'], message: /Missing the class name/ },
  { name: 'enum without a name', broken: 'enum ⟦{⟧ A }', codes: ['syntax-error'], message: /Missing the enum name/ },
  { name: 'class without a body', broken: 'class ⟦A⟧', codes: ['syntax-error'], message: /Missing '\{' after the class name/ },
  { name: 'class member that is only a type', broken: 'class A { [int] ⟦}⟧', codes: ['syntax-error'], message: /Expected a property/ },
  { name: 'class property followed by more text', broken: 'class A { $x ⟦$y⟧ }', codes: ['syntax-error'] },
  { name: 'class method without parentheses', broken: 'class A { [int] Go ⟦{⟧ } }', codes: ['syntax-error'], message: /Missing '\(' after the method name 'Go'/ },
  { name: 'enum member with = and no value', broken: 'enum E { A ⟦=⟧ }', codes: ['missing-expression'] },
  { name: 'data section with another option', broken: 'data ⟦-Culture⟧ x { }', codes: ['syntax-error'], message: /-SupportedCommand/ },
  { name: 'unterminated subexpression in a string', broken: 'Write-Host ⟦"x ⟦$(⟧Get-Y" ⟧', codes: ['unterminated-string', 'missing-closing-paren'] },
];

describe('syntax: error recovery', () => {
  for (const row of rows) {
    it(`${row.name}: reports it and parses the next line`, () => {
      const { text, spans } = marked(`${row.broken}\n${AFTER}`);
      const script = parseScript(text);
      assert.deepEqual(script.diagnostics.map((diagnostic) => diagnostic.code), row.codes);
      assert.deepEqual(script.diagnostics.map((diagnostic) => diagnostic.range), spans);
      if (row.message) assert.match(script.diagnostics[0].message, row.message);
      assert.equal(treeText(script.statements[script.statements.length - 1]), AFTER_TREE);
    });
  }

  it('lists every code it reports in the code table', () => {
    for (const row of rows) for (const code of row.codes) assert.ok(code in SYNTAX_DIAGNOSTIC_CODES, code);
  });

  it('keeps the commands after a missing closing brace, inside the block', () => {
    const { text, spans } = marked('if ($x) ⟦{⟧\n  Get-A -Name a\nGet-B -Name b');
    const script = parseScript(text);
    assert.deepEqual(script.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range]), [['missing-closing-brace', spans[0]]]);
    assert.match(script.diagnostics[0].message, /Missing closing '}' for the statement block opened here\. Add '}'\./);
    assert.deepEqual(allCommands(script).map((command) => command.name.text), ['Get-A', 'Get-B']);
    assert.equal(script.statements[0].range.end, text.length, 'the if statement runs to its last command');
  });

  it('reports both missing closers of "if ($x {"', () => {
    const { text, spans } = marked('if ⟦(⟧$x ⟦{⟧');
    const script = parseScript(text);
    assert.deepEqual(script.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range]), [
      ['missing-closing-paren', spans[0]], ['missing-closing-brace', spans[1]],
    ]);
  });

  it('recovers at the next statement of the same block, not the end of the script', () => {
    const text = 'Get-X {\n  foreach x { }\n  Get-Inner -Name a\n}\nGet-Outer';
    const script = parseScript(text);
    assert.deepEqual(script.diagnostics.map((diagnostic) => diagnostic.code), ['syntax-error']);
    assert.deepEqual(allCommands(script).map((command) => command.name.text), ['Get-X', 'Get-Inner', 'Get-Outer']);
  });

  it('turns the broken statement into an ErrorStatement covering it', () => {
    const { text, spans } = marked('Get-A\n⟦foreach x { Get-B }⟧\nGet-C');
    const script = parseScript(text);
    assert.deepEqual(script.statements.map((statement) => statement.kind), ['Pipeline', 'Error', 'Pipeline']);
    assert.deepEqual(script.statements[1].range, spans[0]);
  });

  it('keeps every later command of a long script after an early error', () => {
    const lines = ['New-ForeignConnector -Name (', 'foreach x', '$h = @{ a }'];
    for (let i = 0; i < 50; i++) lines.push(`Set-ForeignConnector C${i} -Enabled $true`);
    const script = parseScript(lines.join('\n'));
    const names = allCommands(script).map((command) => command.name.text);
    assert.equal(names.filter((name) => name === 'Set-ForeignConnector').length, 50);
  });

  it('keeps a broken statement inside the unclosed block around it', () => {
    for (const text of ['{if{;', 'Get-X { foreach x { ; }', '@{ a = { ;', '{do\r', '(?$(\n', '{:$(\r']) {
      const script = parseScript(text);
      for (const node of allNodes(script)) {
        for (const child of childrenOf(node)) {
          assert.ok(child.range.start >= node.range.start && child.range.end <= node.range.end, `${text}: ${child.kind} ${JSON.stringify(child.range)} in ${node.kind} ${JSON.stringify(node.range)}`);
        }
      }
    }
  });

  it('lets an unterminated block comment run to the end', () => {
    const { text, spans } = marked('Get-A\n⟦<#⟧ note\nGet-B');
    const script = parseScript(text);
    assert.deepEqual(script.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range]), [['unterminated-comment', spans[0]]]);
    assert.deepEqual(allCommands(script).map((command) => command.name.text), ['Get-A']);
  });

  it('lets an unterminated here-string run to the end', () => {
    const { text, spans } = marked('$h = ⟦@"⟧\ntext\nGet-B');
    const script = parseScript(text);
    assert.deepEqual(script.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range]), [['unterminated-string', spans[0]]]);
    assert.deepEqual(allCommands(script), []);
  });

  it('reports nesting deeper than it parses instead of overflowing the stack', () => {
    const script = parseScript(`${'('.repeat(5000)}1${')'.repeat(5000)}\nGet-After`);
    assert.ok(script.diagnostics.some((diagnostic) => diagnostic.code === 'nesting-too-deep'));
    assert.deepEqual(allCommands(script).map((command) => command.name.text), ['Get-After']);
  });

  for (const [name, chain] of [
    ['a flat chain of additions', (n: number) => `$x = ${Array.from({ length: n + 1 }, () => '1').join('+')}`],
    ['a chain of -and', (n: number) => `$x = $true${' -and $true'.repeat(n)}`],
    ['a chain of indexes', (n: number) => `$y = $x${'[0]'.repeat(n)}`],
    ['a chain of member accesses', (n: number) => `$y = $x${'.Length'.repeat(n)}`],
  ] as const) {
    it(`reports ${name} longer than ${MAX_CHAIN} operators instead of overflowing the stack, and parses one of exactly ${MAX_CHAIN}`, () => {
      const tooLong = parseScript(`${chain(100_000)}\nGet-After`);
      assert.deepEqual(tooLong.diagnostics.map((diagnostic) => diagnostic.code), ['expression-too-long']);
      assert.deepEqual(allCommands(tooLong).map((command) => command.name.text), ['Get-After']);
      assert.deepEqual(parseScript(chain(MAX_CHAIN)).diagnostics, []);
    });
  }

  it('explains what to do in every message', () => {
    const script = parseScript(rows.map((row) => marked(row.broken).text).join('\n'));
    for (const diagnostic of script.diagnostics) {
      assert.match(diagnostic.message, /\. [A-Z].*[.)]$|Add|Write|Remove|Put|Use|write/, diagnostic.message);
    }
  });
});
