// PowerShell wildcard patterns (`*`, `?`, `[a-c]`, backtick escapes), used by -like, Format-List
// property names, Select-Object -Property and Exchange identities such as `Get-ForeignConnector C*`.

export function hasWildcard(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** A regular expression matching the whole text against the pattern, case-insensitive by default. */
export function wildcardToRegExp(pattern: string, caseSensitive = false): RegExp {
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
