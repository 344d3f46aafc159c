/**
 * Write-Host: text for the person at the screen. Like pwsh 5+, it goes to the information stream
 * tagged PSHOST with `hostText` set, so hosts print it while `6>` redirection can still capture it.
 */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import { toPSString } from '../../values/stringify.js';
import { consoleColor, consoleColorNames } from './console-color.js';
import { isPipelineEnumerable } from './enumerate.js';

/** Collections print element by element with the separator, nested ones too, as Write-Host does. */
export function hostText(value: unknown, separator: string): string {
  if (typeof value === 'string') return value;
  if (isPipelineEnumerable(value)) return [...value].map((item) => hostText(item, separator)).join(separator);
  return toPSString(value);
}

export const writeHost = defineCmdlet({
  name: 'Write-Host',
  synopsis: 'Writes text straight to the host, optionally in colour.',
  description:
    'Write-Host shows values to the user without sending them down the pipeline. Collections are written ' +
    'element by element, joined by -Separator (a space by default). -ForegroundColor and -BackgroundColor ' +
    'choose console colours and -NoNewline keeps the cursor on the same line. The text travels on the ' +
    'information stream with the PSHOST tag, so it can be captured with 6>&1 when needed.',
  examples: [
    { code: "Write-Host 'Passes issued' -ForegroundColor Green", remarks: 'Prints the message in green.' },
    { code: 'Write-Host hello world', remarks: 'Prints hello world: the words are joined with the separator.' },
    { code: "Write-Host 'Working... ' -NoNewline; Write-Host 'done'", remarks: 'Prints both parts on one line.' },
    { code: "Write-Host (1,2,3) -Separator ', '", remarks: 'Prints 1, 2, 3.' },
  ],
  parameters: {
    Object: parameter(types.object, {
      position: 0,
      fromPipeline: 'value',
      allowNull: true,
      // `Write-Host hello world`: the words arrive as one list, joined with -Separator.
      fromRemainingArguments: true,
      help: 'The objects to display. Collections are joined with -Separator.',
    }),
    NoNewline: switchParameter({ help: 'Does not end the output with a newline.' }),
    Separator: parameter(types.string, { default: ' ', help: 'The text placed between the elements of a collection.' }),
    ForegroundColor: parameter(consoleColor, { valueCompletions: consoleColorNames, help: 'The text colour.' }),
    BackgroundColor: parameter(consoleColor, { valueCompletions: consoleColorNames, help: 'The background colour.' }),
  },
  process(args, ctx) {
    const text = args.Object === undefined ? '' : hostText(args.Object, args.Separator);
    ctx.writeInformation({
      messageData: text,
      tags: ['PSHOST'],
      source: ctx.commandName,
      hostText: text,
      foregroundColor: args.ForegroundColor,
      backgroundColor: args.BackgroundColor,
      noNewline: args.NoNewline,
    });
  },
});
