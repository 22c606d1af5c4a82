// Where the Windows paths of an Exchange server land in the workspace, and back.
//
// The workspace folder stands for the server's file system: `C:\` is the workspace root unless
// exconn.json maps it elsewhere, other drives and UNC shares (`\\fileserver\drops`) are available
// once exconn.json maps them to a workspace folder, and relative paths start at the workspace root.
// Names are matched to existing folders without regard to case, as Windows does. A path that would
// land outside the workspace is refused with the reason and the fix, never silently redirected.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { PathRefusedError } from '../errors';
import { namesLike } from './folderListings';
import { checkInsideWorkspace, isWithin } from './pathGuard';
import { SIMULATOR_FOLDER } from './simulatorLayout';
import { parseWindowsPath, windowsRootKey, type WindowsPath } from './windowsPath';

/** One drive or share and the workspace folder it stands for. */
export interface PathMapping {
  /** `C:` or `\\server\share`, as exconn.json writes it. */
  windowsRoot: string;
  /** Workspace-relative folder with forward slashes; '' is the workspace root. */
  folder: string;
}

export interface WorkspacePaths {
  /** The workspace root, absolute. */
  readonly root: string;
  /** Every mapping in force, the default `C:` one included. */
  readonly mappings: readonly PathMapping[];
}

export type PathResolution =
  | {
      ok: true;
      /** Absolute path in the workspace. */
      path: string;
      /** The canonical Windows form, e.g. `C:\Drop Directory`. */
      windowsPath: string;
      /** Workspace-relative, forward slashes; '' for the root. */
      relative: string;
    }
  | { ok: false; problem: string; fix: string };

export interface ResolveOptions {
  /** Allow paths inside `.exconn/` (the simulator's own files); scripts may never point there. */
  allowSimulatorFolder?: boolean;
}

/** The path context of a workspace: its root plus exconn.json's mappings, with `C:` → root by default. */
export function workspacePaths(root: string, mappings: readonly PathMapping[] = []): WorkspacePaths {
  const canonical = mappings.map((mapping) => ({ windowsRoot: canonicalWindowsRoot(mapping.windowsRoot), folder: mapping.folder.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '') }));
  const hasDriveC = canonical.some((mapping) => mapping.windowsRoot === 'C:');
  return { root: path.resolve(root), mappings: hasDriveC ? canonical : [...canonical, { windowsRoot: 'C:', folder: '' }] };
}

/** `d:\` becomes `D:`; `\\Server\Share\` becomes `\\Server\Share` (case kept for display). */
export function canonicalWindowsRoot(text: string): string {
  const unified = text.trim().replace(/\//g, '\\');
  const drive = /^([A-Za-z]):\\?$/.exec(unified);
  if (drive) return `${drive[1].toUpperCase()}:`;
  return unified.replace(/\\+$/, '');
}

/** Resolves a path as a cmdlet parameter gives it; never throws. Nothing is created. */
export function resolveWindowsPath(paths: WorkspacePaths, text: string, options: ResolveOptions = {}): PathResolution {
  const parsed = parseWindowsPath(text);
  if (!parsed.ok) return parsed;
  const start = startingPoint(paths, parsed.path, text);
  if (!start.ok) return start;
  const segments = applyParentSteps(start.segments, text, start.rootLabel);
  if (!segments.ok) return segments;
  const absolute = path.join(start.base, ...matchExistingCase(start.base, segments.names));
  return finish(paths, absolute, text, options);
}

/** Like resolveWindowsPath, but throws PathRefusedError naming the path and the fix. */
export function mapWindowsPath(paths: WorkspacePaths, text: string, options: ResolveOptions = {}): string {
  const resolution = resolveWindowsPath(paths, text, options);
  if (!resolution.ok) throw new PathRefusedError(text, resolution.problem, resolution.fix);
  return resolution.path;
}

/** The Windows path a workspace path stands for (`<ws>/Drop Directory` → `C:\Drop Directory`); undefined outside every mapping. */
export function toWindowsPath(paths: WorkspacePaths, absolute: string): string | undefined {
  const target = path.resolve(absolute);
  const byDepth = [...paths.mappings].sort((a, b) => b.folder.length - a.folder.length);
  for (const mapping of byDepth) {
    const base = path.join(paths.root, mapping.folder);
    if (!isWithin(base, target)) continue;
    const rest = path.relative(base, target).split(path.sep).filter(Boolean);
    return rest.length === 0 ? `${mapping.windowsRoot}\\` : `${mapping.windowsRoot}\\${rest.join('\\')}`;
  }
  return undefined;
}

/** A workspace path for messages: relative to the root, with forward slashes. */
export function workspaceRelative(paths: WorkspacePaths, absolute: string): string {
  return path.relative(paths.root, absolute).split(path.sep).join('/');
}

type StartingPoint = { ok: true; base: string; segments: string[]; rootLabel: string } | { ok: false; problem: string; fix: string };

function startingPoint(paths: WorkspacePaths, parsed: WindowsPath, text: string): StartingPoint {
  switch (parsed.kind) {
    case 'relative':
      return { ok: true, base: paths.root, segments: parsed.segments, rootLabel: 'the workspace root' };
    case 'posix': {
      const absolute = path.resolve(parsed.path);
      if (!isWithin(paths.root, absolute)) {
        return {
          ok: false,
          problem: `'${text}' is an absolute path outside the workspace ${paths.root}.`,
          fix: 'Use a Windows path such as C:\\Drop Directory (C:\\ is the workspace root) or a path relative to the workspace.',
        };
      }
      return { ok: true, base: paths.root, segments: path.relative(paths.root, absolute).split(path.sep).filter(Boolean), rootLabel: 'the workspace root' };
    }
    default: {
      const key = windowsRootKey(parsed) ?? '';
      const mapping = paths.mappings.find((candidate) => mappingKey(candidate.windowsRoot) === key);
      if (!mapping) return unmapped(parsed, key, text);
      return { ok: true, base: path.join(paths.root, mapping.folder), segments: parsed.segments, rootLabel: key };
    }
  }
}

function unmapped(parsed: WindowsPath, key: string, text: string): StartingPoint {
  const what = parsed.kind === 'unc' ? `the network share ${key}` : `drive ${key}`;
  const example = parsed.kind === 'unc' ? `"${key.replace(/\\/g, '\\\\')}": "shares/${key.split('\\').filter(Boolean).join('-')}"` : `"${key}": "${key[0].toLowerCase()}-drive"`;
  return {
    ok: false,
    problem: `'${text}' is on ${what}, which is not mapped into the workspace.`,
    // Both places a mapping can live, with the key spelled as both read it.
    fix: `Map it to a workspace folder in exconn.json, for example "pathMappings": { ${example} }, or in VS Code's exconn.pathMappings setting with the same key; or use a path on C:.`,
  };
}

function applyParentSteps(segments: readonly string[], text: string, rootLabel: string): { ok: true; names: string[] } | { ok: false; problem: string; fix: string } {
  const names: string[] = [];
  for (const segment of segments) {
    if (segment !== '..') {
      names.push(segment);
    } else if (names.length > 0) {
      names.pop();
    } else {
      return {
        ok: false,
        problem: `'${text}' uses '..' to go above ${rootLabel}, which would leave the workspace.`,
        fix: 'Remove the .. steps and name a folder inside the workspace.',
      };
    }
  }
  return { ok: true, names };
}

function finish(paths: WorkspacePaths, absolute: string, text: string, options: ResolveOptions): PathResolution {
  const relative = workspaceRelative(paths, absolute);
  if (!options.allowSimulatorFolder && (relative === SIMULATOR_FOLDER || relative.startsWith(`${SIMULATOR_FOLDER}/`))) {
    return {
      ok: false,
      problem: `'${text}' points into ${SIMULATOR_FOLDER}, the folder where the simulator keeps its own state.`,
      fix: 'Choose another folder, for example C:\\Drop Directory.',
    };
  }
  const containment = checkInsideWorkspace(paths.root, absolute);
  if (!containment.ok) {
    return { ok: false, problem: `'${text}' leads outside the workspace: ${containment.problem}`, fix: 'Remove the symbolic link or choose a folder that really is inside the workspace.' };
  }
  return { ok: true, path: absolute, windowsPath: toWindowsPath(paths, absolute) ?? text, relative };
}

/**
 * Windows ignores case, the workspace's file system may not: each name is matched to an existing
 * entry of any case (`C:\drop directory` finds `Drop Directory`). Matching stops at the first name
 * that does not exist yet; from there on the names are used as written.
 */
function matchExistingCase(base: string, names: readonly string[]): string[] {
  const matched: string[] = [];
  let current = base;
  let searching = true;
  for (const name of names) {
    let chosen = name;
    if (searching && !fs.existsSync(path.join(current, name))) {
      const candidates = namesLike(current, name);
      if (candidates.length === 1) chosen = candidates[0];
      else searching = false;
    }
    matched.push(chosen);
    current = path.join(current, chosen);
  }
  return matched;
}

function mappingKey(windowsRoot: string): string {
  const parsed = parseWindowsPath(windowsRoot);
  return parsed.ok ? (windowsRootKey(parsed.path) ?? '') : '';
}
