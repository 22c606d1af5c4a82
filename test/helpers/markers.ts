// Test sources with marked positions: `⟦` and `⟧` enclose an expected range, `‸` marks a cursor.
// The markers are removed from the text; offsets refer to the text without them.

import type { Range } from '../../server/src/core/syntax/ast';

export interface Marked {
  text: string;
  spans: Range[];
  cursor: number | undefined;
}

export function marked(source: string): Marked {
  let text = '';
  const spans: Range[] = [];
  const open: number[] = [];
  let cursor: number | undefined;
  for (const ch of source) {
    if (ch === '⟦') open.push(text.length);
    else if (ch === '⟧') spans.push({ start: open.pop() ?? 0, end: text.length });
    else if (ch === '‸') cursor = text.length;
    else text += ch;
  }
  if (open.length > 0) throw new Error(`Unclosed ⟦ in test source: ${source}`);
  spans.sort((a, b) => a.start - b.start);
  return { text, spans, cursor };
}
