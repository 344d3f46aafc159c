/**
 * .NET regular expressions on JS RegExp: the translation of the few differing constructs, group
 * numbering (.NET numbers unnamed groups first, names go by name), and $Matches.
 */
import { RuntimeError } from '../errors.js';
import { PSHashtable, PSObject } from '../model.js';

export interface CompiledRegex {
  /** Global, sticky-free RegExp; reset lastIndex before use. */
  re: RegExp;
  /** For each JS capture index (1-based, index 0 unused): the group name, or its .NET number. */
  groups: (string | number)[];
}

const cache = new Map<string, CompiledRegex>();

/** Scans capture groups in order of appearance, as JS numbers them. */
function scanGroups(source: string): (string | number)[] {
  const groups: (string | number)[] = [0];
  let unnamed = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch !== '(') continue;
    if (source[i + 1] !== '?') {
      groups.push(++unnamed);
      continue;
    }
    const named = /^\(\?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(source.slice(i));
    if (named?.[1]) groups.push(named[1]);
  }
  return groups;
}

function translate(pattern: string): { source: string; flags: string } {
  let source = pattern;
  let flags = '';
  // Leading inline options, e.g. (?i) or (?im).
  const inline = /^\(\?([imsx]+)\)/.exec(source);
  if (inline) {
    source = source.slice(inline[0].length);
    for (const f of inline[1] ?? '') if (f === 'i' || f === 'm' || f === 's') flags += f;
  }
  source = source
    .replace(/\(\?'([A-Za-z_][A-Za-z0-9_]*)'/g, '(?<$1>')
    .replace(/\(\?>/g, '(?:')
    .replace(/(^|[^\\])\\A/g, '$1^')
    .replace(/(^|[^\\])\\[zZ]/g, '$1$');
  if (/\\[pP]\{/.test(source)) flags += 'u';
  return { source, flags };
}

export function compileRegex(pattern: string, caseSensitive: boolean): CompiledRegex {
  const key = `${caseSensitive ? 'c' : 'i'}:${pattern}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const { source, flags } = translate(pattern);
  let allFlags = `g${flags}`;
  if (!caseSensitive && !allFlags.includes('i')) allFlags += 'i';
  let re: RegExp;
  try {
    re = new RegExp(source, allFlags);
  } catch {
    throw new RuntimeError(`The regular expression pattern ${pattern} is not valid.`, 'InvalidRegularExpression', 'InvalidOperation');
  }
  const compiled = { re, groups: scanGroups(source) };
  if (cache.size > 500) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

/** Runs a regex once from the start. */
export function execOnce(compiled: CompiledRegex, text: string): RegExpExecArray | null {
  compiled.re.lastIndex = 0;
  return compiled.re.exec(text);
}

/** $Matches for a successful match: keys '0', unnamed group numbers, and group names (successful groups only). */
export function matchesTable(compiled: CompiledRegex, m: RegExpExecArray): PSHashtable {
  const table = new PSHashtable();
  for (let i = compiled.groups.length - 1; i >= 1; i--) {
    const value = m[i];
    const key = compiled.groups[i];
    if (value !== undefined && key !== undefined) table.set(String(key), value);
  }
  table.set('0', m[0]);
  return table;
}

/** Expands a .NET replacement string ($1, ${name}, $$, $&, $0, $_, $`, $', $+). */
export function expandReplacement(replacement: string, compiled: CompiledRegex, m: RegExpExecArray, input: string): string {
  const byNumber = (n: number): string | undefined => {
    if (n === 0) return m[0];
    const index = compiled.groups.indexOf(n);
    return index === -1 ? undefined : (m[index] ?? '');
  };
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const ch = replacement[i];
    if (ch !== '$' || i + 1 >= replacement.length) {
      out += ch;
      continue;
    }
    const next = replacement[i + 1] ?? '';
    if (next === '$') {
      out += '$';
      i++;
    } else if (next === '&') {
      out += m[0];
      i++;
    } else if (next === '`') {
      out += input.slice(0, m.index);
      i++;
    } else if (next === "'") {
      out += input.slice(m.index + m[0].length);
      i++;
    } else if (next === '_') {
      out += input;
      i++;
    } else if (next === '+') {
      out += m.length > 1 ? (m[m.length - 1] ?? '') : '';
      i++;
    } else if (next === '{') {
      const end = replacement.indexOf('}', i + 2);
      const name = end === -1 ? '' : replacement.slice(i + 2, end);
      const value = /^\d+$/.test(name) ? byNumber(Number(name)) : name ? m.groups?.[name] : undefined;
      if (end === -1 || value === undefined) {
        out += ch;
        continue;
      }
      out += value;
      i = end;
    } else if (/\d/.test(next)) {
      // Longest group number that exists wins ($10 is group 10 if there is one, else group 1 then '0').
      let digits = /^\d+/.exec(replacement.slice(i + 1))?.[0] ?? '';
      while (digits.length > 1 && byNumber(Number(digits)) === undefined) digits = digits.slice(0, -1);
      const value = byNumber(Number(digits));
      if (value === undefined) {
        out += ch;
        continue;
      }
      out += value;
      i += digits.length;
    } else {
      out += ch;
    }
  }
  return out;
}

/** All matches, as [regex]::Matches finds them. */
export function execAll(compiled: CompiledRegex, input: string): RegExpExecArray[] {
  const { re } = compiled;
  re.lastIndex = 0;
  const all: RegExpExecArray[] = [];
  for (let m = re.exec(input); m; m = re.exec(input)) {
    all.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return all;
}

/**
 * Regex.Replace: every match replaced by the expanded replacement text or the callback's result.
 * Matches are collected first, so a callback may reuse the same (cached) regex safely.
 */
export function regexReplace(
  input: string,
  compiled: CompiledRegex,
  replacement: string | ((m: RegExpExecArray) => string),
): string {
  let out = '';
  let last = 0;
  for (const m of execAll(compiled, input)) {
    const text = typeof replacement === 'string' ? expandReplacement(replacement, compiled, m, input) : replacement(m);
    out += input.slice(last, m.index) + text;
    last = m.index + m[0].length;
  }
  return out + input.slice(last);
}

/**
 * A System.Text.RegularExpressions.Match as a record (for `$_` in a -replace script block and
 * [regex]::Match). Groups is keyed by number and name: `$_.Groups[1].Value`, `$_.Groups['user']`.
 */
export function matchObject(compiled: CompiledRegex, m: RegExpExecArray): PSObject {
  const groups = new PSHashtable();
  const group = (name: string, value: string | undefined): PSObject =>
    new PSObject(
      { Success: value !== undefined, Name: name, Index: value === undefined ? 0 : m.index, Length: value?.length ?? 0, Value: value ?? '' },
      ['System.Text.RegularExpressions.Group'],
    );
  groups.set('0', group('0', m[0]));
  for (let i = 1; i < compiled.groups.length; i++) {
    const key = String(compiled.groups[i]);
    groups.set(key, group(key, m[i]));
  }
  return new PSObject(
    { Groups: groups, Success: true, Name: '0', Index: m.index, Length: m[0].length, Value: m[0] },
    ['System.Text.RegularExpressions.Match'],
  );
}

/** Regex.Split: captured groups are included; `max` > 0 limits the number of pieces. */
export function regexSplit(input: string, compiled: CompiledRegex, max = 0): string[] {
  const { re } = compiled;
  re.lastIndex = 0;
  const pieces: string[] = [];
  let last = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    if (max > 0 && pieces.length >= max - 1) break;
    if (m[0] === '' && m.index === 0 && input.length > 0 && last === 0 && pieces.length === 0) {
      // .NET yields a leading empty piece for an empty match at 0; keep it, then move on.
      pieces.push('');
      re.lastIndex++;
      continue;
    }
    pieces.push(input.slice(last, m.index));
    for (let g = 1; g < m.length; g++) if (m[g] !== undefined) pieces.push(m[g] ?? '');
    last = m.index + m[0].length;
    if (m[0] === '') re.lastIndex++;
  }
  pieces.push(input.slice(last));
  return pieces;
}

export function escapeRegex(text: string): string {
  return text.replace(/[\\*+?|{[()^$.#\s]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    return `\\${c}`;
  });
}
