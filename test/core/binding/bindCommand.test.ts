import * as assert from 'node:assert/strict';
import { shapeOfExpression, type ArgumentShape } from '../../../server/src/core/binding/argumentShape';
import { bindCommand, bindNamed, completeBinding, type CommandBinding } from '../../../server/src/core/binding/binding';
import { findCmdlet } from '../../../server/src/core/catalog/catalog';
import type { Command } from '../../../server/src/core/syntax/ast';
import { parseScript } from '../../../server/src/core/syntax/parser';
import { walk } from '../../../server/src/core/syntax/visit';

/** The commands of a one-line script, in source order. */
function commandsOf(text: string): Command[] {
  const commands: Command[] = [];
  walk(parseScript(text), (node) => {
    if (node.kind === 'Command') commands.push(node);
  });
  return commands.sort((a, b) => a.range.start - b.range.start);
}

/** Binds the last command of `text` as the editor does: shapes from the syntax. */
function bindLast(text: string, pipelineInput = text.includes('|')): { binding: CommandBinding; text: string } {
  const command = commandsOf(text).at(-1) as Command;
  return { binding: bindCommand(command, { pipelineInput, shapeOf: shapeOfExpression }), text };
}

/** What each argument bound to, as `source text -> parameter`. */
function placements({ binding, text }: { binding: CommandBinding; text: string }): string[] {
  return binding.bound.map((bound) => `${text.slice(bound.range.start, bound.range.end)} -> ${bound.parameter.name}`);
}

const codes = ({ binding }: { binding: CommandBinding }): string[] => binding.findings.map((finding) => finding.code);

describe('the binder', () => {
  describe('positional placement and set choice', () => {
    it('binds a bare word after ForEach-Object to -MemberName, not the script block -Process', () => {
      const result = bindLast('Get-ForeignConnector | ForEach-Object Name');
      assert.deepEqual(placements(result), ['Name -> MemberName']);
      assert.equal(result.binding.candidateSets[0], 'PropertyAndMethodSet');
      assert.deepEqual(codes(result), []);
    });

    it('binds a script block after ForEach-Object to -Process and later blocks to -RemainingScripts', () => {
      const result = bindLast('Get-ForeignConnector | ForEach-Object { "begin" } { $_.Name } { "end" }');
      assert.deepEqual(placements(result), ['{ "begin" } -> Process', '{ $_.Name } -> RemainingScripts', '{ "end" } -> RemainingScripts']);
      assert.equal(result.binding.candidateSets[0], 'ScriptBlockSet');
    });

    it('binds a script block after Where-Object to -FilterScript, a property name to -Property', () => {
      const block = bindLast('Get-ForeignConnector | Where-Object { $_.Enabled }');
      assert.deepEqual(placements(block), ['{ $_.Enabled } -> FilterScript']);
      assert.deepEqual(block.binding.candidateSets, ['ScriptBlockSet']);
      const property = bindLast('Get-ForeignConnector | Where-Object Name -like "C*"');
      assert.deepEqual(placements(property), ['-like -> Like', 'Name -> Property', '"C*" -> Value']);
      assert.deepEqual(property.binding.candidateSets, ['LikeSet']);
    });

    it('keeps the other sets that place the arguments the same way, the chosen one first', () => {
      const { binding } = bindLast('Get-ForeignConnector | Where-Object Name');
      assert.equal(binding.candidateSets[0], 'EqualSet');
      assert.ok(binding.candidateSets.includes('LikeSet'));
      assert.ok(!binding.candidateSets.includes('ScriptBlockSet'), 'a word cannot be the -FilterScript block');
    });

    it('lets a value only the run knows fit any parameter, so the default set decides', () => {
      const result = bindLast('Get-ForeignConnector | ForEach-Object $step');
      assert.deepEqual(placements(result), ['$step -> Process']);
      assert.deepEqual(codes(result), []);
    });

    it('places by what the caller says a value is: a variable holding a name binds -MemberName', () => {
      const command = commandsOf('Get-ForeignConnector | ForEach-Object $property').at(-1) as Command;
      const named = bindNamed(command, findCmdlet('ForEach-Object')!);
      const other = (): ArgumentShape => 'other';
      const binding = completeBinding(named, { pipelineInput: true, shapeOf: other });
      assert.deepEqual(binding.bound.map((bound) => bound.parameter.name), ['MemberName']);
      assert.equal(binding.candidateSets[0], 'PropertyAndMethodSet');
    });

    it('gives extra words to the remaining-arguments parameter, unless that parameter was named', () => {
      assert.deepEqual(placements(bindLast('Write-Host "Configured" $name "now"')), ['"Configured" -> Object', '$name -> Object', '"now" -> Object']);
      const named = bindLast('Write-Host -Object "a" "b"');
      assert.deepEqual(codes(named), ['positional-argument-not-accepted']);
      assert.deepEqual(named.binding.findings[0].range, { start: 23, end: 26 });
    });

    it('reports each argument past the last positional parameter', () => {
      const result = bindLast('Set-ForeignConnector "Contoso" x y');
      assert.deepEqual(placements(result), ['"Contoso" -> Identity']);
      assert.deepEqual(codes(result), ['positional-argument-not-accepted', 'positional-argument-not-accepted']);
    });
  });

  describe('the mandatory check', () => {
    it('counts a pipeline-input parameter as given when objects are piped in', () => {
      assert.deepEqual(codes(bindLast('Get-ForeignConnector | Set-ForeignConnector -Comment "x"')), []);
      const alone = bindLast('Set-ForeignConnector -Comment "x"');
      assert.deepEqual(codes(alone), ['missing-mandatory-parameter']);
      assert.deepEqual(alone.binding.findings[0].data, { missing: ['Identity'], set: 'Default' });
    });

    it('leaves the check to the run when a splat may supply the parameters', () => {
      const { binding } = bindLast('New-ForeignConnector @settings');
      assert.equal(binding.splatted, true);
      assert.deepEqual(binding.findings, []);
    });
  });

  it('binds nothing for a command the catalog does not know or one run with &', () => {
    for (const text of ['Get-Gadget -Size 3', '& Get-ForeignConnector -Identity x']) {
      const { binding } = bindLast(text);
      assert.equal(binding.cmdlet, undefined);
      assert.deepEqual([binding.bound, binding.findings], [[], []]);
    }
  });
});
