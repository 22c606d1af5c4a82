// The project's import graph, read with the TypeScript parser: for every source file, the files and
// packages it imports and whether each import is needed at run time (a type-only import is erased
// by the compiler and esbuild, so it can never take part in a load-order cycle).

import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** The file that imports, relative to the repository root with forward slashes. */
  from: string;
  /** The imported file (relative, as `from`) or the package name for a bare specifier. */
  to: string;
  /** The specifier as written. */
  specifier: string;
  /** False when the compiler erases the import (`import type`, or every named import marked `type`). */
  runtime: boolean;
  /** True when `to` is a package, not a file of the project. */
  external: boolean;
}

export const REPOSITORY = path.resolve(__dirname, '../..');

/** Every `.ts` file below `folder` (relative to the repository), in path order. */
export function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(REPOSITORY, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) found.push(relative);
    }
  };
  walk(folder);
  return found.sort();
}

/** The imports of one file, given its text (so tests can check made-up files too). */
export function importsOf(file: string, text: string, exists: (relative: string) => boolean = fileExists): ImportEdge[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const edges: ImportEdge[] = [];
  for (const statement of source.statements) {
    const edge = edgeOf(statement);
    if (!edge) continue;
    const external = !edge.specifier.startsWith('.');
    edges.push({ from: file, to: external ? packageName(edge.specifier) : resolve(file, edge.specifier, exists), specifier: edge.specifier, runtime: edge.runtime, external });
  }
  return edges;
}

function edgeOf(statement: ts.Statement): { specifier: string; runtime: boolean } | undefined {
  if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
    const clause = statement.importClause;
    const typeOnly = clause !== undefined && (clause.isTypeOnly || (clause.name === undefined && clause.namedBindings !== undefined
      && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly)));
    return { specifier: statement.moduleSpecifier.text, runtime: !typeOnly };
  }
  if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
    const clause = statement.exportClause;
    const typeOnly = statement.isTypeOnly || (clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly));
    return { specifier: statement.moduleSpecifier.text, runtime: !typeOnly };
  }
  if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference) && ts.isStringLiteral(statement.moduleReference.expression)) {
    return { specifier: statement.moduleReference.expression.text, runtime: !statement.isTypeOnly };
  }
  return undefined;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function fileExists(relative: string): boolean {
  return fs.existsSync(path.join(REPOSITORY, relative));
}

/** `./x` from `a/b.ts` is `a/x.ts` or `a/x/index.ts`. */
function resolve(file: string, specifier: string, exists: (relative: string) => boolean): string {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) if (candidate.endsWith('.ts') && exists(candidate)) return candidate;
  return base.endsWith('.ts') ? base : `${base}.ts`;
}

/** Every import of every project source file below the folders. */
export function projectImports(folders: readonly string[]): ImportEdge[] {
  return folders.flatMap((folder) => sourceFiles(folder).flatMap((file) => importsOf(file, fs.readFileSync(path.join(REPOSITORY, file), 'utf8'))));
}

/** Cycles among run-time imports, each as the list of files around it (shortest found per start file). */
export function runtimeCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    if (!edge.runtime || edge.external) continue;
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  }
  const cycles = new Map<string, string[]>();
  for (const start of next.keys()) {
    const cycle = shortestCycleThrough(start, next);
    if (!cycle) continue;
    // One report per cycle, whichever file it was found from.
    const key = [...cycle].sort().join(' ');
    if (!cycles.has(key)) cycles.set(key, cycle);
  }
  return [...cycles.values()];
}

function shortestCycleThrough(start: string, next: ReadonlyMap<string, string[]>): string[] | undefined {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let index = 0; index < queue.length; index++) {
    const file = queue[index];
    for (const target of next.get(file) ?? []) {
      if (target === start) {
        const cycle = [file];
        for (let step = file; step !== start; ) cycle.unshift((step = cameFrom.get(step) ?? start));
        return cycle;
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, file);
        queue.push(target);
      }
    }
  }
  return undefined;
}
