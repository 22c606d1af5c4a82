// A message file split into its header fields and its body, byte for byte, so the transport can
// measure the header, remove and add fields as Exchange does, and write the rest back unchanged.
// The text is handled as latin1 (one character per byte), which round-trips any bytes exactly.
// Only the field boundaries are found here; what a field means is postal-mime's job (mimeHeaders.ts).

export interface HeaderField {
  /** The name as written. */
  name: string;
  lowerName: string;
  /** The whole field: name, colon, value and folded continuation lines, with their line endings. */
  text: string;
  /** 1-based line where the field starts. */
  line: number;
}

export interface MessageText {
  newline: '\r\n' | '\n';
  fields: HeaderField[];
  /** Bytes of the header block, up to the blank line that ends it. */
  headerBytes: number;
  /** Everything after the blank line, as latin1 text. */
  body: string;
  /** A problem with the header block itself (no blank line, a line that is not a field). */
  problem?: string;
}

const FIELD_START = /^([!-9;-~]+):/;

export function readMessageText(raw: Uint8Array): MessageText {
  const text = Buffer.from(raw).toString('latin1');
  const newline = /\r\n/.test(text.slice(0, text.search(/\n/) + 1)) ? '\r\n' : '\n';
  const fields: HeaderField[] = [];
  let offset = 0;
  let lineNumber = 1;
  while (offset < text.length) {
    const end = lineEnd(text, offset);
    const line = text.slice(offset, end);
    const content = line.replace(/\r?\n$/, '');
    if (content === '') {
      return { newline, fields, headerBytes: offset, body: text.slice(end) };
    }
    if (/^[ \t]/.test(content)) {
      const previous = fields.at(-1);
      if (!previous) return malformed(newline, fields, text, `Line 1 starts with a space, so it continues no header field.`);
      previous.text += line;
    } else {
      const match = FIELD_START.exec(content);
      if (!match) {
        return malformed(newline, fields, text,
          `Line ${lineNumber} ("${content.slice(0, 40)}") is not a header field, and no blank line separates the header from the body before it.`);
      }
      fields.push({ name: match[1], lowerName: match[1].toLowerCase(), text: line, line: lineNumber });
    }
    offset = end;
    lineNumber++;
  }
  return malformed(newline, fields, text, 'The file has no blank line after its header fields, so it has no body separator.');
}

function malformed(newline: MessageText['newline'], fields: HeaderField[], text: string, problem: string): MessageText {
  return { newline, fields, headerBytes: text.length, body: '', problem };
}

function lineEnd(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  return next < 0 ? text.length : next + 1;
}

/** The value of a field without its name, unfolded and trimmed. */
export function fieldValue(field: HeaderField): string {
  return field.text.slice(field.name.length + 1).replace(/\r?\n[ \t]/g, ' ').trim();
}

/** A new field in the message's line-ending style. */
export function newField(name: string, value: string, newline: string): HeaderField {
  return { name, lowerName: name.toLowerCase(), text: `${name}: ${value}${newline}`, line: 0 };
}

/** The message as text again: fields, the blank line, the body. */
export function renderMessage(fields: readonly HeaderField[], newline: string, body: string): string {
  return fields.map((field) => (/\n$/.test(field.text) ? field.text : field.text + newline)).join('') + newline + body;
}
