// Splits an X.400 O/R name into its `key=value` fields, keeping each field's offset.
//
// Two written forms exist: the semicolon form that Exchange uses everywhere
// (`c=US;a=Fabrikam;p=Contoso`, RFC 1685 recommends `;`), and the slash form with a leading slash
// (`/c=US/a=Fabrikam/p=Contoso/`) that older gateways printed, where a literal slash in a value is
// written `$/` (KB Q108732, MS Mail gateway to X.400). Address spaces use the semicolon form only.

export interface X400Field {
  /** The raw field text (escapes still in place). */
  raw: string;
  /** Offset of the field's first character in the parsed text. */
  start: number;
  /** For slash-form fields, the text with `$/` turned back into `/`; else the raw text. */
  text: string;
}

export function splitSemicolonFields(text: string, offset: number): X400Field[] {
  const fields: X400Field[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === ';') {
      const raw = text.slice(start, i);
      fields.push({ raw, start: offset + start, text: raw });
      start = i + 1;
    }
  }
  return fields;
}

/** Splits `/c=US/a=X/...` (the leading slash already checked by the caller). */
export function splitSlashFields(text: string, offset: number): X400Field[] {
  const fields: X400Field[] = [];
  let start = 1;
  for (let i = 1; i <= text.length; i++) {
    const escaped = text[i] === '/' && text[i - 1] === '$';
    if (i === text.length || (text[i] === '/' && !escaped)) {
      const raw = text.slice(start, i);
      fields.push({ raw, start: offset + start, text: raw.replaceAll('$/', '/') });
      start = i + 1;
    }
  }
  return fields;
}

/** Fields with only spaces or nothing, except a single trailing one (`c=US;a=X;` is common). */
export function isIgnorableTrailingField(fields: readonly X400Field[], index: number): boolean {
  return index === fields.length - 1 && index > 0 && fields[index].raw === '';
}
