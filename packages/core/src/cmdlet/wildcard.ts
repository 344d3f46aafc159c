/** PowerShell wildcard patterns (`*`, `?`, `[a-c]`), case-insensitive, as used by Get-Command -Name. */

export function hasWildcard(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

export function wildcardToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === '`' && i + 1 < pattern.length) {
      source += escapeRegExp(pattern.charAt(++i));
    } else if (ch === '*') {
      source += '.*';
    } else if (ch === '?') {
      source += '.';
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        source += '\\[';
      } else {
        source += `[${pattern.slice(i + 1, close).replace(/[\\^]/g, '\\$&')}]`;
        i = close;
      }
    } else {
      source += escapeRegExp(ch);
    }
  }
  return new RegExp(`^${source}$`, 'is');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function matchesWildcard(text: string, pattern: string): boolean {
  return hasWildcard(pattern) ? wildcardToRegExp(pattern).test(text) : text.toLowerCase() === pattern.toLowerCase();
}
