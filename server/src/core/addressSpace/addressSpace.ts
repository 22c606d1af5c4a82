// The shapes shared by the address-space parser, formatter, matcher and IMCEA helpers.
//
// An address space is the text an administrator gives to `-AddressSpaces`:
// `[Type:]Address[;Cost]`. Every range here is a UTF-16 offset pair into the text that was parsed
// (not into the document), `end` exclusive, so the analysis layer can add the string's own start
// offset and point a diagnostic at one attribute or one character.

/** A range inside the parsed text, `end` exclusive. Structurally the same as the syntax tree's Range. */
export interface TextRange {
  start: number;
  end: number;
}

export type ProblemSeverity = 'error' | 'warning';

/** One thing wrong with an address space (or an O/R address), pointing at the offending part only. */
export interface AddressSpaceProblem {
  /** Stable kebab-case id, e.g. `x400-attribute-too-long`; the list is in addressSpaceProblems.ts. */
  code: string;
  /** What is wrong and how to fix it. */
  message: string;
  start: number;
  end: number;
  severity: ProblemSeverity;
}

/** One `key=value` attribute of an X.400 address space or O/R address. */
export interface X400Attribute {
  /** The key as written, without surrounding spaces (`P`, `ou1`, `dda:SMTP`). */
  key: string;
  /** The key of the attribute table (`p`, `ou1`, `dda`), lower case. */
  canonicalKey: string;
  /** The value exactly as written (spaces kept: `a= ` means "any ADMD"). */
  value: string;
  /** For a domain-defined attribute, its type (`dda:SMTP=...` gives `SMTP`). */
  ddaType?: string;
  keyRange: TextRange;
  valueRange: TextRange;
}

interface ParsedAddressSpaceBase {
  /** The text that was parsed. */
  text: string;
  /** The type as written, when it was written (`x400`, `FAX`); absent when omitted (SMTP). */
  typeWritten?: string;
  typeRange?: TextRange;
  /** The address part, without type and cost. */
  address: string;
  addressRange: TextRange;
  /** 1–100, lower is preferred; 1 when not written. */
  cost: number;
  costRange?: TextRange;
}

export interface SmtpAddressSpace extends ParsedAddressSpaceBase {
  kind: 'smtp';
  type: 'SMTP';
  /** The domain as written, e.g. `*.contoso.com`. */
  domain: string;
  /** True for `*` and `*.suffix`. */
  hasWildcard: boolean;
  /** The domain without a leading `*.` (empty for `*`), lower case, for matching. */
  baseDomain: string;
  /** The special `--` address space (Edge Transport: "all accepted domains"). */
  isLocal: boolean;
}

export interface X400AddressSpace extends ParsedAddressSpaceBase {
  kind: 'x400';
  type: 'X400';
  /** The attributes in written order. */
  attributes: X400Attribute[];
}

export interface CustomAddressSpace extends ParsedAddressSpaceBase {
  kind: 'custom';
  /** The custom type as written (`FAX`, `Notes`). */
  type: string;
}

export type ParsedAddressSpace = SmtpAddressSpace | X400AddressSpace | CustomAddressSpace;

export interface AddressSpaceParseResult {
  /**
   * The best-effort parse, for editor features (ranges, hover, completion). It is present even when
   * `problems` holds errors, as long as the text has a recognisable shape; check `valid` before
   * routing with it, as Exchange would refuse the whole value.
   */
  addressSpace: ParsedAddressSpace | undefined;
  problems: AddressSpaceProblem[];
  /** True when there is an address space and no problem of severity `error`. */
  valid: boolean;
}

/** X.400 attribute values keyed by canonical key (`c`, `a`, `p`, `ou1`, `dda:smtp`...). */
export type X400AttributeValues = Readonly<Record<string, string>>;

/** A parsed X.400 O/R address (a recipient, not an address space). */
export interface X400Address {
  attributes: X400Attribute[];
  /** Canonical key → value; domain-defined attributes appear as `dda:<type in lower case>`. */
  values: X400AttributeValues;
}

export interface SmtpRecipient {
  type: 'SMTP';
  /** `user@sub.contoso.com`, or a bare domain. */
  address: string;
}

export interface X400Recipient {
  type: 'X400';
  /** Values keyed by attribute key, any case (`P` and `p` both work), e.g. `{ c: 'US', s: 'Smith' }`. */
  attributes: X400AttributeValues;
}

export interface CustomRecipient {
  /** The address type, e.g. `FAX` (compared case-insensitively). */
  type: string;
  address: string;
}

/** The address of one recipient, of the type the route is looked up for. */
export type RecipientAddress = SmtpRecipient | X400Recipient | CustomRecipient;

export interface AddressSpaceMatch {
  matched: boolean;
  /**
   * How closely the space fits the recipient; higher is more specific, 0 when not matched.
   * Comparable between address spaces of the same type, which is all routing compares.
   */
  specificity: number;
}
