// The OPATH filter reader: what an administrator writes after -Filter, read into conditions with the
// place of each part, and every syntax slip reported at its place with a fix.

import * as assert from 'node:assert/strict';
import { filterComparisons, parseFilter, type FilterNode } from '../../../server/src/core/values/opathFilter';

/** The filter as a compact string: `(a and b)`, `not c`, `Status -eq Retry`. */
function shape(node: FilterNode | undefined): string {
  if (!node) return '';
  switch (node.kind) {
    case 'comparison':
      return `${node.property.text} ${node.operator.text} ${node.value.text}`;
    case 'not':
      return `not ${shape(node.operand)}`;
    default:
      return `(${shape(node.left)} ${node.kind} ${shape(node.right)})`;
  }
}

function problemsOf(text: string): { message: string; at: string }[] {
  return parseFilter(text).problems.map((problem) => ({ message: problem.message, at: text.slice(problem.start, problem.end) }));
}

describe('OPATH filter reader', () => {
  it('reads one comparison with the place of its property, operator and value', () => {
    const text = "Status -EQ 'Retry'";
    const [comparison] = filterComparisons(parseFilter(text).root);
    assert.equal(text.slice(comparison.property.start, comparison.property.end), 'Status');
    assert.equal(comparison.operator.text, '-eq', 'operators are read in lower case');
    assert.equal(comparison.value.text, 'Retry');
    assert.equal(text.slice(comparison.value.start, comparison.value.end), "'Retry'");
    assert.ok(comparison.value.quoted);
  });

  it('binds -and tighter than -or, and -not to the next condition', () => {
    assert.equal(shape(parseFilter('A -eq 1 -or B -eq 2 -and C -eq 3').root), '(A -eq 1 or (B -eq 2 and C -eq 3))');
    assert.equal(shape(parseFilter('-not (A -eq 1 -or B -eq 2) -and C -gt 3').root), '(not (A -eq 1 or B -eq 2) and C -gt 3)');
    assert.equal(shape(parseFilter('-NOT A -like "x*"').root), 'not A -like x*');
  });

  it('reads bare numbers, sizes and negative numbers as values', () => {
    assert.deepEqual(filterComparisons(parseFilter('Size -gt 10MB -and SCL -ge -1').root).map((c) => c.value.text), ['10MB', '-1']);
  });

  it('undoes doubled quotes and backtick escapes inside quoted values', () => {
    const values = filterComparisons(parseFilter(`Subject -eq 'it''s' -or Subject -eq "say ""hi"" \`"now\`""`).root).map((c) => c.value.text);
    assert.deepEqual(values, ["it's", 'say "hi" "now"']);
  });

  it('marks variables, but not $true, $false and $null, as values only the run knows', () => {
    const [variable, nothing] = filterComparisons(parseFilter('Subject -eq $subject -and LastError -ne $null').root);
    assert.ok(variable.value.variable);
    assert.ok(!nothing.value.variable);
  });

  it('reports an empty filter', () => {
    assert.match(problemsOf('   ')[0].message, /empty/);
  });

  it('reports a quote that is never closed, from the quote on', () => {
    assert.deepEqual(problemsOf("Subject -eq 'loan"), [{ message: "The text starting here has no closing '. Add it.", at: "'loan" }]);
  });

  it('reports an unclosed ( and a stray )', () => {
    assert.equal(problemsOf('(Status -eq Retry')[0].at, '(');
    assert.match(problemsOf('Status -eq Retry)')[0].message, /closes no \(/);
  });

  it('reports a condition without an operator or without a value', () => {
    assert.match(problemsOf('Status')[0].message, /needs an operator and a value/);
    assert.deepEqual(problemsOf('Status -eq').map((p) => p.at), ['-eq']);
    assert.deepEqual(problemsOf('Status -eq -and MessageCount -gt 1').map((p) => p.at), ['-eq']);
  });

  it('reports a condition joined without -and or -or', () => {
    assert.match(problemsOf("Status -eq 'Retry' MessageCount -gt 5")[0].message, /Join conditions with -and or -or/);
  });

  it('reports a dangling -and and keeps the condition before it', () => {
    const parsed = parseFilter('Status -eq Retry -and');
    assert.equal(shape(parsed.root), 'Status -eq Retry');
    assert.match(parsed.problems[0].message, /-and needs a condition after it/);
  });

  it('keeps reading after a broken condition, so later conditions are still checked', () => {
    const parsed = parseFilter("'Retry' -eq Status -and MessageCount -gt 5");
    assert.match(parsed.problems[0].message, /starts with a property name/);
    assert.deepEqual(filterComparisons(parsed.root).map((c) => c.property.text), ['MessageCount']);
  });
});
