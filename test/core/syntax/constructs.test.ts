import * as assert from 'node:assert/strict';
import type { Node } from '../../../server/src/core/syntax/ast';
import { parseScript } from '../../../server/src/core/syntax/parser';
import { marked } from '../../helpers/markers';
import { nodesOfKind, sortByRange } from './treeText';

// One row per construct: in `source`, ⟦ ⟧ marks the exact range of every node of `kind` the script
// contains, and `props` (when given) lists expected properties of those nodes in source order.
// Every row is valid PowerShell, so it must parse without diagnostics.
interface Row {
  name: string;
  source: string;
  kind: Node['kind'];
  props?: Record<string, unknown>[];
}

const rows: Row[] = [
  // Commands, parameters, arguments
  { name: 'command name (Verb-Noun)', source: '⟦New-ForeignConnector⟧ -Name x', kind: 'CommandName', props: [{ text: 'New-ForeignConnector' }] },
  { name: 'command name (any bareword, any case)', source: '⟦format-list⟧ Name', kind: 'CommandName', props: [{ text: 'format-list' }] },
  { name: 'command with its elements', source: '⟦Get-ForeignConnector -Identity x⟧ | ⟦Format-List⟧', kind: 'Command' },
  { name: 'parameters', source: 'Get-X ⟦-Name⟧ a ⟦-Force⟧', kind: 'Parameter', props: [{ name: 'Name', hasColon: false, nameRange: { start: 6, end: 11 } }, { name: 'Force', hasColon: false }] },
  { name: 'parameter with colon value', source: 'Set-X ⟦-Enabled:$false⟧', kind: 'Parameter', props: [{ name: 'Enabled', hasColon: true, nameRange: { start: 6, end: 14 } }] },
  { name: 'parameter with colon, then space, then value', source: 'Set-X ⟦-Name: "x"⟧', kind: 'Parameter', props: [{ name: 'Name', hasColon: true }] },
  { name: 'parameter names keep their case', source: 'get-x ⟦-NAME⟧ a', kind: 'Parameter', props: [{ name: 'NAME' }] },
  { name: 'parameter written with an en dash', source: 'Get-X ⟦\u2013Name⟧ a', kind: 'Parameter', props: [{ name: 'Name' }] },
  { name: 'positional arguments', source: 'Get-X ⟦a⟧ ⟦"b"⟧ ⟦3⟧', kind: 'Argument' },
  { name: 'call operator', source: '⟦& $command -x 1⟧', kind: 'Command', props: [{ invocationOperator: '&' }] },
  { name: 'dot-sourcing', source: '⟦. .\\lib.ps1⟧', kind: 'Command', props: [{ invocationOperator: '.' }] },
  { name: 'dot-sourced script name', source: '. ⟦.\\lib.ps1⟧', kind: 'CommandName', props: [{ text: '.\\lib.ps1' }] },

  // Barewords in argument mode
  { name: 'bareword', source: 'Get-X ⟦Hub01⟧', kind: 'Bareword', props: [{ text: 'Hub01' }] },
  { name: 'bareword domain name', source: 'Get-X ⟦hub01.contoso.com⟧', kind: 'Bareword', props: [{ text: 'hub01.contoso.com' }] },
  { name: 'bareword wildcard domain', source: 'Get-X ⟦*.contoso.com⟧', kind: 'Bareword', props: [{ text: '*.contoso.com' }] },
  { name: 'bareword path', source: 'Get-X ⟦C:\\Drop\\x⟧', kind: 'Bareword', props: [{ text: 'C:\\Drop\\x' }] },
  { name: 'bareword UNC path', source: 'Get-X ⟦\\\\server\\share⟧', kind: 'Bareword', props: [{ text: '\\\\server\\share' }] },
  { name: 'bareword address with @', source: 'Get-X ⟦admin@contoso.com⟧', kind: 'Bareword', props: [{ text: 'admin@contoso.com' }] },
  { name: 'bareword IP address', source: 'Get-X ⟦10.0.0.1⟧', kind: 'Bareword', props: [{ text: '10.0.0.1' }] },
  { name: 'bareword date', source: 'Get-X ⟦2024-03-13⟧', kind: 'Bareword', props: [{ text: '2024-03-13' }] },
  { name: 'bareword with dashes after the first word', source: 'Get-X ⟦a-b-c⟧', kind: 'Bareword', props: [{ text: 'a-b-c' }] },
  { name: 'bareword with an escaped comma', source: 'Get-X ⟦a`,b⟧', kind: 'Bareword', props: [{ text: 'a,b' }] },
  { name: 'bareword with # inside', source: 'Get-X ⟦a#b⟧', kind: 'Bareword', props: [{ text: 'a#b' }] },
  { name: 'keywords are plain words as arguments', source: 'Get-X ⟦if⟧ ⟦foreach⟧', kind: 'Bareword', props: [{ text: 'if' }, { text: 'foreach' }] },

  // Strings
  { name: 'single-quoted string', source: "Write-Host ⟦'it''s'⟧", kind: 'String', props: [{ quote: 'single', value: "it's", contentRange: { start: 12, end: 17 } }] },
  { name: 'double-quoted string', source: 'Write-Host ⟦"a b"⟧', kind: 'String', props: [{ quote: 'double', value: 'a b' }] },
  { name: 'double-quoted escapes', source: 'Write-Host ⟦"a`tb""c`$d"⟧', kind: 'String', props: [{ value: 'a\tb"c$d' }] },
  { name: 'typographic quotes', source: 'Write-Host ⟦\u201Cx\u201D⟧ ⟦\u2018y\u2019⟧', kind: 'String', props: [{ quote: 'double', value: 'x' }, { quote: 'single', value: 'y' }] },
  { name: 'string spanning lines', source: 'Write-Host ⟦"a\nb"⟧', kind: 'String', props: [{ value: 'a\nb' }] },
  { name: 'variable in a string', source: 'Write-Host "x ⟦$name⟧ ⟦${a b}⟧"', kind: 'Variable', props: [{ name: 'name' }, { name: 'a b' }] },
  { name: 'environment variable in a string', source: 'Write-Host "⟦$env:TEMP⟧\\x"', kind: 'Variable', props: [{ name: 'TEMP', scope: 'env' }] },
  { name: 'subexpression in a string', source: 'Write-Host "a ⟦$($x.Name)⟧ b"', kind: 'SubExpression' },
  { name: 'subexpression with quotes in a string', source: 'Write-Host "a ⟦$("(" + $x)⟧ b"', kind: 'SubExpression' },
  { name: 'no expansion in single quotes', source: "Write-Host ⟦'$x $(y)'⟧", kind: 'String', props: [{ value: '$x $(y)', parts: [{ kind: 'Text', range: { start: 12, end: 19 }, value: '$x $(y)' }] }] },
  { name: 'double here-string', source: '$h = ⟦@"\nline "$x"\n"@⟧', kind: 'String', props: [{ quote: 'hereDouble', value: 'line "$x"', contentRange: { start: 8, end: 17 } }] },
  { name: 'single here-string', source: "$h = ⟦@'\n'a' $b\n'@⟧", kind: 'String', props: [{ quote: 'hereSingle', value: "'a' $b" }] },
  { name: 'here-string with CRLF', source: "$h = ⟦@'\r\nx\r\n'@⟧", kind: 'String', props: [{ value: 'x', contentRange: { start: 9, end: 10 } }] },
  { name: 'unquoted argument with a variable is expandable', source: 'Get-X ⟦$env:TEMP\\Drop⟧', kind: 'String', props: [{ bare: true, quote: 'double', value: '$env:TEMP\\Drop' }] },
  { name: 'unquoted argument with a subexpression', source: 'Get-X ⟦log_$(Get-Date).txt⟧', kind: 'String', props: [{ bare: true, value: 'log_$(Get-Date).txt' }] },

  // Numbers
  {
    name: 'numbers with multipliers',
    source: 'Get-X ⟦10MB⟧ ⟦1KB⟧ ⟦1.5GB⟧ ⟦0x1F⟧ ⟦5⟧ ⟦2tb⟧ ⟦1PB⟧',
    kind: 'Number',
    props: [
      { text: '10MB', value: 10485760 }, { text: '1KB', value: 1024 }, { text: '1.5GB', value: 1610612736 }, { text: '0x1F', value: 31 },
      { text: '5', value: 5 }, { text: '2tb', value: 2 * 1024 ** 4 }, { text: '1PB', value: 1024 ** 5 },
    ],
  },
  { name: 'numbers in expressions', source: '$a = ⟦1e3⟧ + ⟦0.5⟧', kind: 'Number', props: [{ value: 1000 }, { value: 0.5 }] },
  { name: 'negative number argument', source: 'Get-X ⟦-5⟧', kind: 'Unary', props: [{ operator: '-' }] },

  // Variables
  { name: 'automatic variables', source: 'Set-X ⟦$true⟧ ⟦$false⟧ ⟦$null⟧ ⟦$_⟧', kind: 'Variable', props: [{ name: 'true' }, { name: 'false' }, { name: 'null' }, { name: '_' }] },
  { name: 'scoped variables', source: '⟦$global:x⟧ = ⟦$env:COMPUTERNAME⟧', kind: 'Variable', props: [{ name: 'x', scope: 'global' }, { name: 'COMPUTERNAME', scope: 'env' }] },
  { name: 'braced variable', source: '⟦${my var}⟧ = 1', kind: 'Variable', props: [{ name: 'my var', splat: false }] },
  { name: 'splatting', source: 'New-ForeignConnector ⟦@params⟧', kind: 'Variable', props: [{ name: 'params', splat: true }] },

  // Arrays, hashtables, blocks
  { name: 'comma list of barewords', source: 'Get-X -Servers ⟦Hub01,Hub02⟧', kind: 'Array' },
  { name: 'comma list with spaces and a line break', source: 'Get-X ⟦"a",\n  "b", "c"⟧', kind: 'Array' },
  { name: 'comma list in expression mode', source: '$a = ⟦1, 2, 3⟧', kind: 'Array' },
  { name: 'array subexpression', source: '$a = ⟦@("x", "y")⟧', kind: 'ArraySubExpression' },
  { name: 'empty array subexpression', source: '$a = ⟦@()⟧', kind: 'ArraySubExpression' },
  { name: 'hashtable', source: 'Set-X -AddressSpaces ⟦@{Add="X400:c=US;a=B;p=C";Remove="SMTP:x.com;1"}⟧', kind: 'Hashtable' },
  { name: 'hashtable on several lines', source: '$h = ⟦@{\n  Name = "Contoso"\n  Cost = 5\n}⟧', kind: 'Hashtable' },
  { name: 'script block argument', source: 'Where-Object ⟦{ $_.Name -like "C*" }⟧', kind: 'ScriptBlock' },
  { name: 'subexpression', source: 'Write-Host ⟦$(Get-Date)⟧', kind: 'SubExpression' },
  { name: 'parenthesised pipeline', source: '⟦(Get-ForeignConnector | Select-Object -First 1)⟧.Name', kind: 'Paren' },

  // Member access, calls, indexing, types
  { name: 'member access', source: '⟦$c.Name⟧', kind: 'Member', props: [{ member: 'Name', memberRange: { start: 3, end: 7 }, static: false }] },
  { name: 'chained member access', source: '⟦⟦$c.AddressSpaces⟧.Count⟧', kind: 'Member', props: [{ member: 'Count' }, { member: 'AddressSpaces' }] },
  { name: 'member of a parenthesised pipeline', source: '⟦(Get-X).Name⟧', kind: 'Member', props: [{ member: 'Name' }] },
  { name: 'member access in argument mode', source: 'Write-Host ⟦$c.Name⟧', kind: 'Member' },
  { name: 'method call', source: '⟦$x.ToString()⟧', kind: 'InvokeMember', props: [{ member: 'ToString', arguments: [] }] },
  { name: 'static method call', source: '⟦[Math]::Max(1, 2)⟧', kind: 'InvokeMember', props: [{ member: 'Max', static: true }] },
  { name: 'static member', source: '⟦[int]::MaxValue⟧', kind: 'Member', props: [{ member: 'MaxValue', static: true }] },
  { name: 'indexing', source: '⟦$a[0]⟧', kind: 'Index' },
  { name: 'negative index', source: '⟦$a[-1]⟧', kind: 'Index' },
  { name: 'type literal', source: '$x -is ⟦[string]⟧', kind: 'Type', props: [{ name: 'string' }] },
  { name: 'generic and array types', source: '$x -as ⟦[string[]]⟧; $y -is ⟦[System.Collections.Generic.List[string]]⟧', kind: 'Type', props: [{ name: 'string[]' }, { name: 'System.Collections.Generic.List[string]' }] },
  { name: 'cast', source: '⟦[int]$x⟧', kind: 'Unary', props: [{ operator: '[int]' }] },
  { name: 'cast of a hashtable', source: '$o = ⟦[pscustomobject]@{ Name = "Fax" }⟧', kind: 'Unary', props: [{ operator: '[pscustomobject]' }] },

  // Operators
  { name: 'comparison', source: '⟦$a -eq 1⟧', kind: 'Binary', props: [{ operator: '-eq', operatorRange: { start: 3, end: 6 } }] },
  { name: 'operators are lower-cased', source: '⟦$a -LIKE "C*"⟧', kind: 'Binary', props: [{ operator: '-like' }] },
  { name: 'case-sensitive variants', source: '⟦$a -ceq $b⟧; ⟦$a -ireplace "x"⟧; ⟦$a -cnotmatch "y"⟧', kind: 'Binary', props: [{ operator: '-ceq' }, { operator: '-ireplace' }, { operator: '-cnotmatch' }] },
  { name: 'range', source: '⟦1..10⟧', kind: 'Binary', props: [{ operator: '..' }] },
  { name: 'format', source: '⟦"{0}" -f $x⟧', kind: 'Binary', props: [{ operator: '-f' }] },
  { name: 'unary operators', source: '⟦-not $x⟧; ⟦!$y⟧; ⟦-$z⟧', kind: 'Unary', props: [{ operator: '-not' }, { operator: '!' }, { operator: '-' }] },

  // Statements
  { name: 'assignment of a command', source: '⟦$c = New-ForeignConnector -Name x⟧', kind: 'Assignment', props: [{ operator: '=', operatorRange: { start: 3, end: 4 } }] },
  { name: 'compound assignment', source: '⟦$n += 1⟧; ⟦$s -= 2⟧', kind: 'Assignment', props: [{ operator: '+=' }, { operator: '-=' }] },
  { name: 'pipeline', source: '⟦Get-X | Where-Object Enabled | Sort-Object⟧', kind: 'Pipeline' },
  { name: 'statements separated by ; and line breaks', source: '⟦a⟧; ⟦b⟧\n⟦c⟧', kind: 'Pipeline' },
  { name: 'expression pipeline element', source: '⟦$list⟧ | Sort-Object', kind: 'ExpressionElement' },
  { name: 'backtick line continuation', source: '⟦New-X -Name a `\n  -Cost 5⟧\n⟦Get-Y⟧', kind: 'Command' },
  { name: 'pipe at end of line continues', source: '⟦Get-X |\n  Sort-Object⟧', kind: 'Pipeline' },
  { name: 'redirection target', source: 'Get-X > ⟦$null⟧ 2>&1', kind: 'Variable', props: [{ name: 'null' }] },
];

describe('syntax: every construct with its exact range', () => {
  for (const row of rows) {
    it(row.name, () => {
      const { text, spans } = marked(row.source);
      const script = parseScript(text);
      assert.deepEqual(script.diagnostics, [], 'valid PowerShell must parse without diagnostics');
      const nodes = nodesOfKind(script, row.kind);
      assert.deepEqual(nodes.map((node) => node.range), sortByRange(spans), `ranges of every ${row.kind}`);
      row.props?.forEach((expected, index) => {
        const node = nodes[index] as unknown as Record<string, unknown>;
        for (const [key, value] of Object.entries(expected)) assert.deepEqual(node[key], value, `${row.kind} #${index} ${key}`);
      });
    });
  }
});
