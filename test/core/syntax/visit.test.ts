import * as assert from 'node:assert/strict';
import type { Node } from '../../../server/src/core/syntax/ast';
import { parseScript } from '../../../server/src/core/syntax/parser';
import { allCommands, childrenOf, commandAt, nodePathAt, walk } from '../../../server/src/core/syntax/visit';
import { marked } from '../../helpers/markers';
import { allNodes } from './treeText';

function pathKinds(source: string): string[] {
  const { text, cursor } = marked(source);
  return nodePathAt(parseScript(text), cursor ?? 0).map((node) => node.kind);
}

describe('syntax: walking the tree', () => {
  it('lists children in source order, each inside its parent', () => {
    const script = parseScript('[CmdletBinding()]\nparam([string]$a = "x")\nif ($a) { Get-X -Name:$a @{ k = $(Get-Y) } "s $b" > $null } else { 1..3 | % { $_ } }');
    for (const node of allNodes(script)) {
      let previousStart = -1;
      for (const child of childrenOf(node)) {
        assert.ok(child.range.start >= node.range.start && child.range.end <= node.range.end, `${child.kind} inside ${node.kind}`);
        assert.ok(child.range.start >= previousStart, `${child.kind} after its previous sibling in ${node.kind}`);
        previousStart = child.range.start;
      }
    }
  });

  it('walks every node and can skip a subtree', () => {
    const script = parseScript('Get-X { Get-Y { Get-Z } }');
    const all: string[] = [];
    walk(script, (node) => {
      if (node.kind === 'CommandName') all.push(node.text);
    });
    assert.deepEqual(all, ['Get-X', 'Get-Y', 'Get-Z']);
    const shallow: string[] = [];
    walk(script, (node) => {
      if (node.kind === 'CommandName') shallow.push(node.text);
      return node.kind !== 'ScriptBlock';
    });
    assert.deepEqual(shallow, ['Get-X']);
  });

  it('passes each node\'s parent', () => {
    const script = parseScript('Get-X a');
    const parents = new Map<Node, Node | undefined>();
    walk(script, (node, parent) => {
      parents.set(node, parent);
    });
    const argument = allNodes(script).find((node) => node.kind === 'Bareword') as Node;
    assert.equal(parents.get(argument)?.kind, 'Argument');
    assert.equal(parents.get(script), undefined);
  });

  it('finds every command, at any depth, in source order', () => {
    const source = [
      'Get-A | Where-Object { Get-B }',
      'if ($x) { Get-C } elseif (Get-D) { } else { foreach ($i in Get-E) { Get-F } }',
      '$h = @{ Key = Get-G; Other = $(Get-H) }',
      'Write-Host "text $(Get-I) $(& Get-J)"',
      'function F { Get-K }',
      'while (Get-L) { do { Get-M } until (Get-N) }',
      '$v = (Get-O).Name + @(Get-P)',
      'switch ($x) { 1 { Get-Q } }',
    ].join('\n');
    const names = allCommands(parseScript(source)).map((command) => command.name.text);
    assert.deepEqual(names, [
      'Get-A', 'Where-Object', 'Get-B', 'Get-C', 'Get-D', 'Get-E', 'Get-F', 'Get-G', 'Get-H', 'Write-Host', 'Get-I', 'Get-J',
      'Get-K', 'Get-L', 'Get-M', 'Get-N', 'Get-O', 'Get-P', 'Get-Q',
    ]);
  });
});

describe('syntax: nodes at an offset', () => {
  const rows: [source: string, path: string[]][] = [
    ['New-X -Addr‸', ['Script', 'Pipeline', 'Command', 'Parameter']],
    ['New-X -‸', ['Script', 'Pipeline', 'Command', 'Parameter']],
    ['New-X ‸-Name a', ['Script', 'Pipeline', 'Command', 'Parameter']],
    ['New-X -Name a‸', ['Script', 'Pipeline', 'Command', 'Argument', 'Bareword']],
    ['New-‸X', ['Script', 'Pipeline', 'Command', 'CommandName']],
    ['New-X -Name "ab‸c"', ['Script', 'Pipeline', 'Command', 'Argument', 'String']],
    ['Get-X Hub01,‸Hub02', ['Script', 'Pipeline', 'Command', 'Argument', 'Array', 'Bareword']],
    ['Get-X -Flag:$tr‸', ['Script', 'Pipeline', 'Command', 'Parameter', 'Variable']],
    ['$c.‸', ['Script', 'Pipeline', 'ExpressionElement', 'Member']],
    ['Get-X { Get-Y -N‸ }', ['Script', 'Pipeline', 'Command', 'Argument', 'ScriptBlock', 'Pipeline', 'Command', 'Parameter']],
    ['Write-Host "a $(Get-Y -N‸)"', ['Script', 'Pipeline', 'Command', 'Argument', 'String', 'SubExpression', 'Pipeline', 'Command', 'Parameter']],
    ['‸', ['Script']],
    ['Get-X\n‸\nGet-Y', ['Script']],
  ];
  for (const [source, path] of rows) {
    it(source.replace(/\n/g, '\\n'), () => {
      assert.deepEqual(pathKinds(source), path);
    });
  }

  it('finds the command at the cursor, also in the spaces after it when given the text', () => {
    const { text, cursor } = marked('Get-A -Name a | Set-B -Name b ‸');
    const script = parseScript(text);
    assert.equal(commandAt(script, cursor as number), undefined);
    assert.equal(commandAt(script, cursor as number, text)?.name.text, 'Set-B');
    assert.equal(commandAt(script, text.indexOf('-Name'), text)?.name.text, 'Get-A');
    assert.equal(commandAt(script, text.indexOf('|') + 1, text), undefined);
  });

  it('continues a command over a backtick line continuation', () => {
    const { text, cursor } = marked('New-X -Name a `\n  ‸');
    assert.equal(commandAt(parseScript(text), cursor as number, text)?.name.text, 'New-X');
  });

  it('returns the innermost command', () => {
    const { text, cursor } = marked('Get-A { Get-B -x ‸}');
    assert.equal(commandAt(parseScript(text), cursor as number, text)?.name.text, 'Get-B');
  });
});
