// Property tests: the parsers face arbitrary and mutated text without throwing, and every problem
// stays inside the text; valid address spaces survive a format → parse round trip.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ADDRESS_SPACE_PROBLEM_CODES,
  formatAddressSpace,
  parseAddressSpace,
  parseX400Address,
  type AddressSpaceProblem,
} from '../../../server/src/core/addressSpace';

const SEEDS = [
  'contoso.com',
  '*.contoso.com;10',
  'SMTP:*;1',
  'X400:c=US;a=Fabrikam;P=Contoso;5',
  'X400:o=MySite;p=MyOrg;a=adatum;c=us;1',
  'X400:c=US;a= ;p=Contoso;o=Sales;ou1=Europe;s=Smith;g=Pat;5',
  'X400:c=US;a=Fabrikam;p=Contoso;dda:RFC-822=pat(a)contoso.com;5',
  'FAX:+1 (425) 555-0100;3',
  'NOTES:Contoso/Sales;1;10',
  '--',
];

/** Characters that matter to the grammar, so random text often looks almost right. */
const GRAMMAR_CHARS = [...'X400SMTPFAXcapous1gsiq:;=*.%@-/ $_12309 ü\t'];

const nearlyValid = fc.string({ unit: fc.constantFrom(...GRAMMAR_CHARS), maxLength: 60 });

type Edit = { kind: 'insert' | 'delete' | 'replace'; at: number; ch: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<Edit['kind']>('insert', 'delete', 'replace'),
  at: fc.nat(),
  ch: fc.constantFrom(...GRAMMAR_CHARS),
});

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const { kind, at, ch } of edits) {
    const i = out.length === 0 ? 0 : at % (out.length + (kind === 'insert' ? 1 : 0));
    if (kind === 'insert') out = out.slice(0, i) + ch + out.slice(i);
    else if (kind === 'delete') out = out.slice(0, i) + out.slice(i + 1);
    else out = out.slice(0, i) + ch + out.slice(i + 1);
  }
  return out;
}

const mutated = fc.tuple(fc.constantFrom(...SEEDS), fc.array(edit, { maxLength: 4 })).map(([seed, edits]) => applyEdits(seed, edits));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), nearlyValid, mutated);

function assertWellFormed(text: string, problems: readonly AddressSpaceProblem[]): void {
  const codes: readonly string[] = ADDRESS_SPACE_PROBLEM_CODES;
  for (const p of problems) {
    assert.ok(0 <= p.start && p.start <= p.end && p.end <= text.length, `${JSON.stringify(text)}: ${JSON.stringify(p)}`);
    assert.ok(codes.includes(p.code), p.code);
    assert.ok(p.severity === 'error' || p.severity === 'warning');
    assert.ok(p.message.length > 0);
  }
}

describe('address-space properties', () => {
  it('parseAddressSpace never throws and keeps every problem inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseAddressSpace(text);
        assertWellFormed(text, result.problems);
        assert.equal(result.valid, result.addressSpace !== undefined && result.problems.every((p) => p.severity !== 'error'));
      }),
      { numRuns: 3000 },
    );
  });

  it('parseX400Address never throws and keeps every problem inside the text', () => {
    const x400Text = fc.oneof(nearlyValid, mutated.map((t) => t.replace(/^X400:/, '')), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(x400Text, (text) => assertWellFormed(text, parseX400Address(text).problems)),
      { numRuns: 2000 },
    );
  });

  it('formats a valid address space to a text that parses back to the same display form', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, fc.constantFrom(...SEEDS)), (text) => {
        const first = parseAddressSpace(text);
        fc.pre(first.valid && first.addressSpace !== undefined);
        const display = formatAddressSpace(first.addressSpace!);
        const second = parseAddressSpace(display);
        assert.ok(second.valid, `${text} → ${display}: ${JSON.stringify(second.problems)}`);
        assert.equal(formatAddressSpace(second.addressSpace!), display);
        assert.equal(second.addressSpace!.cost, first.addressSpace!.cost);
      }),
      { numRuns: 2000 },
    );
  });
});
