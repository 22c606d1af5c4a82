import * as assert from 'node:assert/strict';
import { checkDocuments } from '../../../../server/src/core/analysis';
import { MAX_CHAIN } from '../../../../server/src/core/syntax/grammarBase';
import { CONTOSO, Workspace } from './workspaceFixture';

describe('long expression chains: check and run agree, and neither overflows the stack', () => {
  let workspace: Workspace;
  beforeEach(() => {
    workspace = Workspace.create(CONTOSO);
  });
  afterEach(() => workspace.remove());

  it(`runs a chain of exactly ${MAX_CHAIN} operators`, async () => {
    const script = `$n = ${Array.from({ length: MAX_CHAIN + 1 }, () => '1').join('+')}\n$b = $true${' -and $true'.repeat(MAX_CHAIN)}\n"$n $b"`;
    assert.deepEqual(checkDocuments([{ uri: 'chain.ps1', text: script }])[0].findings, []);
    const result = await workspace.run(script);
    assert.equal(result.success, true, result.output);
    assert.match(result.output, new RegExp(`${MAX_CHAIN + 1} True`));
  });

  it('refuses a longer chain in check and in run with the same sentence', async () => {
    const script = `$s = "a"${' + "a"'.repeat(100_000)}`;
    const [checked] = checkDocuments([{ uri: 'chain.ps1', text: script }]);
    const finding = checked.findings.find((candidate) => candidate.code === 'expression-too-long');
    assert.ok(finding);
    const result = await workspace.run(script);
    assert.equal(result.success, false);
    assert.ok(result.output.includes(finding.message), result.output);
    assert.doesNotMatch(result.output, /Maximum call stack|RangeError/);
  });
});
