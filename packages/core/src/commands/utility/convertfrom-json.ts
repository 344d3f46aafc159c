/** ConvertFrom-Json: parses JSON text into PSCustomObjects (or hashtables), arrays and scalars. */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import type { CmdletContext } from '../../cmdlet/index.js';
import { fromJson } from '../../format/index.js';
import { RuntimeError } from '../../values/errors.js';
import { isPipelineEnumerable } from './enumerate.js';

interface FromJsonState {
  lines: string[];
}

interface FromJsonSwitches {
  readonly AsHashtable: boolean;
  readonly NoEnumerate: boolean;
}

function parse(text: string, args: FromJsonSwitches, ctx: CmdletContext): unknown {
  try {
    return fromJson(text, { asHashtable: args.AsHashtable });
  } catch (error) {
    if (!(error instanceof RuntimeError)) throw error;
    return ctx.throwTerminating({
      message: error.message,
      errorId: 'System.ArgumentException',
      category: 'NotSpecified',
      exceptionType: 'ArgumentException',
      targetObject: text,
    });
  }
}

async function emit(value: unknown, args: FromJsonSwitches, ctx: CmdletContext): Promise<void> {
  if (!args.NoEnumerate && isPipelineEnumerable(value)) await ctx.writeAll(value);
  else await ctx.write(value);
}

export const convertFromJson = defineCmdlet({
  name: 'ConvertFrom-Json',
  synopsis: 'Converts JSON text into objects.',
  description:
    'ConvertFrom-Json parses JSON: objects become PSCustomObjects (or hashtables with -AsHashtable, which also ' +
    'allows keys differing only in case), arrays are sent down the pipeline element by element unless ' +
    '-NoEnumerate is used, and ISO 8601 date strings become DateTime values. Piped lines that together form one ' +
    'JSON document (such as the lines of a file) are joined before parsing.',
  examples: [
    { code: "'{\"name\":\"Ada\",\"age\":36}' | ConvertFrom-Json", remarks: 'Creates an object with name and age properties.' },
    { code: "'[1,2,3]' | ConvertFrom-Json | Measure-Object -Sum", remarks: 'The array elements travel separately; the sum is 6.' },
    { code: "$settings = '{\"Retry\":3}' | ConvertFrom-Json -AsHashtable", remarks: 'Parses into a hashtable: $settings.Retry is 3.' },
  ],
  parameters: {
    InputObject: parameter(types.string, {
      mandatory: true,
      position: 0,
      fromPipeline: 'value',
      allowEmptyString: true,
      help: 'The JSON text, or its lines.',
    }),
    AsHashtable: switchParameter({ help: 'Returns hashtables instead of PSCustomObjects.' }),
    NoEnumerate: switchParameter({ help: 'Outputs a JSON array as a single array object.' }),
    Depth: parameter(types.int32, {
      default: 1024,
      validate: { range: [1, 2147483647] },
      help: 'Accepted for compatibility: the maximum nesting depth of the input.',
    }),
  },
  state: (): FromJsonState => ({ lines: [] }),
  process({ InputObject }, _ctx, state) {
    state.lines.push(InputObject);
  },
  async end(args, ctx, state) {
    const [first, ...rest] = state.lines;
    if (first === undefined) return;
    if (rest.length === 0) {
      await emit(parse(first, args, ctx), args, ctx);
      return;
    }
    // As pwsh: when the first piped string is a whole document, each string is one; otherwise
    // the strings are the lines of a single document.
    let firstValue: unknown;
    try {
      firstValue = fromJson(first, { asHashtable: args.AsHashtable });
    } catch (error) {
      if (!(error instanceof RuntimeError)) throw error;
      await emit(parse(state.lines.join('\n'), args, ctx), args, ctx);
      return;
    }
    await emit(firstValue, args, ctx);
    for (const text of rest) await emit(parse(text, args, ctx), args, ctx);
  },
});
