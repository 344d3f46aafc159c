/**
 * The text view of a help record, laid out like pwsh's: NAME, SYNOPSIS, SYNTAX, DESCRIPTION,
 * PARAMETERS (with the Required?/Position?/... table in -Full and -Parameter), EXAMPLES, REMARKS.
 * Works from the record's properties, so a record that went through the pipeline renders the same.
 */
import { PSObject } from '../../values/model.js';
import { toPSString } from '../../values/stringify.js';
import type { HelpView } from './help-record.js';

const indent = '    ';

function text(obj: PSObject, name: string): string {
  return toPSString(obj.get(name));
}

function list(obj: PSObject, name: string): unknown[] {
  const value = obj.get(name);
  if (value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function records(obj: PSObject, name: string): PSObject[] {
  return list(obj, name).filter((x): x is PSObject => x instanceof PSObject);
}

/** Word-wraps one paragraph to `width` columns, each line prefixed with `prefix`. */
export function wrap(paragraph: string, prefix: string, width: number): string[] {
  const room = Math.max(20, width - prefix.length);
  const lines: string[] = [];
  for (const source of paragraph.split('\n')) {
    let line = '';
    for (const word of source.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > room) {
        lines.push(prefix + line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(prefix + line);
  }
  return lines;
}

function parameterAttributes(p: PSObject, prefix: string, width: number): string[] {
  // Long values (many parameter sets) wrap under the value column.
  const row = (label: string, value: string): string[] => {
    const [first = '', ...rest] = wrap(value, ' '.repeat(prefix.length + 29), width);
    return [`${prefix}${label.padEnd(29)}${first.trimStart()}`, ...rest];
  };
  return [
    row('Required?', text(p, 'Required')),
    row('Position?', text(p, 'Position')),
    row('Default value', text(p, 'DefaultValue')),
    row('Accept pipeline input?', text(p, 'PipelineInput')),
    row('Aliases', text(p, 'Aliases')),
    row('Parameter set name', text(p, 'ParameterSets')),
  ].flat();
}

/** One parameter block: `-Name <Type>`, its description, and (full views) its attribute table. */
export function renderParameter(p: PSObject, prefix: string, withAttributes: boolean, width: number): string[] {
  const type = text(p, 'Type');
  const head = type === 'SwitchParameter' ? `${prefix}-${text(p, 'Name')} [<SwitchParameter>]` : `${prefix}-${text(p, 'Name')} <${type}>`;
  const lines = [head];
  const description = text(p, 'Description');
  if (description) lines.push(...wrap(description, prefix + indent, width));
  const valid = list(p, 'ValidValues').map(toPSString);
  if (valid.length > 0 && withAttributes) lines.push(...wrap(`Valid values: ${valid.join(', ')}`, prefix + indent, width));
  if (withAttributes) lines.push('', ...parameterAttributes(p, prefix + indent, width));
  lines.push('');
  return lines;
}

function commonParametersBlock(width: number): string[] {
  return [
    `${indent}<CommonParameters>`,
    ...wrap(
      'This cmdlet supports the common parameters: Verbose, Debug, ErrorAction, ErrorVariable, WarningAction, ' +
        'WarningVariable, InformationAction, InformationVariable, OutVariable, OutBuffer, PipelineVariable and ' +
        'ProgressAction. For more information, see about_CommonParameters.',
      indent + indent,
      width,
    ),
    '',
  ];
}

function examplesBlock(help: PSObject, width: number): string[] {
  const lines: string[] = [];
  for (const e of records(help, 'Examples')) {
    const title = ` ${text(e, 'Title')} `;
    const dashes = '-'.repeat(Math.max(4, Math.floor((Math.min(width, 80) - indent.length - title.length) / 2)));
    lines.push(`${indent}${dashes}${title}${dashes}`, '');
    for (const codeLine of text(e, 'Code').split('\n')) lines.push(`${indent}PS > ${codeLine}`);
    lines.push('');
    const remarks = text(e, 'Remarks');
    if (remarks) lines.push(...wrap(remarks, indent, width), '');
  }
  return lines;
}

function remarksBlock(name: string): string[] {
  return [
    'REMARKS',
    `${indent}To see the examples, type: "Get-Help ${name} -Examples"`,
    `${indent}For more information, type: "Get-Help ${name} -Detailed"`,
    `${indent}For technical information, type: "Get-Help ${name} -Full"`,
    '',
  ];
}

function section(title: string, body: string[]): string[] {
  return body.length === 0 ? [] : [title, ...body, '', ''];
}

/** Renders a help record as text lines (no trailing newline). */
export function renderHelpText(help: PSObject, width = 120): string[] {
  const view = text(help, 'View') as HelpView;
  const name = text(help, 'Name');
  // A script function without comment-based help has neither; pwsh leaves the sections out.
  const paragraph = (property: string): string[] => (text(help, property) === '' ? [] : wrap(text(help, property), indent, width));
  const synopsis = paragraph('Synopsis');

  if (view === 'Parameter') {
    return records(help, 'Parameters').flatMap((p) => ['', ...renderParameter(p, '', true, width)]);
  }
  const lines = ['', 'NAME', `${indent}${name}`, '', ...(synopsis.length > 0 ? ['SYNOPSIS', ...synopsis, ''] : [])];
  if (view === 'Examples') return [...lines, ...examplesBlock(help, width)];

  const full = view === 'Full';
  const detailed = full || view === 'Detailed';
  const syntax = list(help, 'Syntax').flatMap((s, i) => [...(i > 0 ? [''] : []), ...wrap(toPSString(s), indent, width)]);
  lines.push(...(synopsis.length > 0 ? [''] : []), ...section('SYNTAX', syntax));
  lines.push(...section('DESCRIPTION', paragraph('Description')));
  if (detailed) {
    const params = records(help, 'Parameters').flatMap((p) => renderParameter(p, indent, full, width));
    lines.push('PARAMETERS', ...params, ...commonParametersBlock(width), '');
  }
  if (full) {
    lines.push(...section('INPUTS', list(help, 'Inputs').map((t) => `${indent}${toPSString(t)}`)));
    lines.push(...section('OUTPUTS', list(help, 'Outputs').map((t) => `${indent}${toPSString(t)}`)));
  }
  const aliases = list(help, 'Aliases').map(toPSString);
  if (aliases.length > 0) lines.push(...section('ALIASES', aliases.map((a) => `${indent}${a}`)));
  if (detailed) lines.push('EXAMPLES', ...examplesBlock(help, width));
  const links = list(help, 'RelatedLinks').map(toPSString);
  if (links.length > 0) lines.push(...section('RELATED LINKS', links.map((l) => `${indent}${l}`)));
  if (!detailed) lines.push(...remarksBlock(name));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
