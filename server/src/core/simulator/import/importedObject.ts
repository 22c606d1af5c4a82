// What an export file holds, once read: objects with their type names (CLIXML's TN list, or the
// type given on the command line for JSON) and their properties as plain values. A list is a
// multi-valued property; a value Exchange writes as an object (a size, an address space, a server)
// arrives as its text. Where each came from is kept for error messages.

export type ImportedValue = string | number | boolean | null | ImportedValue[];

export interface ImportedObject {
  /** The .NET type names, most derived first, without the `Deserialized.` prefix. */
  typeNames: string[];
  properties: Map<string, ImportedValue>;
  /** `object 2 (RefId 5)` or `[1]`, for messages. */
  where: string;
}

/** A file that cannot be imported: the file, the place in it, and what to do. */
export class ImportError extends Error {
  constructor(readonly file: string, readonly place: string, problem: string) {
    super(`${file}${place ? `, ${place}` : ''}: ${problem}`);
    this.name = 'ImportError';
  }
}
