// What the import reads of a file a user got from elsewhere, and no more. An export of a whole
// organization's connectors is a few megabytes and a dozen levels deep; the limits are far above
// that, and keep a hostile file from exhausting memory or the stack. XML declaring a DTD is refused
// outright (Export-Clixml never writes one), so no entity is defined, expanded or fetched.

/** The largest export file read, in bytes. */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

/** The deepest nesting of XML elements or JSON values read. */
export const MAX_EXPORT_DEPTH = 100;

/** How deeply the XML elements nest, counted without parsing (comments, CDATA and declarations skipped). */
export function xmlDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  const tags = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)[^>]*?(\/?)>/g;
  for (let match = tags.exec(text); match; match = tags.exec(text)) {
    if (match[1] === undefined) continue; // comment, CDATA, declaration or processing instruction
    if (match[1] === '/') depth--;
    else if (match[2] !== '/') deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

/** How deeply a parsed JSON value nests, walked without recursion. */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  while (pending.length > 0) {
    const next = pending.pop();
    if (!next || typeof next.value !== 'object' || next.value === null) continue;
    deepest = Math.max(deepest, next.depth);
    if (deepest > MAX_EXPORT_DEPTH) return deepest;
    for (const child of Object.values(next.value as Record<string, unknown>)) pending.push({ value: child, depth: next.depth + 1 });
  }
  return deepest;
}
