/**
 * ConvertTo-Json: serialises objects as pwsh 7 does (2-space indentation, depth 2 by default,
 * dates in round-trip form). Deeper values become their string form, with one warning.
 */
import { defineCmdlet, enumeration, parameter, switchParameter, types } from '../../cmdlet/index.js';
import { jsonTruncationWarning, toJson } from '../../format/index.js';

const escapeHandling = enumeration('StringEscapeHandling', ['Default', 'EscapeNonAscii', 'EscapeHtml'] as const);

function unicodeEscape(ch: string): string {
  return `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/** Applies -EscapeHandling to finished JSON text (these characters only ever occur inside strings). */
export function applyEscapeHandling(json: string, mode: 'Default' | 'EscapeNonAscii' | 'EscapeHtml'): string {
  if (mode === 'Default') return json;
  const nonAscii = json.replace(/[\u0080-\uffff]/g, unicodeEscape);
  return mode === 'EscapeHtml' ? nonAscii.replace(/[<>&']/g, unicodeEscape) : nonAscii;
}

interface JsonState {
  items: unknown[];
}

export const convertToJson = defineCmdlet({
  name: 'ConvertTo-Json',
  synopsis: 'Converts objects to JSON text.',
  description:
    'ConvertTo-Json turns objects, hashtables, arrays and scalars into a JSON string. Several piped objects become ' +
    'one JSON array; a single object stays an object unless -AsArray is used. Nesting deeper than -Depth (2 by ' +
    'default, at most 100) is replaced by the string form of the value and a warning says so. DateTime values are ' +
    'written in the ISO 8601 round-trip format. -Compress removes the white space.',
  outputType: 'System.String',
  examples: [
    { code: "@{ name = 'Ada'; roles = 'admin','user' } | ConvertTo-Json", remarks: 'Writes an indented JSON object.' },
    { code: 'Get-EntraIDUser | ConvertTo-Json -Depth 5 -Compress', remarks: 'Writes the users as one compact JSON array.' },
    { code: 'Get-Date | ConvertTo-Json', remarks: 'Writes the date as a round-trip string such as "2026-03-01T14:05:09.1234567+01:00".' },
  ],
  parameters: {
    InputObject: parameter(types.object, {
      mandatory: true,
      position: 0,
      fromPipeline: 'value',
      allowNull: true,
      allowEmptyString: true,
      help: 'The objects to convert.',
    }),
    Depth: parameter(types.int32, { default: 2, validate: { range: [0, 100] }, help: 'How many levels of nesting to write (0 to 100).' }),
    Compress: switchParameter({ help: 'Writes the JSON without indentation and white space.' }),
    AsArray: switchParameter({ help: 'Always writes a JSON array, even for a single object.' }),
    EnumsAsStrings: switchParameter({ help: 'Accepted for compatibility: enumeration values are already written as strings.' }),
    EscapeHandling: parameter(escapeHandling, { default: 'Default', help: 'Which characters to escape: Default, EscapeNonAscii or EscapeHtml.' }),
  },
  state: (): JsonState => ({ items: [] }),
  process({ InputObject }, _ctx, state) {
    state.items.push(InputObject ?? null);
  },
  async end(args, ctx, state) {
    if (state.items.length === 0) return;
    const value = state.items.length === 1 && !args.AsArray ? state.items[0] : state.items;
    let warn = false;
    const json = toJson(value, { depth: args.Depth, compress: args.Compress, onTruncated: () => (warn = true) });
    if (warn) await ctx.writeWarning(jsonTruncationWarning(args.Depth));
    await ctx.write(applyEscapeHandling(json, args.EscapeHandling));
  },
});
