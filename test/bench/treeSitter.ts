// tree-sitter-powershell, the reference parser: its native binding from npm (a dev dependency). Its
// entry point is an ES module with top-level await, so it is loaded with import(), not require(); by
// its file name, because its package.json names the folder only, which Node warns about for ES modules.

export interface ReferenceParser {
  parse(text: string): unknown;
}

interface TreeSitterParser {
  setLanguage(language: unknown): void;
  parse(input: string | ((index: number) => string | null), oldTree?: unknown, options?: { bufferSize?: number }): unknown;
}

export async function loadTreeSitterPowerShell(): Promise<ReferenceParser> {
  const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ default: unknown }>;
  const ParserClass = (await importModule('tree-sitter')).default as new () => TreeSitterParser;
  const language = (await importModule('tree-sitter-powershell/bindings/node/index.js')).default;
  const parser = new ParserClass();
  parser.setLanguage(language);
  // The binding copies a string input in 32 KB chunks by default; one buffer the size of the text
  // hands it over in one piece, the fastest way it offers.
  return { parse: (text) => parser.parse(text, undefined, { bufferSize: text.length + 1 }) };
}
