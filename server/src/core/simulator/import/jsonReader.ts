// What `ConvertTo-Json` writes of Exchange objects: one object or an array of them, lists as
// arrays, enums as numbers or text, and objects PowerShell expanded (a size, an address space, a
// server's identity) read back as the text Exchange shows for them.

import { jsonDepth, MAX_EXPORT_DEPTH } from './exportLimits';
import { ImportError, type ImportedObject, type ImportedValue } from './importedObject';

export function readJsonExport(text: string, file: string, typeName: string | undefined): ImportedObject[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(file, '', `the file is not valid JSON (${error instanceof Error ? error.message : String(error)}). Export it again with ConvertTo-Json.`);
  }
  if (jsonDepth(parsed) > MAX_EXPORT_DEPTH) throw new ImportError(file, '', `its values nest more than ${MAX_EXPORT_DEPTH} levels deep, far beyond what ConvertTo-Json writes for Exchange objects; export them again with ConvertTo-Json -Depth 4.`);
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return items.map((item, index) => {
    const where = `[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new ImportError(file, where, 'each exported object must be a JSON object of property names to values.');
    const properties = new Map<string, ImportedValue>();
    for (const [name, value] of Object.entries(item as Record<string, unknown>)) properties.set(name, jsonValue(value, file, `${where}.${name}`));
    return { typeNames: typeName ? [typeName] : [], properties, where };
  });
}

function jsonValue(value: unknown, file: string, where: string): ImportedValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item, index) => jsonValue(item, file, `${where}[${index}]`));
  const record = value as Record<string, unknown>;
  if (typeof record.IsUnlimited === 'boolean') return record.IsUnlimited ? 'Unlimited' : jsonValue(record.Value, file, `${where}.Value`);
  // An address space as ConvertTo-Json expands it: its type, address and cost.
  if (typeof record.Type === 'string' && typeof record.Address === 'string') return `${record.Type}:${record.Address};${typeof record.Cost === 'number' ? record.Cost : 1}`;
  for (const key of ['ToBytes', 'Name', 'value', 'Value']) {
    if (typeof record[key] === 'string' || typeof record[key] === 'number') return record[key] as string | number;
  }
  throw new ImportError(file, where, 'this object has no form the simulator can read (a text, a number, a list, a size or an address space). Export with a -Depth that keeps it, or give its text.');
}
