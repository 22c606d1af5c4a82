// Issue 14: the minimal reproductions of what real scripts taught us. Each is valid Windows
// PowerShell 5.1 and must get no error-severity diagnostic; each PowerShell 7 form must get exactly
// its version warning and nothing worse. Each row is [construct, script].

import * as assert from 'node:assert/strict';
import { checkDocuments } from '../../../server/src/core/analysis';
import { severityOf } from '../../../server/src/core/analysis/diagnostic';
import { NO_WORKSPACE_FACTS } from '../../../server/src/core/model/workspaceFacts';

const VALID_WINDOWS_POWERSHELL: [string, string][] = [
  ["redirection-after-expression", "$list = [System.Collections.ArrayList]::new()\n$list.Add(1) > $null\n\"No Data\" > out.txt\n"],
  ["redirection-after-expression-2-1", "$err = $(Get-Item nothere) 2>&1\n"],
  ["method-call-with-bare-scriptblock", "$big = (1..5).Where{ $_ -gt 2 }\n$names = $items.ForEach{ $_.Name }\n"],
  ["dynamic-member-name", "$h = @{ a = 1 }; $k = \"a\"\n$v = $h.($k)\n$w = $h.$($k)\n"],
  ["dynamic-static-member-name", "$t = [Math]; $m = \"Abs\"\n$t::($m)(-1)\n"],
  ["class-method-with-return-type", "class C { [int] Twice([int] $v) { return 2 * $v } }\n"],
  ["class-method-with-return-type-tostring", "class P {\n    [string] ToString() { return \"p\" }\n}\n"],
  ["class-property-type-before-modifier", "class C { [hashtable] static $Cache }\n"],
  ["attribute-then-param-same-line", "function f { [CmdletBinding()]param($a) $a }\n"],
  ["attribute-then-class-same-line", "[DscResource()]class Foo { [DscProperty(Key)][string]$Name }\n"],
  ["hashtable-key-expression-member", "$s = @{ Name = \"n\" }\n$h = @{ $s.Name = 1 }\n"],
  ["hashtable-key-expression-type-method-scriptblock", "$h = @{ [int] = \"int\"; \"A\".ToLower() = 1 }\n"],
  ["trailing-dot-line-continuation", "$ps = [PowerShell]::Create()\n$null = $ps.AddCommand(\"Get-Date\").\n    AddParameter(\"Format\", \"u\")\n"],
  ["postfix-increment-after-space", "$count = 0\n$count ++\n"],
  ["space-after-member-dot", "$r = @(1, 2)\n$r. Count\n"],
  ["loop-label", ":outer foreach ($i in 1..3) { foreach ($j in 1..3) { break outer } }\n"],
  ["try-brace-on-next-line-then-same-line-finally", "try\n{\n    $x = 1\n} finally {\n    $x = 0\n}\n"],
  ["semicolon-in-attribute-scriptblock", "function f { param([ValidateScript({ $p = $_; $true })][string]$x) $x }\n"],
  ["negative-number-array-argument", "Select-String -Pattern a -Path x.txt -Context -1,-1\n"],
  ["type-literal-comma-newline-in-array", "$types = @(\n    [int],\n    [string]\n)\n"],
  ["comma-at-line-start-continuation", "$a = [Math]::Max(1\n    , 2)\n"],
  ["number-trailing-dot", "$h = @{ Maximum = 20.; Minimum = 0.0 }\n"],
  ["number-leading-dot", "$y = (10 - .5)\n"],
  ["method-call-bare-scriptblock-pswhere", "$p = $null.PSWhere{ $true }\n"],
  ["catch-type-list-across-lines", "try { }\ncatch\n[int]\n,\n[char]\n{ }\n"],
  ["class-base-list-across-lines", "class B {}\nclass D\n    :\n    B\n{ }\n"],
  ["workflow-foreach-parallel", "workflow Restart-All {\n    param([string[]] $Servers)\n    foreach -parallel ($s in $Servers) { Restart-Computer -PSComputerName $s }\n}\n"],
  ["end-of-parameters", "Write-Output -- -NotAParameter\n"],
  ["lone-dash-argument", "Write-Output \"a\" -\n"],
  ["select-object-single-hashtable", "Get-Process | Select-Object @{ n = \"Id2\"; e = { $_.Id } }\n"],
];

// [construct, script, how many PowerShell 7 constructs the script is written with]
const POWERSHELL_7_ONLY: [string, string, number][] = [
  ["ternary", "$x = $true ? \"yes\" : \"no\"\n", 1],
  ["null-coalescing", "$url = $node.Url ?? \"\"\n", 1],
  ["null-conditional", "${obj}?.Dispose()\n", 1],
  ["pipeline-chain", "Get-Item . && Write-Output ok\n", 1],
  ["background-amp", "$j = Get-Date &\n", 1],
  ["number-suffix", "$b = 0xFFuy; $n = 12n\n", 2],
  ["generic-method-call", "$e = [array]::Empty[int]()\n", 1],
  ["binary-number-literal", "$mask = 0b0100 -bor 0b0001\n", 2],
  ["leading-pipe-continuation", "Get-Process\n    | Sort-Object -Property Id\n    | Select-Object -First 5\n", 1],
  ["clean-block", "function Read-Lines {\n    process { $_ }\n    clean { 'done' }\n}\n", 1],
  ["cmdlet-parameter ForEach-Object -Parallel", "1..4 | ForEach-Object -Parallel { $_ * 2 } -ThrottleLimit 2\n", 1],
  ["cmdlet-parameter Where-Object -Not", "Get-Process | Where-Object -Not Responding\n", 1],
  ["cmdlet-parameter Sort-Object -Top", "1..9 | Sort-Object -Descending -Top 1\n", 1],
];

function findings(text: string) {
  return checkDocuments([{ uri: 'real.ps1', text }], NO_WORKSPACE_FACTS)[0].findings;
}

describe('real-world PowerShell: no false error on what Windows PowerShell 5.1 accepts', () => {
  for (const [construct, text] of VALID_WINDOWS_POWERSHELL) {
    it(`accepts ${construct}`, () => {
      const errors = findings(text).filter((finding) => severityOf(finding) === 'error');
      assert.deepEqual(errors.map((finding) => `${finding.code}: ${finding.message}`), []);
    });
  }
});

describe('real-world PowerShell: PowerShell 7 syntax is recognised for what it is', () => {
  for (const [construct, text, constructs] of POWERSHELL_7_ONLY) {
    it(`warns once per construct, and only that, for ${construct}`, () => {
      const found = findings(text);
      assert.equal(found.length, constructs, found.map((finding) => finding.message).join('\n'));
      for (const finding of found) {
        assert.equal(finding.code, 'powershell-7-only', finding.message);
        assert.equal(severityOf(finding), 'warning');
        assert.match(finding.message, /Windows PowerShell 5\.1/);
      }
    });
  }

  it('still reports real mistakes next to PowerShell 7 syntax', () => {
    const codes = findings('$x = $true ? 1 : 2\nif ($x == 1) { }').map((finding) => finding.code);
    assert.ok(codes.includes('powershell-7-only'), codes.join(', '));
    assert.ok(codes.some((code) => code !== 'powershell-7-only'), codes.join(', '));
  });
});
