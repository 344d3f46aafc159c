/**
 * Get-Date: the current (or a given) date and time, optionally adjusted field by field and
 * formatted with .NET (-Format) or Unix (-UFormat) specifiers.
 */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import { PSDateTime } from '../../values/model.js';
import { addMilliseconds, addMonths, fieldsOf, MS_PER_DAY, toUniversalTime } from '../../values/datetime/calendar.js';
import { formatDateTime } from '../../values/datetime/format.js';
import { formatUFormat } from '../../values/datetime/uformat.js';
import { FormatStringError } from '../../values/errors.js';

/** The named -Format values PowerShell accepts besides .NET format strings. */
const fileFormats: Record<string, { pattern: string; utc: boolean }> = {
  filedate: { pattern: 'yyyyMMdd', utc: false },
  filedateuniversal: { pattern: "yyyyMMdd'Z'", utc: true },
  filedatetime: { pattern: "yyyyMMdd'T'HHmmssffff", utc: false },
  filedatetimeuniversal: { pattern: "yyyyMMdd'T'HHmmssffff'Z'", utc: true },
};

interface FieldOverrides {
  readonly Year?: number | undefined;
  readonly Month?: number | undefined;
  readonly Day?: number | undefined;
  readonly Hour?: number | undefined;
  readonly Minute?: number | undefined;
  readonly Second?: number | undefined;
  readonly Millisecond?: number | undefined;
}

/**
 * PowerShell applies each given field as an offset from the current value, in order, so an
 * out-of-range day rolls into the next month (`-Month 2 -Day 31` is early March) rather than failing.
 */
export function applyFieldOverrides(start: PSDateTime, o: FieldOverrides): PSDateTime {
  let dt = start;
  if (o.Year !== undefined) dt = addMonths(dt, (o.Year - fieldsOf(dt).year) * 12);
  if (o.Month !== undefined) dt = addMonths(dt, o.Month - fieldsOf(dt).month);
  if (o.Day !== undefined) dt = addMilliseconds(dt, (o.Day - fieldsOf(dt).day) * MS_PER_DAY);
  if (o.Hour !== undefined) dt = addMilliseconds(dt, (o.Hour - fieldsOf(dt).hour) * 3_600_000);
  if (o.Minute !== undefined) dt = addMilliseconds(dt, (o.Minute - fieldsOf(dt).minute) * 60_000);
  if (o.Second !== undefined) dt = addMilliseconds(dt, (o.Second - fieldsOf(dt).second) * 1000);
  if (o.Millisecond !== undefined) dt = addMilliseconds(dt, o.Millisecond - fieldsOf(dt).millisecond);
  return dt;
}

/** -Format: a .NET format string, or one of the FileDate* names. */
export function formatWithDotNetPattern(dt: PSDateTime, format: string): string {
  const named = fileFormats[format.toLowerCase()];
  if (named) return formatDateTime(named.utc ? toUniversalTime(dt) : dt, named.pattern);
  return formatDateTime(dt, format);
}

export const getDate = defineCmdlet({
  name: 'Get-Date',
  synopsis: 'Gets the current date and time, or a date you describe.',
  description:
    'Get-Date returns a DateTime object for the current local time. Give -Date to start from another ' +
    'moment, and -Year, -Month, -Day, -Hour, -Minute, -Second or -Millisecond to change single fields. ' +
    'With -Format (a .NET format string such as yyyy-MM-dd, or FileDate, FileDateTime and their Universal ' +
    'variants) or -UFormat (Unix-style specifiers such as %Y-%m-%d) the result is a string instead of a DateTime. ' +
    '-AsUTC converts the result to UTC first.',
  parameterSets: ['DateAndFormat', 'DateAndUFormat'],
  defaultParameterSet: 'DateAndFormat',
  outputType: 'System.DateTime',
  examples: [
    { code: 'Get-Date', remarks: 'Shows the current local date and time.' },
    { code: "Get-Date -Format 'yyyy-MM-dd HH:mm'", remarks: 'Returns the current time as a string such as 2026-03-01 14:05.' },
    { code: "Get-Date -UFormat '%A %d %B %Y'", remarks: 'Formats the date with Unix-style specifiers, e.g. Sunday 01 March 2026.' },
    { code: "Get-Date -Date '2026-12-01T08:00' -Hour 17", remarks: 'Starts from the given date and moves the time to 17:00 the same day.' },
    { code: '(Get-Date).AddHours(2)', remarks: 'The moment two hours from now, handy as a start time for a Temporary Access Pass.' },
    { code: 'Get-Date -AsUTC -Format o', remarks: 'The current time in UTC, in the round-trip ISO 8601 format.' },
  ],
  parameters: {
    Date: parameter(types.dateTime, {
      position: 0,
      fromPipeline: 'both',
      aliases: ['LastWriteTime'],
      help: 'The date and time to start from instead of now. Strings such as 2026-12-01T08:00 are converted.',
    }),
    Year: parameter(types.int32, { validate: { range: [1, 9999] }, help: 'The year of the result.' }),
    Month: parameter(types.int32, { validate: { range: [1, 12] }, help: 'The month of the result, 1 to 12.' }),
    Day: parameter(types.int32, {
      validate: { range: [1, 31] },
      help: 'The day of the month of the result. A day past the end of the month rolls into the next month.',
    }),
    Hour: parameter(types.int32, { validate: { range: [0, 23] }, help: 'The hour of the result, 0 to 23.' }),
    Minute: parameter(types.int32, { validate: { range: [0, 59] }, help: 'The minute of the result, 0 to 59.' }),
    Second: parameter(types.int32, { validate: { range: [0, 59] }, help: 'The second of the result, 0 to 59.' }),
    Millisecond: parameter(types.int32, { validate: { range: [0, 999] }, help: 'The millisecond of the result, 0 to 999.' }),
    AsUTC: switchParameter({ help: 'Converts the result to UTC.' }),
    Format: parameter(types.string, {
      sets: { DateAndFormat: {} },
      valueCompletions: ['FileDate', 'FileDateUniversal', 'FileDateTime', 'FileDateTimeUniversal', 'o', 's', 'u', 'd', 'D', 'g', 'G', 'yyyy-MM-dd'],
      help: 'Returns a string formatted with a .NET format string, or FileDate, FileDateUniversal, FileDateTime, FileDateTimeUniversal.',
    }),
    UFormat: parameter(types.string, {
      sets: { DateAndUFormat: { mandatory: true } },
      help: 'Returns a string formatted with Unix-style specifiers, e.g. %Y-%m-%d %H:%M:%S.',
    }),
  },
  async process(args, ctx) {
    let dt = applyFieldOverrides(args.Date ?? PSDateTime.now(), args);
    if (args.AsUTC) dt = toUniversalTime(dt);
    if (args.UFormat !== undefined) {
      await ctx.write(formatUFormat(dt, args.UFormat));
      return;
    }
    if (args.Format !== undefined) {
      try {
        await ctx.write(formatWithDotNetPattern(dt, args.Format));
      } catch (error) {
        if (!(error instanceof FormatStringError)) throw error;
        ctx.throwTerminating({
          message: `Input string was not in a correct format.`,
          errorId: 'FormatException',
          category: 'InvalidArgument',
          exceptionType: 'FormatException',
          targetObject: args.Format,
        });
      }
      return;
    }
    await ctx.write(dt);
  },
});
