/**
 * Comment-based help for script functions, as pwsh reads it: a comment block of `.KEYWORD`
 * sections at the start of the function's body, at its end, or just before the `function` keyword
 * (at most one blank line between), in `<# ... #>` or as consecutive `#` lines. Get-Help then shows
 * the function's synopsis, description, parameter texts, examples and links like a cmdlet's.
 */

export interface CommentHelpExample {
  readonly code: string;
  readonly remarks: string;
}

export interface CommentHelp {
  readonly synopsis: string;
  readonly description: string;
  /** `.PARAMETER Name` texts, keyed by lower-case parameter name. */
  readonly parameters: ReadonlyMap<string, string>;
  readonly examples: readonly CommentHelpExample[];
  readonly links: readonly string[];
}

/** pwsh's help keywords; a block with any other `.WORD` line is an ordinary comment, not help. */
const KEYWORDS = new Set([
  'SYNOPSIS', 'DESCRIPTION', 'PARAMETER', 'EXAMPLE', 'INPUTS', 'OUTPUTS', 'NOTES', 'LINK', 'COMPONENT', 'ROLE',
  'FUNCTIONALITY', 'FORWARDHELPTARGETNAME', 'FORWARDHELPCATEGORY', 'REMOTEHELPRUNSPACE', 'EXTERNALHELP',
]);
const KEYWORD_LINE = /^\s*\.([A-Za-z]+)(?:[ \t]+(.*?))?\s*$/;
/** A prompt written in front of example code (`PS C:\> `, `PS> `). */
const PROMPT = /^PS(?: [^>]*)?>\s*/;

/** Removes the indentation all non-blank lines share, and blank lines around the text. */
function dedent(lines: readonly string[]): string {
  let first = 0;
  let last = lines.length;
  while (first < last && (lines[first] ?? '').trim() === '') first++;
  while (last > first && (lines[last - 1] ?? '').trim() === '') last--;
  const kept = lines.slice(first, last);
  const indent = Math.min(...kept.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0));
  return kept.map((l) => l.slice(Number.isFinite(indent) ? indent : 0).trimEnd()).join('\n');
}

/** Lines joined into one (a synopsis, a parameter's text, an example's remarks): Get-Help wraps them itself. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function example(text: string): CommentHelpExample {
  const lines = text.split('\n');
  const blank = lines.findIndex((l) => l.trim() === '');
  const code = (blank === -1 ? lines : lines.slice(0, blank)).map((l, i) => (i === 0 ? l.replace(PROMPT, '') : l)).join('\n');
  const remarks = blank === -1 ? '' : oneLine(dedent(lines.slice(blank + 1)));
  return { code, remarks };
}

/** The help in one comment's text (delimiters removed), or undefined when it is not help. */
export function parseCommentHelp(comment: string): CommentHelp | undefined {
  const sections: { keyword: string; argument: string; lines: string[] }[] = [];
  for (const line of comment.split(/\r?\n/)) {
    const keyword = KEYWORD_LINE.exec(line);
    if (keyword) {
      const name = (keyword[1] ?? '').toUpperCase();
      if (!KEYWORDS.has(name)) return undefined;
      sections.push({ keyword: name, argument: keyword[2] ?? '', lines: [] });
    } else if (sections.length > 0) {
      sections[sections.length - 1]?.lines.push(line);
    } else if (line.trim() !== '') {
      return undefined; // text before the first keyword: a comment, not help
    }
  }
  if (sections.length === 0) return undefined;
  const text = (keyword: string): string =>
    sections
      .filter((s) => s.keyword === keyword)
      .map((s) => dedent(s.lines))
      .join('\n\n');
  const parameters = new Map<string, string>();
  for (const s of sections) if (s.keyword === 'PARAMETER' && s.argument !== '') parameters.set(s.argument.toLowerCase(), oneLine(dedent(s.lines)));
  return {
    synopsis: oneLine(text('SYNOPSIS')),
    description: text('DESCRIPTION'),
    parameters,
    examples: sections.filter((s) => s.keyword === 'EXAMPLE').map((s) => example(dedent(s.lines))),
    links: sections.filter((s) => s.keyword === 'LINK').flatMap((s) => dedent(s.lines).split('\n').filter((l) => l.trim() !== '')),
  };
}

/** `<# ... #>` at the start of `text` (after blanks), or the `#` lines there; the comment's inner text. */
function leadingComment(text: string): string | undefined {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<#')) {
    const end = trimmed.indexOf('#>');
    return end === -1 ? undefined : trimmed.slice(2, end);
  }
  const lines: string[] = [];
  for (const line of trimmed.split(/\r?\n/)) {
    if (!line.trimStart().startsWith('#')) break;
    lines.push(line.trimStart().slice(1));
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** The comment at the end of `text` (before blanks); `maxBlankLines` limits the gap after it. */
function trailingComment(text: string, maxBlankLines = Infinity): string | undefined {
  const trimmed = text.trimEnd();
  const gap = text.slice(trimmed.length);
  if ((gap.match(/\n/g)?.length ?? 0) - 1 > maxBlankLines) return undefined;
  if (trimmed.endsWith('#>')) {
    const start = trimmed.lastIndexOf('<#');
    return start === -1 ? undefined : trimmed.slice(start + 2, trimmed.length - 2);
  }
  const lines: string[] = [];
  for (const line of trimmed.split(/\r?\n/).reverse()) {
    if (!line.trimStart().startsWith('#')) break;
    lines.unshift(line.trimStart().slice(1));
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/**
 * The help of a function, looked for where pwsh looks: the start of its body, the end of its body,
 * then just before `function` (with no more than one blank line in between).
 */
export function findCommentHelp(bodyText: string, textBeforeFunction: string): CommentHelp | undefined {
  for (const comment of [leadingComment(bodyText), trailingComment(bodyText), trailingComment(textBeforeFunction, 1)]) {
    const help = comment === undefined ? undefined : parseCommentHelp(comment);
    if (help) return help;
  }
  return undefined;
}
