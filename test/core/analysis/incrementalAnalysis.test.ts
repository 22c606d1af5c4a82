import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument, type DocumentAnalysis, type NameOccurrence, reanalyze } from '../../../server/src/core/analysis';

const corpus = [
  '# Create the connector.',
  'New-ForeignConnector -Name "Contoso" -AddressSpaces "X400:c=US;a=Fabrikam;P=Contoso;5" -SourceTransportServers Hub01,Hub02',
  '<# A block',
  '   comment #>',
  'Set-ForeignConnector Contoso -DropDirectory "C:\\Drop" `',
  '    -MaxMessageSize 10MB -Enabled $true',
  '$note = @"',
  'Text with "quotes" and $(Get-Date)',
  '"@',
  'Get-ForeignConnector | Where-Object { $_.Enabled -and $_.Name -like "C*" } | Format-List Name,DropDirectory',
  'Set-ForeignConnector Contoso -AddressSpaces @{ Add = "SMTP:fabrikam.com;2"; Remove = "SMTP:contoso.com" }',
  'foreach ($server in "Hub01", "Hub02") {',
  '    Set-TransportService $server -PickupDirectoryPath "C:\\Pickup"',
  '}',
  "Remove-ForeignConnector 'Contoso' -Confirm:$false",
  'if ($x) { Get-TransportService Hub01 } else { Get-ExchangeServer }',
].join('\n');

const fragments = ['"', "'", '@"\n', '\n"@\n', '{', '}', '(', ')', '`\n', ' | ', ';', '#', '<#', '#>', '\n', ' -Name x', 'New-ForeignConnector ', ',', '$x = ', '@{', 'X400:c=US;'];

function finish(generator: Generator<void, DocumentAnalysis | undefined>): DocumentAnalysis | undefined {
  for (let step = generator.next(); ; step = generator.next()) if (step.done) return step.value;
}

/** What must be the same whichever way the analysis was made. */
function summary(analysis: DocumentAnalysis) {
  const byStart = <T extends { range: { start: number; end: number } }>(items: T[]) => [...items].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return {
    statements: analysis.script.statements,
    comments: analysis.script.comments,
    continuations: analysis.script.continuations,
    diagnostics: byStart(analysis.script.diagnostics),
    bindings: analysis.bindings.map((binding) => [binding.command.range, binding.cmdlet?.name, binding.candidateSets, binding.bound.map((bound) => [bound.parameter.name, bound.range])]),
    findings: byStart(analysis.findings).map((finding) => [finding.code, finding.range, finding.message]),
    facts: Object.fromEntries((Object.entries(analysis.facts) as [string, NameOccurrence[]][]).map(([key, occurrences]) => [key, occurrences.map((occurrence) => [occurrence.name, occurrence.range])])),
  };
}

describe('incremental analysis of an edited script', () => {
  it('gives the same analysis as parsing the new text from scratch, or asks for a full parse', () => {
    let incremental = 0;
    fc.assert(
      fc.property(fc.nat(corpus.length), fc.nat(12), fc.constantFrom(...fragments, ''), (at, removed, inserted) => {
        // Made for each edit: the analysis an edit is made from is given up to the result.
        const previous = analyzeDocument('file:///ws/big.ps1', corpus);
        const text = corpus.slice(0, at) + inserted + corpus.slice(Math.min(corpus.length, at + removed));
        const result = finish(reanalyze(previous, text));
        if (!result) return;
        incremental++;
        assert.deepEqual(summary(result), summary(analyzeDocument('file:///ws/big.ps1', text)));
        assert.equal(result.text, text);
      }),
      { numRuns: 400, seed: 20240601 },
    );
    // Many of these edits break the syntax on purpose (a lone quote or bracket): those need the full parse.
    assert.ok(incremental > 150, `only ${incremental} edits took the incremental path`);
  });

  it('stays exact over a series of edits, each made from the previous result', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(1000), fc.nat(6), fc.constantFrom(...fragments)), { minLength: 2, maxLength: 6 }), (edits) => {
        let analysis = analyzeDocument('file:///ws/big.ps1', corpus);
        for (const [where, removed, inserted] of edits) {
          const at = where % (analysis.text.length + 1);
          const text = analysis.text.slice(0, at) + inserted + analysis.text.slice(Math.min(analysis.text.length, at + removed));
          analysis = finish(reanalyze(analysis, text)) ?? analyzeDocument('file:///ws/big.ps1', text);
          assert.deepEqual(summary(analysis), summary(analyzeDocument('file:///ws/big.ps1', text)));
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('moves the ranges of the bindings\' own findings with the statements after the edit', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(1000), fc.nat(6), fc.constantFrom(...fragments, '')), { minLength: 1, maxLength: 6 }), (edits) => {
        // Each result is made from the previous one, which is given up.
        let analysis = analyzeDocument('file:///ws/big.ps1', corpus);
        for (const [where, removed, inserted] of edits) {
          const at = where % (analysis.text.length + 1);
          const text = analysis.text.slice(0, at) + inserted + analysis.text.slice(Math.min(analysis.text.length, at + removed));
          analysis = finish(reanalyze(analysis, text)) ?? analyzeDocument('file:///ws/big.ps1', text);
          assert.deepEqual(summary(analysis), summary(analyzeDocument('file:///ws/big.ps1', text)));
          assert.deepEqual(analysis.bindings.map((binding) => binding.findings.map((finding) => finding.range)), analyzeDocument('file:///ws/big.ps1', text).bindings.map((binding) => binding.findings.map((finding) => finding.range)));
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('keeps the nodes and bindings before the edit and moves those after it', () => {
    const previous = analyzeDocument('file:///ws/big.ps1', corpus);
    const at = corpus.indexOf('Get-ForeignConnector |');
    const text = `${corpus.slice(0, at)}Get-ForeignConnector\n${corpus.slice(at)}`;
    const lastBefore = previous.script.statements.at(-1);
    const lastStart = lastBefore?.range.start ?? 0;
    const result = finish(reanalyze(previous, text));
    assert.ok(result);
    assert.equal(result.script.statements[0], previous.script.statements[0]);
    assert.equal(result.bindings[0], previous.bindings[0]);
    const last = result.script.statements.at(-1);
    assert.equal(last, lastBefore);
    assert.deepEqual(last?.range, { start: lastStart + 21, end: text.length });
  });

  it('leaves the previous analysis intact when the work is abandoned before it ends', () => {
    const at = corpus.indexOf('Get-ForeignConnector |');
    const text = `${corpus.slice(0, at)}Get-ForeignConnector\n${corpus.slice(at)}`;
    const untouched = summary(analyzeDocument('file:///ws/big.ps1', corpus));
    for (let steps = 0; ; steps++) {
      // A newer edit stops the work after `steps` yields, as the language server does.
      const previous = analyzeDocument('file:///ws/big.ps1', corpus);
      const work = reanalyze(previous, text);
      let done = false;
      for (let step = 0; step <= steps && !done; step++) done = work.next().done === true;
      if (done) break;
      assert.deepEqual(summary(previous), untouched, `changed after ${steps + 1} steps`);
    }
  });

  it('asks for a full parse when the edit leaves a string open', () => {
    const previous = analyzeDocument('file:///ws/big.ps1', corpus);
    assert.equal(finish(reanalyze(previous, `@"\n${corpus}`)), undefined);
  });
});
