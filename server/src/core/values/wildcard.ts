// PowerShell wildcard patterns (`*`, `?`, `[a-c]`, backtick escapes), used by -like, Format-List
// property names, Select-Object -Property and Exchange identities such as `Get-ForeignConnector C*`.

export function hasWildcard(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** Patterns compiled before: a script matches the same few patterns (`*Directory*`) against many names. */
const compiled = new Map<string, RegExp>();
const MAX_COMPILED = 512;

/**
 * A regular expression matching the whole text against the pattern, case-insensitive by default.
 * It has no `g` flag, so it keeps no state between matches and one object serves every caller.
 */
export function wildcardToRegExp(pattern: string, caseSensitive = false): RegExp {
  const key = `${caseSensitive ? 's' : 'i'}${pattern}`;
  let regExp = compiled.get(key);
  if (!regExp) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    regExp = compile(pattern, caseSensitive);
    compiled.set(key, regExp);
  }
  return regExp;
}

function compile(pattern: string, caseSensitive: boolean): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '`' && i + 1 < pattern.length) {
      source += escapeRegExp(pattern[++i]);
    } else if (ch === '*') {
      source += '.*';
    } else if (ch === '?') {
      source += '.';
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        source += '\\[';
        continue;
      }
      source += `[${pattern.slice(i + 1, close).replace(/[\\^\]]/g, (c) => `\\${c}`)}]`;
      i = close;
    } else {
      source += escapeRegExp(ch);
    }
  }
  return new RegExp(`^${source}$`, caseSensitive ? 's' : 'is');
}

export function matchesWildcard(text: string, pattern: string, caseSensitive = false): boolean {
  return wildcardToRegExp(pattern, caseSensitive).test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
