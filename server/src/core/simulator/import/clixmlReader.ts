// PowerShell's CLIXML (what `Export-Clixml` writes), read with fast-xml-parser: the top-level
// <Obj> elements of <Objs>, their type names (<TN>, or <TNRef> to an earlier list) and their
// properties (<Props> and <MS>): primitives by element (<S>, <B>, <I32>, <DT>, <Nil>...), lists
// (<LST>, <IE>, <DCT> values), other objects by their <ToString>, and <Ref> to an object seen before.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MAX_EXPORT_DEPTH, xmlDepth } from './exportLimits';
import { ImportError, type ImportedObject, type ImportedValue } from './importedObject';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const NUMBER_ELEMENTS = new Set(['I16', 'I32', 'I64', 'U16', 'U32', 'U64', 'By', 'SB', 'Db', 'Sg', 'D']);
const TEXT_ELEMENTS = new Set(['S', 'G', 'DT', 'TS', 'URI', 'Version', 'C', 'XD', 'SBK', 'SS', 'PR', 'BA']);
const LIST_ELEMENTS = new Set(['LST', 'IE', 'STK', 'QUE']);

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function tagOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function textOf(node: XmlNode): string {
  return childrenOf(node).map((child) => (typeof child['#text'] === 'string' || typeof child['#text'] === 'number' ? String(child['#text']) : '')).join('');
}

function attribute(node: XmlNode, name: string): string | undefined {
  return node[':@']?.[name];
}

export function readClixml(text: string, file: string): ImportedObject[] {
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) {
    throw new ImportError(file, `line ${lineOf(text, doctype.index)}`, 'the file declares a DTD (<!DOCTYPE ...>), which Export-Clixml never writes; the import reads no DTD and expands no entity. Export the objects again with Export-Clixml.');
  }
  if (xmlDepth(text) > MAX_EXPORT_DEPTH) throw new ImportError(file, '', `its elements nest more than ${MAX_EXPORT_DEPTH} levels deep, far beyond what Export-Clixml writes for Exchange objects; export them again with Export-Clixml.`);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new ImportError(file, `line ${valid.err.line}, column ${valid.err.col}`, `the file is not well-formed XML (${valid.err.msg}). Export it again with Export-Clixml.`);
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: false });
  const document = parser.parse(text) as XmlNode[];
  const root = document.find((node) => tagOf(node) === 'Objs');
  if (!root) throw new ImportError(file, '', 'there is no <Objs> element; this is not a file Export-Clixml wrote.');
  const reader = new ClixmlReader(file);
  return childrenOf(root).filter((node) => tagOf(node) === 'Obj').map((node, index) => reader.topLevel(node, index + 1));
}

class ClixmlReader {
  private readonly typeLists = new Map<string, string[]>();
  private readonly objects = new Map<string, ImportedValue>();

  constructor(private readonly file: string) {}

  topLevel(node: XmlNode, position: number): ImportedObject {
    const where = `object ${position}${attribute(node, 'RefId') !== undefined ? ` (RefId ${attribute(node, 'RefId')})` : ''}`;
    const properties = new Map<string, ImportedValue>();
    for (const child of childrenOf(node)) {
      if (tagOf(child) !== 'Props' && tagOf(child) !== 'MS') continue;
      for (const property of childrenOf(child)) {
        const name = attribute(property, 'N');
        if (name !== undefined) properties.set(name, this.value(property, `${where}, property ${name}`));
      }
    }
    return { typeNames: this.typeNames(node), properties, where };
  }

  private typeNames(node: XmlNode): string[] {
    for (const child of childrenOf(node)) {
      if (tagOf(child) === 'TN') {
        const names = childrenOf(child).filter((item) => tagOf(item) === 'T').map((item) => textOf(item).replace(/^Deserialized\./, ''));
        const id = attribute(child, 'RefId');
        if (id !== undefined) this.typeLists.set(id, names);
        return names;
      }
      if (tagOf(child) === 'TNRef') return this.typeLists.get(attribute(child, 'RefId') ?? '') ?? [];
    }
    return [];
  }

  private value(node: XmlNode, where: string): ImportedValue {
    const tag = tagOf(node);
    if (tag === 'Nil') return null;
    if (tag === 'B') return textOf(node).trim().toLowerCase() === 'true';
    if (NUMBER_ELEMENTS.has(tag)) {
      const number = Number(textOf(node));
      if (!Number.isFinite(number)) throw new ImportError(this.file, where, `<${tag}> holds "${textOf(node)}", which is not a number.`);
      return number;
    }
    if (TEXT_ELEMENTS.has(tag)) return textOf(node);
    if (tag === 'Ref') return this.objects.get(attribute(node, 'RefId') ?? '') ?? null;
    if (tag === 'Obj') return this.object(node, where);
    throw new ImportError(this.file, where, `<${tag}> is not an element Export-Clixml writes for a value.`);
  }

  /** A nested object: its list items when it is a collection, else its text. */
  private object(node: XmlNode, where: string): ImportedValue {
    this.typeNames(node);
    const children = childrenOf(node);
    const list = children.find((child) => LIST_ELEMENTS.has(tagOf(child)));
    const dictionary = children.find((child) => tagOf(child) === 'DCT');
    let value: ImportedValue;
    if (list) value = childrenOf(list).map((item) => this.value(item, where));
    else if (dictionary) value = childrenOf(dictionary).map((entry) => textOf(childrenOf(entry).find((part) => attribute(part, 'N') === 'Value') ?? {}));
    else {
      const text = children.find((child) => tagOf(child) === 'ToString');
      const primitive = children.find((child) => TEXT_ELEMENTS.has(tagOf(child)) || NUMBER_ELEMENTS.has(tagOf(child)) || tagOf(child) === 'B');
      value = text ? textOf(text) : primitive ? this.value(primitive, where) : null;
    }
    const id = attribute(node, 'RefId');
    if (id !== undefined) this.objects.set(id, value);
    return value;
  }
}
