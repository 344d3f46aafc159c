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

/** Lines are wrapped here, at writing time, so the text reads well in an 80-column terminal. */
const WIDTH = 76;

function wrap(paragraph: string): string[] {
  // A block whose lines start with spaces is an example: kept exactly as written.
  if (paragraph.startsWith(' ')) return paragraph.split('\n').map((line) => `    ${line}`);
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > WIDTH) {
      lines.push(`    ${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(`    ${line}`);
  return lines;
}

/** The topic as pwsh shows an about file: TOPIC, SHORT DESCRIPTION, LONG DESCRIPTION, SEE ALSO. */
export function renderTopic(topic: AboutTopic): string {
  const out = ['TOPIC', `    ${topic.name}`, '', 'SHORT DESCRIPTION', ...wrap(topic.synopsis), '', 'LONG DESCRIPTION'];
  topic.body.forEach((paragraph, i) => {
    if (i > 0) out.push('');
    out.push(...wrap(paragraph));
  });
  if (topic.seeAlso.length > 0) out.push('', 'SEE ALSO', ...topic.seeAlso.map((s) => `    ${s}`));
  return out.join('\n');
}
