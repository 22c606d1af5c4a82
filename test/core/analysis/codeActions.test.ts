import * as assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-types';
import { type CodeAction, codeActions } from '../../../server/src/core/analysis';
import { checkedDocument } from '../../../server/src/core/analysis/checkDocuments';
import { checkWorkspace } from '../../../server/src/core/analysis/workspaceChecks';
import { LineIndex, type LineRange } from '../../../server/src/core/syntax/positions';
import { fixture, TEST_URI, viewOf, type ViewOptions } from './fixture';

/** The quick fixes offered for the script's diagnostics of `code`, as the editor would ask for them. */
function fixesFor(source: string, code: string, options?: ViewOptions) {
  const main = fixture(source);
  const view = viewOf(main.analysis, options);
  const diagnostics = checkedDocument(main.analysis, checkWorkspace(view.documents).get(TEST_URI) ?? []).diagnostics.filter((diagnostic) => diagnostic.code === code);
  assert.ok(diagnostics.length > 0, `expected a ${code} diagnostic`);
  const whole: LineRange = { start: { line: 0, character: 0 }, end: main.analysis.lines.positionAt(main.text.length) };
  return { ...main, actions: codeActions(main.analysis, whole, diagnostics, view), diagnostics };
}

function editsOf(action: CodeAction): TextEdit[] {
  return action.edit.changes[TEST_URI];
}

/** The text after applying the action's edits. */
function applied(text: string, action: CodeAction): string {
  const lines = new LineIndex(text);
  return [...editsOf(action)]
    .sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start))
    .reduce((result, edit) => result.slice(0, lines.offsetAt(edit.range.start)) + edit.newText + result.slice(lines.offsetAt(edit.range.end)), text);
}

const connector = 'New-ForeignConnector -Name "Contoso" -AddressSpaces "SMTP:contoso.com;1"\n';

describe('code actions', () => {
  it('changes a misspelt cmdlet to the one meant', () => {
    const { actions, ranges, diagnostics } = fixesFor('⟦New-ForiegnConnector⟧ -Name "x" -AddressSpaces "SMTP:contoso.com"', 'unknown-cmdlet');
    assert.deepEqual(actions, [{
      title: 'Change to New-ForeignConnector', kind: 'quickfix', diagnostics: [diagnostics[0]], isPreferred: true,
      edit: { changes: { [TEST_URI]: [{ range: ranges[0], newText: 'New-ForeignConnector' }] } },
    }]);
  });

  it('changes a misspelt parameter to the one meant', () => {
    const { actions, ranges } = fixesFor(`${connector}Set-ForeignConnector Contoso ⟦-DropDirectori⟧ "C:\\Drop"`, 'unknown-parameter');
    assert.equal(actions[0].title, 'Change to -DropDirectory');
    assert.deepEqual(editsOf(actions[0]), [{ range: ranges[0], newText: '-DropDirectory' }]);
  });

  it('offers each expansion of an ambiguous abbreviation, none preferred', () => {
    const { actions } = fixesFor(`${connector}Set-ForeignConnector Contoso -Dr "C:\\Drop"`, 'ambiguous-parameter');
    assert.deepEqual(actions.map((action) => [action.title, action.isPreferred]), [['Expand to -DropDirectory', undefined], ['Expand to -DropDirectoryQuota', undefined]]);
  });

  it('adds the missing mandatory parameters at the end of the command', () => {
    const { actions, text } = fixesFor('New-ForeignConnector -Name "Contoso" | Format-List', 'missing-mandatory-parameter');
    assert.equal(actions[0].title, 'Add the missing -AddressSpaces');
    assert.equal(applied(text, actions[0]), 'New-ForeignConnector -Name "Contoso" -AddressSpaces "" | Format-List');
  });

  it('normalises an X.400 attribute key to the closest one Exchange knows', () => {
    const { actions, ranges, text } = fixesFor('New-ForeignConnector -Name "Contoso" -AddressSpaces "X400:c=US;a=Fabrikam;⟦pr⟧=Contoso;5"', 'x400-unknown-attribute');
    assert.equal(actions[0].title, 'Change the attribute key to p');
    assert.deepEqual(editsOf(actions[0]), [{ range: ranges[0], newText: 'p' }]);
    assert.match(applied(text, actions[0]), /"X400:c=US;a=Fabrikam;p=Contoso;5"/);
  });

  it('turns ou into ou1, the first organizational unit, keeping the unit a unit', () => {
    const { actions, ranges, text } = fixesFor('New-ForeignConnector -Name "Contoso" -AddressSpaces "X400:c=US;a=Fabrikam;p=Contoso;⟦ou⟧=Sales;5"', 'x400-unknown-attribute');
    assert.equal(actions[0].title, 'Change the attribute key to ou1');
    assert.deepEqual(editsOf(actions[0]), [{ range: ranges[0], newText: 'ou1' }]);
    assert.match(applied(text, actions[0]), /"X400:c=US;a=Fabrikam;p=Contoso;ou1=Sales;5"/);
  });

  it('writes the X400 type and the cost an address space needs', () => {
    const misspelt = fixesFor('New-ForeignConnector -Name "C" -AddressSpaces "X.400:c=US;a= ;p=Contoso;5"', 'type-x400-misspelled');
    assert.match(applied(misspelt.text, misspelt.actions[0]), /"X400:c=US;a= ;p=Contoso;5"/);
    const noCost = fixesFor('New-ForeignConnector -Name "C" -AddressSpaces "X400:c=US;a= ;p=Contoso"', 'cost-required');
    assert.match(applied(noCost.text, noCost.actions[0]), /"X400:c=US;a= ;p=Contoso;1"/);
  });

  it('removes a repeated parameter with its value', () => {
    const { actions, text } = fixesFor(`${connector}Set-ForeignConnector Contoso -Enabled $true -Comment "x" -Enabled $false`, 'duplicate-parameter');
    assert.equal(actions[0].title, 'Remove the repeated -Enabled');
    assert.equal(applied(text, actions[0]).split('\n')[1], 'Set-ForeignConnector Contoso -Enabled $true -Comment "x"');
  });

  it('changes an unknown connector to the closest known one', () => {
    const { actions, text } = fixesFor(`${connector}Set-ForeignConnector "Contosso" -Enabled $false`, 'unknown-connector');
    assert.equal(applied(text, actions[0]).split('\n')[1], 'Set-ForeignConnector "Contoso" -Enabled $false');
  });

  it('answers only for diagnostics in the requested range', () => {
    const { analysis, diagnostics } = fixesFor('New-ForiegnConnector -Name "x" -AddressSpaces "SMTP:contoso.com"\n\nGet-ForeignConnector', 'unknown-cmdlet');
    const lastLine: LineRange = { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } };
    assert.deepEqual(codeActions(analysis, lastLine, diagnostics), []);
  });
});
