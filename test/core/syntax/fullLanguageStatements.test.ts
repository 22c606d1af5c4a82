import * as assert from 'node:assert/strict';
import {
  analyzeDocument, checkDocuments, documentSymbols, foldingRanges, formatDocument, hover, semanticTokens,
} from '../../../server/src/core/analysis';
import { parseScript } from '../../../server/src/core/syntax/parser';
import { allNodes } from './treeText';

// Statements of the full PowerShell 5.1 language that real scripts use (issue 14): each script
// below runs in Windows PowerShell 5.1, so checking it must give no error, and the checker, the
// folding, symbols and semantic tokens must walk the new nodes without failing.
const reproductions: [name: string, script: string][] = [
  ['class method with a return type', 'class C { [int] Twice([int] $v) { return 2 * $v } }'],
  ['class method with a return type (ToString)', 'class P {\n    [string] ToString() { return "p" }\n}'],
  ['class property with its type before the modifier', 'class C { [hashtable] static $Cache }'],
  ['attribute then param on one line', 'function f { [CmdletBinding()]param($a) $a }'],
  ['attribute then class on one line', '[DscResource()]class Foo { [DscProperty(Key)][string]$Name }'],
  ['loop label', ':outer foreach ($i in 1..3) { foreach ($j in 1..3) { break outer } }'],
  ['try with its brace on the next line, then finally on the same line', 'try\n{\n    $x = 1\n} finally {\n    $x = 0\n}'],
  ['semicolon in an attribute\'s script block', 'function f { param([ValidateScript({ $p = $_; $true })][string]$x) $x }'],
  ['catch type list across lines', 'try { }\ncatch\n[int]\n,\n[char]\n{ }'],
  ['class base list across lines', 'class B {}\nclass D\n    :\n    B\n{ }'],
  ['trap with and without a type', 'trap [System.Management.Automation.RuntimeException] { continue }\ntrap { "trapped"; break }\nGet-Date'],
  ['data section', 'data Messages -SupportedCommand ConvertFrom-StringData {\n  ConvertFrom-StringData @"\nHello = Hello\n"@\n}\n$Messages.Hello'],
  ['enum with flags and values', '[Flags()] enum Access {\n  None = 0\n  Read = 1\n  Write = 2\n}\n[Access]::Read'],
  ['class with constructor, base call, hidden and static members', [
    'class Base { [string] $Name; Base([string] $n) { $this.Name = $n } }',
    'class Item : Base, System.IComparable {',
    '  hidden [int] $rank = 1',
    '  static [int] $Count',
    '  Item([string] $n) : base($n) { [Item]::Count++ }',
    '  [int] CompareTo([object] $other) { return 0 }',
    '  static [Item] Create([string] $n) { return [Item]::new($n) }',
    '}',
  ].join('\n')],
  ['labeled while, do, for and switch with break and continue', [
    ':w while ($true) { break w }',
    ':d do { continue d } while ($false)',
    ':f for ($i = 0; $i -lt 2; $i++) { continue f }',
    ':s switch -Regex ("ab") { "a" { break s } }',
  ].join('\n')],
  ['switch options', 'switch -Wildcard -CaseSensitive ("Hub01") { "Hub*" { 1 } default { 2 } }\nswitch -Exact ("a") { a { 1 } }'],
];

function errorsOf(script: string): string[] {
  return checkDocuments([{ uri: 'test.ps1', text: script }])[0].diagnostics
    .filter((diagnostic) => diagnostic.severity === 1)
    .map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`);
}

describe('syntax: statements of the full language give no false error', () => {
  for (const [name, script] of reproductions) {
    it(name, () => {
      assert.deepEqual(errorsOf(script), []);
    });
  }

  it('still reports genuinely broken forms', () => {
    assert.match(errorsOf('try { Get-Date }').join('\n'), /missing-catch-or-finally/);
    assert.match(errorsOf('class { }').join('\n'), /Missing the class name/);
    assert.match(errorsOf('catch { }').join('\n'), /missing-try/);
    assert.match(errorsOf('enum E { A = }').join('\n'), /missing-expression/);
  });

  it('serves folding, symbols, semantic tokens, formatting and hover on them', () => {
    for (const [, script] of reproductions) {
      const analysis = analyzeDocument('test.ps1', script);
      assert.ok(foldingRanges(analysis));
      assert.ok(documentSymbols(analysis));
      assert.ok(semanticTokens(analysis).data);
      assert.ok(formatDocument(analysis, { tabSize: 4, insertSpaces: true }));
      for (let offset = 0; offset < script.length; offset += 7) hover(analysis, analysis.lines.positionAt(offset));
    }
  });

  it('gives every node of the new statements a range inside the script', () => {
    for (const [, script] of reproductions) {
      const tree = parseScript(script);
      for (const node of allNodes(tree)) {
        assert.ok(node.range.start <= node.range.end && node.range.start >= 0 && node.range.end <= script.length, `${node.kind} in ${script}`);
      }
    }
  });
});
