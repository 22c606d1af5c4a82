// Rules about an X.400 O/R name as a whole, after each attribute was checked on its own:
// one instance per attribute, at most four DDAs, country and ADMD present, something below the
// ADMD, a surname beside given name/initials/generation, organizational units in order.
//
// Sources: Exchange X400AuthoritativeDomain reference ("one each per address"); Exchange 2003
// "X.400 Address Spaces" (a connector's X.400 address space needs c, a and at least one of p, o,
// ou); KB Q158363 (an O/R address needs ADMD, country and at least one of cn, o, ou, a personal
// name or PRMD); Exchange 5.5 "X.400 Recipient Addresses" (a personal name needs a surname).

import type { AddressSpaceProblem, TextRange, X400Attribute } from './addressSpace';
import { problem } from './addressSpaceProblems';
import { findX400Attribute, X400_MAX_DDA_COUNT } from './x400Attributes';
import type { X400Context } from './x400Value';

/** The identity of an attribute for the one-instance rule: DDAs are distinct per type. */
export function attributeIdentity(attribute: X400Attribute): string {
  return attribute.canonicalKey === 'dda' ? `dda:${(attribute.ddaType ?? '').toLowerCase()}` : attribute.canonicalKey;
}

export function checkX400Name(
  attributes: readonly X400Attribute[],
  addressRange: TextRange,
  context: X400Context,
): AddressSpaceProblem[] {
  return [
    ...duplicateProblems(attributes),
    ...ddaCountProblems(attributes),
    ...requiredProblems(attributes, addressRange, context),
    ...surnameProblems(attributes),
    ...ouGapProblems(attributes),
  ];
}

function duplicateProblems(attributes: readonly X400Attribute[]): AddressSpaceProblem[] {
  const seen = new Set<string>();
  const problems: AddressSpaceProblem[] = [];
  for (const attribute of attributes) {
    const identity = attributeIdentity(attribute);
    if (seen.has(identity)) {
      const label = findX400Attribute(attribute.canonicalKey)?.label ?? attribute.key;
      const message = `The X.400 ${label} is given more than once; Exchange allows one per address. Remove the repeated '${attribute.key}='.`;
      problems.push(problem('x400-duplicate-attribute', message, attribute.keyRange));
    }
    seen.add(identity);
  }
  return problems;
}

function ddaCountProblems(attributes: readonly X400Attribute[]): AddressSpaceProblem[] {
  const ddas = attributes.filter((a) => a.canonicalKey === 'dda');
  return ddas.slice(X400_MAX_DDA_COUNT).map((extra) =>
    problem(
      'x400-too-many-dda',
      `An X.400 address may carry at most ${X400_MAX_DDA_COUNT} domain-defined attributes; remove this one.`,
      extra.keyRange,
    ),
  );
}

function requiredProblems(
  attributes: readonly X400Attribute[],
  addressRange: TextRange,
  context: X400Context,
): AddressSpaceProblem[] {
  const has = (key: string) => attributes.some((a) => a.canonicalKey === key);
  const problems: AddressSpaceProblem[] = [];
  if (!has('c')) {
    problems.push(problem('x400-missing-country', 'The X.400 address has no country; add c=<two-letter code>, for example c=US.', addressRange));
  }
  if (!has('a')) {
    const message = "The X.400 address has no ADMD; add a=<carrier>, or 'a= ' (a single space) to accept any ADMD.";
    problems.push(problem('x400-missing-admd', message, addressRange));
  }
  if (!hasSomethingBelowAdmd(attributes, context)) problems.push(missingDomainProblem(addressRange, context));
  return problems;
}

function hasSomethingBelowAdmd(attributes: readonly X400Attribute[], context: X400Context): boolean {
  const domainKeys = ['p', 'o', 'ou1', 'ou2', 'ou3', 'ou4'];
  const recipientKeys = [...domainKeys, 'cn', 's', 'g', 'i', 'q', 'x.121'];
  const keys = context === 'addressSpace' ? domainKeys : recipientKeys;
  return attributes.some((a) => keys.includes(a.canonicalKey));
}

function missingDomainProblem(addressRange: TextRange, context: X400Context): AddressSpaceProblem {
  const message =
    context === 'addressSpace'
      ? 'The X.400 address space names only a country and ADMD; Exchange expects at least one of p, o or ou1 as well (for example p=Contoso).'
      : 'The X.400 address names only a country and ADMD; add the PRMD, organization or the recipient\'s name (p=, o=, s=).';
  return problem('x400-missing-domain', message, addressRange);
}

function surnameProblems(attributes: readonly X400Attribute[]): AddressSpaceProblem[] {
  if (attributes.some((a) => a.canonicalKey === 's')) return [];
  const partOfName = attributes.find((a) => ['g', 'i', 'q'].includes(a.canonicalKey));
  if (!partOfName) return [];
  const message = `An X.400 personal name needs a surname: '${partOfName.key}=' is given without s=. Add the surname (s=Smith).`;
  return [problem('x400-surname-required', message, partOfName.keyRange)];
}

function ouGapProblems(attributes: readonly X400Attribute[]): AddressSpaceProblem[] {
  const present = new Set(attributes.map((a) => a.canonicalKey));
  const problems: AddressSpaceProblem[] = [];
  for (const attribute of attributes) {
    const level = /^ou([2-4])$/.exec(attribute.canonicalKey);
    if (!level) continue;
    const previous = `ou${Number(level[1]) - 1}`;
    if (present.has(previous)) continue;
    const message = `'${attribute.key}' is given without ${previous}; organizational units are filled in order from ou1. Rename it or add ${previous}.`;
    problems.push(problem('x400-ou-gap', message, attribute.keyRange));
  }
  return problems;
}
