import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Node, Range, Script } from '../../../server/src/core/syntax/ast';
import { parseScript } from '../../../server/src/core/syntax/parser';
import { childrenOf } from '../../../server/src/core/syntax/visit';

// Valid scripts that exercise every construct; the property tests mutate them.
const corpus = [
  'New-ForeignConnector -Name "Contoso Foreign Connector" -AddressSpaces "X400:c=US;a=Fabrikam;P=Contoso;5" -SourceTransportServers Hub01,Hub02\nGet-ForeignConnector | Format-List Name',
  '# Drop directory\nSet-ForeignConnector "Contoso" -DropDirectory "C:\\Drop Directory" -MaxMessageSize 10MB -Enabled:$false `\n  -Comment \'it\'\'s\'\n',
  '[CmdletBinding()]\nparam(\n  [Parameter(Mandatory = $true)][string]$Name,\n  [string[]]$Servers = @("Hub01", "Hub02")\n)\n$params = @{ Name = $Name; AddressSpaces = "SMTP:*.contoso.com;1"\n  Comment = "x" }\nNew-ForeignConnector @params',
  'foreach ($s in $Servers) {\n  if ($s -like "Hub*" -and -not $skip) { Set-TransportService $s -PickupDirectoryPath "C:\\Pickup" }\n  elseif ($s -eq "Edge01") { continue } else { Write-Warning "skip $s" }\n}',
  'function Get-Cost($space) {\n  <# the cost is the last field #>\n  return [int]($space -split ";")[-1]\n}\n$c = (Get-ForeignConnector).AddressSpaces.Count + 1\nwhile ($c -gt 0) { $c-- }\ndo { $n++ } until ($n -ge 3)',
  '$h = @"\nReport for $($env:COMPUTERNAME):\n  $(Get-Date -Format "yyyy")\n"@\nWrite-Host $h > $null 2>&1\n& $command -x 1; . .\\lib.ps1\n$list | Where-Object { $_.Name -match "^C" } | ForEach-Object { $_.ToUpper() }',
  'switch -Wildcard ($name) { "C*" { 1 } default { 2 } }\nfor ($i = 0; $i -lt 3; $i++) { [Math]::Max($i, 1) }\ntry { Get-X } catch [System.Exception] { throw "bad: $_" } finally { }',
];

const SIGNIFICANT = [..."$@\"'`#<>(){}[]|;,=-+*/%.:!&?~^ \t\n\r\u2013\u201C\u2019\u00A0ä"];
// Pieces that start or end constructs, so random text reaches deep into the grammar.
const FRAGMENTS = [
  'if', 'else', 'elseif', 'foreach', 'in', 'while', 'do', 'until', 'function', 'param', 'switch', 'for', 'return', 'throw',
  '-eq', '-Name', '-Name:', '$x', '@{', '@(', '$(', '@"\n', '\n"@', "@'\n", '\n\'@', 'Get-X', '10MB', '[int]', '::', '..', '-not', '`\n', '<#', '#>',
];
const noisyText = fc.array(fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SIGNIFICANT) },
  { weight: 2, arbitrary: fc.constantFrom(...FRAGMENTS) },
  fc.constantFrom('a', 'Z', '0', '9', '-', 'x'),
  fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
), { maxLength: 80 }).map((pieces) => pieces.join(''));

type Edit = { at: number; remove: number; insert: string };
const edits = fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(4), insert: noisyText.map((text) => text.slice(0, 6)) }), { minLength: 1, maxLength: 6 });

function applyEdits(text: string, list: Edit[]): string {
  let result = text;
  for (const edit of list) {
    const at = Math.floor(edit.at * result.length);
    result = result.slice(0, at) + edit.insert + result.slice(at + edit.remove);
  }
  return result;
}

/** Checks the invariants every parse result must meet, whatever the input. */
function checkScript(text: string, script: Script): void {
  const inText = (range: Range, what: string) => {
    assert.ok(Number.isInteger(range.start) && Number.isInteger(range.end), `${what}: integer offsets ${JSON.stringify(range)}`);
    assert.ok(range.start >= 0 && range.start <= range.end && range.end <= text.length, `${what}: ${JSON.stringify(range)} within 0..${text.length}`);
  };
  assert.deepEqual(script.range, { start: 0, end: text.length });
  for (const diagnostic of script.diagnostics) {
    inText(diagnostic.range, `diagnostic ${diagnostic.code}`);
    assert.match(diagnostic.code, /^[a-z]+(-[a-z]+)*$/);
    assert.notEqual(diagnostic.code, 'parser-failure', diagnostic.message);
    assert.ok(diagnostic.message.length > 10, `a message for ${diagnostic.code}`);
  }
  for (const comment of script.comments) inText(comment.range, 'comment');
  for (const continuation of script.continuations) inText(continuation, 'continuation');
  // Iterative: `1 + 1 + ... + 1` makes a tree as deep as the chain is long.
  const stack: [Node, Node | undefined][] = [[script, undefined]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop() as [Node, Node | undefined];
    inText(node.range, node.kind);
    if (parent) {
      assert.ok(node.range.start >= parent.range.start && node.range.end <= parent.range.end, `${node.kind} ${JSON.stringify(node.range)} inside ${parent.kind} ${JSON.stringify(parent.range)}`);
    }
    for (const child of childrenOf(node)) stack.push([child, node]);
  }
}

function parseChecked(text: string): Script {
  const started = performance.now();
  const script = parseScript(text);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < 1000, `parsing ${text.length} characters took ${elapsed.toFixed(0)} ms`);
  checkScript(text, script);
  return script;
}

describe('syntax: properties', () => {
  it('parses the corpus without diagnostics', () => {
    for (const text of corpus) assert.deepEqual(parseChecked(text).diagnostics, [], text);
  });

  it('never throws on random text, and every range lies in the text and inside its parent', () => {
    fc.assert(fc.property(noisyText, (text) => {
      parseChecked(text);
    }), { numRuns: 3000 });
  });

  it('never throws on edited scripts, and every range lies in the text and inside its parent', () => {
    fc.assert(fc.property(fc.nat(corpus.length - 1), edits, (index, list) => {
      parseChecked(applyEdits(corpus[index], list));
    }), { numRuns: 1500 });
  });

  it('never throws on arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      parseChecked(text);
    }), { numRuns: 500 });
  });

  it('gives the same tree for the same text, whatever was parsed before', () => {
    fc.assert(fc.property(fc.nat(corpus.length - 1), edits, noisyText, (index, list, other) => {
      const text = applyEdits(corpus[index], list);
      const first = parseScript(text);
      parseScript(other);
      assert.deepEqual(parseScript(text), first);
    }), { numRuns: 300 });
  });

  it('stays fast on large and pathological inputs', () => {
    const inputs = [
      corpus.join('\n').repeat(200),
      '('.repeat(20000),
      '{'.repeat(20000),
      '"$('.repeat(5000),
      '@{'.repeat(10000),
      '-not '.repeat(10000),
      '[a'.repeat(10000),
      `Get-X ${'a,'.repeat(20000)}`,
      `$x = ${'1 + '.repeat(20000)}1`,
      "'".repeat(20001),
      '`'.repeat(20000),
    ];
    for (const text of inputs) parseChecked(text);
  });
});
