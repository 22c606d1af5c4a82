// Fuzz target "addressSpaces": random and mutated address-space strings through parseAddressSpace,
// formatAddressSpace, matchAddressSpace, parseX400Address and IMCEA encoding. Properties, all from
// what the module documents (see also test/core/addressSpace/properties.test.ts):
//   - nothing throws; every problem and every range of the parse lies in the text, start ≤ end;
//   - `valid` means a parse and no error; a valid cost is a whole number from MIN_COST to MAX_COST;
//   - a valid address space formats to a text that parses back valid, to the same display form,
//     kind and cost;
//   - a valid address space covers a recipient built from itself (wildcards filled in), directly and
//     as the simulator sees it, IMCEA-encapsulated in an SMTP address; a match has specificity > 0;
//   - IMCEA encode → decode gives back type, address and domain.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ADDRESS_SPACE_PROBLEM_CODES,
  decodeImcea,
  encodeImcea,
  formatAddressSpace,
  formatX400Attributes,
  matchAddressSpace,
  MAX_COST,
  MIN_COST,
  parseAddressSpace,
  parseX400Address,
  recipientFromSmtpAddress,
  type AddressSpaceParseResult,
  type AddressSpaceProblem,
  type ParsedAddressSpace,
  type RecipientAddress,
  type TextRange,
  type X400Attribute,
} from '../../server/src/core/addressSpace';
import { CASE_TIME_LIMIT_MS, type FuzzTarget } from './fuzzTarget';
import { applyEdits, editArbitrary, pieceArbitrary, textReducer } from './mutation';
import { saveText } from './regressionStore';

const DOMAIN = 'contoso.com';

// ---- properties ---------------------------------------------------------------------------------

export function checkAddressSpace(text: string): void {
  const started = performance.now();
  const result = parseAddressSpace(text);
  checkParse(text, result);
  checkX400AddressParse(text);
  checkImceaOf(text);
  if (result.valid && result.addressSpace) checkValid(result.addressSpace);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < CASE_TIME_LIMIT_MS, `took ${elapsed.toFixed(0)} ms (limit ${CASE_TIME_LIMIT_MS} ms)`);
}

function assertRange(text: string, range: TextRange | undefined, what: string): void {
  if (range === undefined) return;
  assert.ok(Number.isInteger(range.start) && Number.isInteger(range.end), `${what}: integer offsets ${JSON.stringify(range)}`);
  assert.ok(0 <= range.start && range.start <= range.end && range.end <= text.length, `${what}: ${JSON.stringify(range)} within 0..${text.length}`);
}

function checkProblems(text: string, problems: readonly AddressSpaceProblem[]): void {
  const codes: readonly string[] = ADDRESS_SPACE_PROBLEM_CODES;
  for (const p of problems) {
    assertRange(text, p, `problem ${p.code}`);
    assert.ok(codes.includes(p.code), `unknown problem code ${p.code}`);
    assert.ok(p.severity === 'error' || p.severity === 'warning', `problem ${p.code}: severity ${p.severity}`);
    assert.ok(p.message.length > 0, `problem ${p.code}: a message`);
  }
}

function checkAttributes(text: string, attributes: readonly X400Attribute[]): void {
  for (const attribute of attributes) {
    assertRange(text, attribute.keyRange, `key range of ${attribute.key}`);
    assertRange(text, attribute.valueRange, `value range of ${attribute.key}`);
  }
}

function checkParse(text: string, result: AddressSpaceParseResult): void {
  checkProblems(text, result.problems);
  const errors = result.problems.some((p) => p.severity === 'error');
  assert.equal(result.valid, result.addressSpace !== undefined && !errors, 'valid means a parse and no error');
  const space = result.addressSpace;
  if (!space) return;
  assert.equal(space.text, text);
  assertRange(text, space.typeRange, 'type range');
  assertRange(text, space.addressRange, 'address range');
  assertRange(text, space.costRange, 'cost range');
  if (space.kind === 'x400') checkAttributes(text, space.attributes);
  if (result.valid) assert.ok(Number.isInteger(space.cost) && space.cost >= MIN_COST && space.cost <= MAX_COST, `cost ${space.cost}`);
}

function checkX400AddressParse(text: string): void {
  const parsed = parseX400Address(text);
  checkProblems(text, parsed.problems);
  if (parsed.address) checkAttributes(text, parsed.address.attributes);
  assert.equal(parsed.valid, parsed.address !== undefined && !parsed.problems.some((p) => p.severity === 'error'), 'X.400 address: valid means a parse and no error');
}

/** Whether UTF-8 (which IMCEA encodes through) keeps the text: lone surrogates do not survive it. */
function utf8Safe(text: string): boolean {
  return Buffer.from(text, 'utf8').toString('utf8') === text;
}

/** Decoding any text is safe; encoding the text as an address (type from before its colon) round-trips. */
function checkImceaOf(text: string): void {
  decodeImcea(text);
  recipientFromSmtpAddress(text);
  const colon = text.indexOf(':');
  const type = colon > 0 ? text.slice(0, colon) : 'X400';
  const address = text.slice(colon + 1);
  if (!utf8Safe(type) || !utf8Safe(address)) return;
  assert.deepEqual(decodeImcea(encodeImcea(type, address, DOMAIN)), { type, address, domain: DOMAIN }, 'IMCEA round trip');
}

function checkValid(space: ParsedAddressSpace): void {
  const display = formatAddressSpace(space);
  const again = parseAddressSpace(display);
  assert.ok(again.valid && again.addressSpace, `${JSON.stringify(display)} (the display form) parses valid: ${JSON.stringify(again.problems)}`);
  assert.equal(formatAddressSpace(again.addressSpace), display, 'the display form is stable');
  assert.equal(again.addressSpace.kind, space.kind, 'the display form keeps the kind');
  assert.equal(again.addressSpace.cost, space.cost, 'the display form keeps the cost');
  checkMatches(space);
}

function checkMatches(space: ParsedAddressSpace): void {
  for (const recipient of [...FIXED_RECIPIENTS, ...selfRecipients(space)]) {
    const match = matchAddressSpace(space, recipient);
    assert.equal(match.matched, match.specificity > 0, `matched ⇔ specificity > 0 for ${JSON.stringify(recipient)}`);
    assert.ok(Number.isFinite(match.specificity), 'a finite specificity');
  }
  for (const recipient of selfRecipients(space)) {
    assert.ok(matchAddressSpace(space, recipient).matched, `${formatAddressSpace(space)} covers ${JSON.stringify(recipient)}, built from itself`);
  }
}

const FIXED_RECIPIENTS: RecipientAddress[] = [
  { type: 'SMTP', address: 'pat@contoso.com' },
  { type: 'SMTP', address: '' },
  { type: 'X400', attributes: { c: 'US', a: 'Fabrikam', p: 'Contoso', o: 'Sales', s: 'Smith' } },
  { type: 'X400', address: '/c=US/a=Fabrikam/p=Contoso/s=Smith/' },
  { type: 'FAX', address: '+14255550100' },
];

/** Wildcards (`*` any run, `%` one character) filled with one ordinary character. */
const filled = (value: string) => value.replace(/[*%]/g, 'x');

/** Recipients the space must cover: made from its own parts, directly and IMCEA-encapsulated. */
function selfRecipients(space: ParsedAddressSpace): RecipientAddress[] {
  switch (space.kind) {
    case 'smtp':
      return space.isLocal ? [] : [{ type: 'SMTP', address: `pat@${space.baseDomain || 'example.com'}` }];
    case 'x400': {
      const attributes = Object.fromEntries(space.attributes.map((a) => [a.canonicalKey === 'dda' ? `dda:${a.ddaType ?? ''}` : a.canonicalKey, filled(a.value)]));
      const text = formatX400Attributes(space.attributes.map((a) => ({ ...a, value: filled(a.value) })));
      const encapsulated = parseX400Address(text).valid && utf8Safe(text) ? [recipientFromSmtpAddress(encodeImcea('X400', text, DOMAIN))] : [];
      return [{ type: 'X400', attributes }, ...encapsulated];
    }
    default: {
      // A trailing `*` is "any rest": fill it, since recipients are compared trimmed.
      const address = space.address.trim().replace(/\*$/, 'x');
      const encapsulated = utf8Safe(space.type) && utf8Safe(address) ? [recipientFromSmtpAddress(encodeImcea(space.type, address, DOMAIN))] : [];
      return [{ type: space.type, address }, ...encapsulated];
    }
  }
}

// ---- generators ---------------------------------------------------------------------------------

const SEEDS = [
  'contoso.com', '*.contoso.com;10', 'SMTP:*;1', '*', 'smtp:Sub.Contoso.COM;100', 'contoso.com.', '--', 'a-b.c_d.com;2',
  'X400:c=US;a=Fabrikam;P=Contoso;5', 'X400:o=MySite;p=MyOrg;a=adatum;c=us;1', 'x400: c = us ; a = fab ; p = con ; 1',
  'X400:c=US;a= ;p=Contoso;o=Sales;ou1=Europe;ou2=North;s=Smith;g=Pat;i=P;q=III;5',
  'X400:c=US;a=Fabrikam;p=Contoso;dda:RFC-822=pat(a)contoso.com;dda:SMTP=x;5', 'X400:c=*;a= ;p=Cont*;o=%ales;1',
  'X400:c=US;ADMD=Fabrikam;PRMD=Contoso;CN=Pat Smith;1', 'X400:c=DE;a=Telekom;p=Firma;s=Müller;1', 'X400:c=US;a=Fabrikam;p=Contoso;;5',
  '/c=US/a=Fabrikam/p=Contoso/s=Smith/', '/c=US/a=Fab$/rikam/p=Contoso/', 'c=US;a= ;p=Contoso;s=Smith',
  'FAX:+1 (425) 555-0100;3', 'FAX:+1425*;3', 'NOTES:Contoso/Sales;1;10', 'MY-TYPE:a;b;c;5', 'EX:/o=Contoso/ou=Exchange Administrative Group/cn=Recipients;1',
];

const TOKENS = [
  'X400:', 'SMTP:', 'FAX:', 'x400:', ':', 'c=', 'a=', 'a= ', 'p=', 'o=', 'ou1=', 'ou4=', 'ou5=', 's=', 'g=', 'i=', 'q=', 'cn=', 'ADMD=', 'PRMD=',
  'dda:', 'dda:RFC-822=', 'dda:TOOLONGTYPE=', '=', ';', ';;', '\\;', '$/', '/', '*', '%', '*.', '.', '..', ' ', '\t', '@', '-', '--', '_',
  ';1', ';100', ';101', ';0', ';-1', ';+5', ';1.5', ';1e2', ';01', ';.5', '1', 'US', 'XX', 'Contoso', 'ü', '\u00A0', '"', "'", '(', ')',
  'a'.repeat(64), 'x'.repeat(300), 'label.'.repeat(60),
];

function addressSpaceText(): fc.Arbitrary<string> {
  const pieces = pieceArbitrary(TOKENS);
  const mutated = fc.tuple(fc.constantFrom(...SEEDS), fc.array(editArbitrary(pieces, 6), { maxLength: 6 })).map(([seed, edits]) => applyEdits(seed, edits));
  const soup = fc.array(pieces, { maxLength: 16 }).map((parts) => parts.join(''));
  const joined = fc.tuple(fc.constantFrom(...SEEDS), fc.constantFrom(';', ',', ':', '', ' '), fc.constantFrom(...SEEDS)).map(([a, separator, b]) => a + separator + b);
  const x400 = fc.array(fc.tuple(fc.constantFrom('c', 'a', 'p', 'o', 'ou1', 'ou2', 's', 'g', 'i', 'q', 'cn', 'dda:SMTP', 'dda:', 'x', 'C', 'ADMD'), fc.oneof(fc.constantFrom('US', ' ', '*', 'Con%', 'Fab*', '', 'ü'), fc.string({ maxLength: 20 }))), { maxLength: 10 })
    .chain((attributes) => fc.tuple(fc.constant(attributes), fc.oneof(fc.constant(''), fc.integer({ min: -5, max: 120 }).map((cost) => `;${cost}`))))
    .map(([attributes, cost]) => `X400:${attributes.map(([key, value]) => `${key}=${value}`).join(';')}${cost}`);
  return fc.oneof(
    { weight: 6, arbitrary: mutated },
    { weight: 3, arbitrary: x400 },
    { weight: 2, arbitrary: soup },
    { weight: 1, arbitrary: joined },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  );
}

export function addressSpacesTarget(): FuzzTarget<string> {
  return {
    name: 'addressSpaces',
    casesPerRun: 1,
    async: false,
    arbitrary: addressSpaceText(),
    reducer: textReducer(1_000_000),
    open: async () => ({ check: checkAddressSpace, close: async () => {} }),
    save: (text) => saveText('addressSpaces', text),
    describe: (text) => JSON.stringify(text),
  };
}
