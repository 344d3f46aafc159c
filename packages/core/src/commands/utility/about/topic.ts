import { wrap } from '../help-text.js';

/** A conceptual help topic (`Get-Help about_...`): plain text in pwsh's about-file layout. */
export interface AboutTopic {
  /** The name Get-Help finds it by, e.g. 'about_Temporary_Access_Pass'. */
  readonly name: string;
  /** One sentence, shown when several topics or commands match. */
  readonly synopsis: string;
  /** Paragraphs of the LONG DESCRIPTION; each string is one paragraph or an indented example block. */
  readonly body: readonly string[];
  /** Other topics and commands worth reading next. */
  readonly seeAlso: readonly string[];
}

/** Prose wraps to an 80-column terminal, as Get-Help wraps a command's help. */
const WIDTH = 80;
const INDENT = '    ';

function paragraphLines(paragraph: string): string[] {
  // A block whose lines start with spaces is an example: kept exactly as written.
  if (paragraph.startsWith(' ')) return paragraph.split('\n').map((line) => `${INDENT}${line}`);
  return wrap(paragraph, INDENT, WIDTH);
}

/** The topic as pwsh shows an about file: TOPIC, SHORT DESCRIPTION, LONG DESCRIPTION, SEE ALSO. */
export function renderTopic(topic: AboutTopic): string {
  const out = ['TOPIC', `    ${topic.name}`, '', 'SHORT DESCRIPTION', ...paragraphLines(topic.synopsis), '', 'LONG DESCRIPTION'];
  topic.body.forEach((paragraph, i) => {
    if (i > 0) out.push('');
    out.push(...paragraphLines(paragraph));
  });
  if (topic.seeAlso.length > 0) out.push('', 'SEE ALSO', ...topic.seeAlso.map((s) => `    ${s}`));
  return out.join('\n');
}
