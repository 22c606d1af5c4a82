// The address of an SMTP address space: a domain per RFC 1035 with an optional leading wildcard
// label. Exchange permits `*`, `*.com` and `*.contoso.com` but not `*contoso.com`
// (New-ForeignConnector reference); `*.contoso.com` covers contoso.com and every subdomain, and
// `contoso.com` that domain only (Exchange 2007 "Send Connectors", address space table).
// Labels: 1–63 letters, digits or hyphens, not starting or ending with a hyphen; 255 in all.

import type { AddressSpaceProblem, TextRange } from './addressSpace';
import { characterAt, describeChar, problem, quote } from './addressSpaceProblems';

export const MAX_DOMAIN_LENGTH = 255;
export const MAX_LABEL_LENGTH = 63;
/** Edge Transport's "all accepted domains" address space (New-SendConnector reference). */
export const LOCAL_ADDRESS_SPACE = '--';

export interface SmtpDomainDetails {
  domain: string;
  hasWildcard: boolean;
  baseDomain: string;
  isLocal: boolean;
}

export interface ParsedSmtpDomain {
  details: SmtpDomainDetails;
  problems: AddressSpaceProblem[];
}

interface Label {
  text: string;
  start: number;
  index: number;
  isLast: boolean;
}

export function parseSmtpDomain(address: string, range: TextRange): ParsedSmtpDomain {
  const details = describeDomain(address);
  if (details.isLocal) return { details, problems: [localWarning(range)] };
  const at = address.lastIndexOf('@');
  if (at >= 0) {
    const domain = address.slice(at + 1);
    const rest = parseSmtpDomain(domain, { start: range.start + at + 1, end: range.end });
    return { details: rest.details, problems: [mailboxProblem(address, at, range), ...rest.problems] };
  }
  return { details, problems: domainProblems(address, range) };
}

function describeDomain(domain: string): SmtpDomainDetails {
  const isLocal = domain === LOCAL_ADDRESS_SPACE;
  const hasWildcard = domain === '*' || domain.startsWith('*.');
  const base = domain === '*' ? '' : hasWildcard ? domain.slice(2) : domain;
  return { domain, hasWildcard, baseDomain: base.toLowerCase(), isLocal };
}

function domainProblems(domain: string, range: TextRange): AddressSpaceProblem[] {
  const problems: AddressSpaceProblem[] = [];
  if (domain.length > MAX_DOMAIN_LENGTH) {
    const message = `The domain is ${domain.length} characters long; a domain name may have at most ${MAX_DOMAIN_LENGTH}. Shorten it.`;
    problems.push(problem('smtp-domain-too-long', message, range));
  }
  for (const label of labelsOf(domain, range.start)) problems.push(...labelProblems(label, domain));
  return problems;
}

function labelsOf(domain: string, offset: number): Label[] {
  const parts = domain.split('.');
  let start = offset;
  return parts.map((text, index) => {
    const label = { text, start, index, isLast: index === parts.length - 1 };
    start += text.length + 1;
    return label;
  });
}

function labelProblems(label: Label, domain: string): AddressSpaceProblem[] {
  const range = { start: label.start, end: label.start + label.text.length };
  if (label.text === '*' && label.index === 0) return [];
  if (label.text.includes('*')) return [wildcardProblem(label, range, domain)];
  if (label.text === '') return [emptyLabelProblem(label)];
  const bad = /[^A-Za-z0-9-]/.exec(label.text);
  if (bad) return [invalidCharProblem(characterAt(label.text, bad.index), label.start + bad.index)];
  if (label.text.length > MAX_LABEL_LENGTH) {
    const message = `The domain label ${quote(label.text)} is ${label.text.length} characters long; each label between dots may have at most ${MAX_LABEL_LENGTH}. Shorten it.`;
    return [problem('smtp-label-too-long', message, range)];
  }
  if (label.text.startsWith('-') || label.text.endsWith('-')) {
    const message = `The domain label ${quote(label.text)} starts or ends with a hyphen, which domain names do not allow. Remove the hyphen.`;
    return [problem('smtp-label-hyphen', message, range)];
  }
  return [];
}

function wildcardProblem(label: Label, range: TextRange, domain: string): AddressSpaceProblem {
  const glued = label.index === 0 && /^\*+[^*.]/.test(label.text) && !label.text.slice(1).includes('*');
  const message = glued
    ? `'*' must be a label of its own: write *.${domain.replace(/^\*+/, '')} to include subdomains, or ${domain.replace(/^\*+/, '')} for that domain only.`
    : "'*' may appear only as the whole first label, as in * or *.contoso.com; a wildcard elsewhere in the domain is not allowed.";
  return problem('smtp-wildcard-misplaced', message, range);
}

function emptyLabelProblem(label: Label): AddressSpaceProblem {
  // The empty label itself has no width: point at the dot after it, or before it at the end.
  const dot = label.isLast ? label.start - 1 : label.start;
  const message = label.isLast
    ? 'The domain ends with a dot; remove the trailing dot.'
    : 'The domain has an empty label (a leading dot or two dots in a row); remove the extra dot.';
  return problem('smtp-empty-label', message, { start: dot, end: dot + 1 });
}

function invalidCharProblem(ch: string, at: number): AddressSpaceProblem {
  const hint =
    (ch.codePointAt(0) ?? 0) > 0x7e
      ? ' Write an internationalized domain in its ASCII (xn--) form.'
      : ' Remove or replace it.';
  const message = `The domain contains ${describeChar(ch)}; domain names may hold only letters, digits and hyphens, with dots between labels.${hint}`;
  return problem('smtp-invalid-character', message, { start: at, end: at + ch.length });
}

function mailboxProblem(address: string, at: number, range: TextRange): AddressSpaceProblem {
  const message = `An address space names a domain, not a mailbox: remove ${quote(address.slice(0, at + 1))} and keep ${quote(address.slice(at + 1))}.`;
  return problem('smtp-contains-mailbox', message, { start: range.start, end: range.start + at + 1 });
}

function localWarning(range: TextRange): AddressSpaceProblem {
  const message = "'--' stands for all accepted domains and is meant for Send connectors on Edge Transport servers; other connectors never route to it.";
  return problem('smtp-local-address-space', message, range);
}
