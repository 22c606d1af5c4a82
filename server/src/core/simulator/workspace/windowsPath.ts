// Reads the paths administrators give Exchange cmdlets (`C:\Drop Directory`, `\\fileserver\drops\fax`,
// `Pickup`), with either kind of slash, into their parts. Nothing here touches the file system; the
// mapping into the workspace is workspacePaths.ts.

export type WindowsPath =
  /** `C:\a\b`; `drive` is the upper-case letter. */
  | { kind: 'drive'; drive: string; segments: string[] }
  /** `\\server\share\a`; server and share as written. */
  | { kind: 'unc'; server: string; share: string; segments: string[] }
  /** `\a\b`: the root of the current drive, which for the simulator is C:. */
  | { kind: 'rootRelative'; segments: string[] }
  /** `a\b`, `.\a`, `..\a`: relative to the current folder, which is the workspace root. */
  | { kind: 'relative'; segments: string[] }
  /** `/home/me/ws/Drop`: an absolute POSIX path (forward slashes only), allowed when inside the workspace. */
  | { kind: 'posix'; path: string };

export type WindowsPathParse = { ok: true; path: WindowsPath } | { ok: false; problem: string; fix: string };

/** Characters Windows forbids in file and folder names (control characters are checked by code). */
const INVALID_NAME_CHARACTERS = /[<>:"|?*]/;

export function parseWindowsPath(text: string): WindowsPathParse {
  const trimmed = text.trim();
  if (trimmed === '') return refuse(`The path is empty.`, `Give a folder such as C:\\Drop Directory.`);
  if (trimmed.startsWith('/') && !trimmed.startsWith('//') && !trimmed.includes('\\')) {
    return { ok: true, path: { kind: 'posix', path: trimmed } };
  }
  const unified = trimmed.replace(/\//g, '\\');
  if (/^\\\\[?.]\\/.test(unified)) return parseLongPath(unified, trimmed);
  if (unified.startsWith('\\\\')) return parseUnc(unified.slice(2), trimmed);
  const drive = /^([A-Za-z]):(.*)$/.exec(unified);
  if (drive) {
    if (drive[2] !== '' && !drive[2].startsWith('\\')) {
      return refuse(`'${trimmed}' is relative to the current folder of drive ${drive[1].toUpperCase()}:, which the simulator cannot know.`,
        `Write a full path such as ${drive[1].toUpperCase()}:\\${drive[2]}.`);
    }
    return withSegments(drive[2], trimmed, (segments) => ({ kind: 'drive', drive: drive[1].toUpperCase(), segments }));
  }
  if (unified.startsWith('\\')) return withSegments(unified, trimmed, (segments) => ({ kind: 'rootRelative', segments }));
  return withSegments(unified, trimmed, (segments) => ({ kind: 'relative', segments }));
}

/** `\\?\C:\x` and `\\?\UNC\server\share\x` (Exchange's LocalLongFullPath allows them); `\\.\` device paths are refused. */
function parseLongPath(unified: string, original: string): WindowsPathParse {
  if (unified.startsWith('\\\\.\\')) return refuse(`'${original}' is a Windows device path, not a folder.`, 'Give a folder such as C:\\Drop Directory.');
  const rest = unified.slice(4);
  if (/^UNC\\/i.test(rest)) return parseUnc(rest.slice(4), original);
  return parseWindowsPath(rest);
}

function parseUnc(rest: string, original: string): WindowsPathParse {
  const [server, share, ...tail] = rest.split('\\');
  if (!server || !share) {
    return refuse(`'${original}' is not a complete network path: it needs a server and a share name.`, 'Write it as \\\\server\\share\\folder.');
  }
  return withSegments(tail.join('\\'), original, (segments) => ({ kind: 'unc', server, share, segments }));
}

function withSegments(rest: string, original: string, build: (segments: string[]) => WindowsPath): WindowsPathParse {
  const segments: string[] = [];
  for (const raw of rest.split('\\')) {
    if (raw === '' || raw === '.') continue;
    // Windows drops trailing dots and spaces from names; doing the same keeps `Drop.` and `Drop` one folder.
    const name = raw === '..' ? raw : raw.replace(/[. ]+$/, '');
    if (name === '') continue;
    if (INVALID_NAME_CHARACTERS.test(name) || hasControlCharacter(name)) {
      return refuse(`'${original}' contains the name '${raw}', and Windows does not allow the characters < > : " | ? * in names.`,
        'Remove or replace those characters.');
    }
    segments.push(name);
  }
  return { ok: true, path: build(segments) };
}

function refuse(problem: string, fix: string): WindowsPathParse {
  return { ok: false, problem, fix };
}

/** `C:` or `\\server\share` as a mapping key: drive letters upper case, UNC roots lower case (Windows ignores case). */
export function windowsRootKey(path: WindowsPath): string | undefined {
  if (path.kind === 'drive') return `${path.drive}:`;
  if (path.kind === 'unc') return `\\\\${path.server}\\${path.share}`.toLowerCase();
  if (path.kind === 'rootRelative') return 'C:';
  return undefined;
}

export function hasControlCharacter(text: string): boolean {
  return [...text].some((ch) => ch.charCodeAt(0) < 0x20);
}
