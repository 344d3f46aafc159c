/**
 * Measure-Object (measure): counts objects and, on request, sums, averages, extremes and the
 * standard deviation of their values (or of properties), or lines/words/characters of text.
 */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import type { CmdletContext } from '../../cmdlet/index.js';
import { toNumber } from '../../values/convert.js';
import { RuntimeError } from '../../values/errors.js';
import { PSObject } from '../../values/model.js';
import { toPSString } from '../../values/stringify.js';
import { compareValues } from './object-order.js';
import { evaluateProperties, expressionOnlyKeys, parsePropertyParameter, type PropertySpec } from './property-expression.js';

export const genericMeasureInfoTypeName = 'Microsoft.PowerShell.Commands.GenericMeasureInfo';
export const textMeasureInfoTypeName = 'Microsoft.PowerShell.Commands.TextMeasureInfo';

/** Running statistics of one measured property (Welford's method for the deviation). */
interface Stats {
  count: number;
  numericCount: number;
  sum: number;
  mean: number;
  m2: number;
  max: unknown;
  min: unknown;
  lines: number;
  words: number;
  characters: number;
}

function newStats(): Stats {
  return { count: 0, numericCount: 0, sum: 0, mean: 0, m2: 0, max: null, min: null, lines: 0, words: 0, characters: 0 };
}

interface MeasureState {
  specs: PropertySpec[] | undefined;
  /** Statistics per property name ('' when measuring the objects themselves), in first-seen order. */
  stats: Map<string, Stats>;
}

function tryNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  try {
    return toNumber(value);
  } catch (error) {
    if (error instanceof RuntimeError) return undefined;
    throw error;
  }
}

function measureText(s: Stats, value: unknown, ignoreWhiteSpace: boolean): void {
  const text = toPSString(value);
  s.lines += text.split(/\r?\n/).filter((line) => line.length > 0).length;
  s.words += text.split(/\s+/).filter(Boolean).length;
  s.characters += ignoreWhiteSpace ? text.replace(/\s/g, '').length : text.length;
}

export const measureObject = defineCmdlet({
  name: 'Measure-Object',
  aliases: ['measure'],
  synopsis: 'Counts objects and calculates statistics of their values.',
  description:
    'Measure-Object counts its input (ignoring $null) and, with -Sum, -Average, -Maximum, -Minimum, ' +
    '-StandardDeviation or -AllStats, calculates statistics of the objects or of each property in -Property. ' +
    'Numeric text such as CSV fields counts as a number. Objects without a measured property are left out of ' +
    'its count. With -Line, -Word and -Character it measures text instead.',
  parameterSets: ['GenericMeasure', 'TextMeasure'],
  defaultParameterSet: 'GenericMeasure',
  outputType: genericMeasureInfoTypeName,
  examples: [
    { code: '1..10 | Measure-Object -Sum -Average', remarks: 'Count 10, Sum 55, Average 5.5.' },
    { code: 'Import-Csv users.csv | Measure-Object', remarks: 'Counts the rows of a CSV file.' },
    { code: 'Get-EntraIDUserTemporaryAccessPass -Identity x | Measure-Object LifetimeInMinutes -Maximum', remarks: 'The longest pass lifetime.' },
    { code: "'one two','three' | Measure-Object -Word -Character", remarks: 'Counts 3 words and 12 characters.' },
  ],
  parameters: {
    InputObject: parameter(types.object, { fromPipeline: 'value', allowNull: true, help: 'The objects to measure; usually piped.' }),
    Property: parameter(types.objectArray, { position: 0, help: 'The properties to measure: names, wildcards or @{Expression=...}.' }),
    Sum: switchParameter({ sets: { GenericMeasure: {} }, help: 'Adds the values.' }),
    Average: switchParameter({ sets: { GenericMeasure: {} }, help: 'Averages the values.' }),
    Maximum: switchParameter({ sets: { GenericMeasure: {} }, help: 'Finds the largest value.' }),
    Minimum: switchParameter({ sets: { GenericMeasure: {} }, help: 'Finds the smallest value.' }),
    StandardDeviation: switchParameter({ sets: { GenericMeasure: {} }, help: 'Calculates the sample standard deviation.' }),
    AllStats: switchParameter({ sets: { GenericMeasure: {} }, help: 'Calculates every statistic.' }),
    Line: switchParameter({ sets: { TextMeasure: {} }, help: 'Counts the non-empty lines of text.' }),
    Word: switchParameter({ sets: { TextMeasure: {} }, help: 'Counts the words of text.' }),
    Character: switchParameter({ sets: { TextMeasure: {} }, help: 'Counts the characters of text.' }),
    IgnoreWhiteSpace: switchParameter({ sets: { TextMeasure: {} }, help: 'Leaves white space out of the character count.' }),
  },
  state: (): MeasureState => ({ specs: undefined, stats: new Map() }),
  begin(args, ctx, state) {
    state.specs = parsePropertyParameter(args.Property, expressionOnlyKeys, ctx);
    for (const spec of state.specs ?? []) if (!spec.plain || !/[*?[]/.test(spec.name)) state.stats.set(spec.name, newStats());
    if (!state.specs) state.stats.set('', newStats());
  },
  async process(args, ctx, state) {
    const input = args.InputObject;
    if (input === undefined || input === null) return;
    const measured: [string, unknown][] = state.specs
      ? (await evaluateProperties(input, state.specs, ctx)).filter((p) => p.found && p.value !== null).map((p) => [p.name, p.value])
      : [['', input]];
    for (const [name, value] of measured) {
      let s = state.stats.get(name);
      if (!s) state.stats.set(name, (s = newStats()));
      await accumulate(s, value, args, ctx);
    }
  },
  async end(args, ctx, state) {
    const all = args.AllStats;
    for (const [name, s] of state.stats) {
      const property = name === '' ? null : name;
      if (ctx.parameterSetName === 'TextMeasure') {
        await ctx.write(
          new PSObject(
            {
              Lines: args.Line ? s.lines : null,
              Words: args.Word ? s.words : null,
              Characters: args.Character ? s.characters : null,
              Property: property,
            },
            [textMeasureInfoTypeName],
          ),
        );
        continue;
      }
      const numeric = s.numericCount > 0;
      await ctx.write(
        new PSObject(
          {
            Count: s.count,
            Average: (args.Average || all) && numeric ? s.sum / s.numericCount : null,
            Sum: (args.Sum || all) ? s.sum : null,
            Maximum: args.Maximum || all ? s.max : null,
            Minimum: args.Minimum || all ? s.min : null,
            StandardDeviation: (args.StandardDeviation || all) && s.numericCount > 1 ? Math.sqrt(s.m2 / (s.numericCount - 1)) : args.StandardDeviation || all ? 0 : null,
            Property: property,
          },
          [genericMeasureInfoTypeName],
        ),
      );
    }
  },
});

interface MeasureSwitches {
  readonly Sum: boolean;
  readonly Average: boolean;
  readonly StandardDeviation: boolean;
  readonly AllStats: boolean;
  readonly Maximum: boolean;
  readonly Minimum: boolean;
  readonly IgnoreWhiteSpace: boolean;
}

async function accumulate(s: Stats, value: unknown, args: MeasureSwitches, ctx: CmdletContext): Promise<void> {
  s.count++;
  if (ctx.parameterSetName === 'TextMeasure') {
    measureText(s, value, args.IgnoreWhiteSpace);
    return;
  }
  const n = tryNumber(value);
  if (args.Sum || args.Average || args.StandardDeviation || args.AllStats) {
    if (n === undefined) {
      await ctx.writeError({
        message: `Input object "${toPSString(value)}" is not numeric.`,
        errorId: 'NonNumericInputObject',
        category: 'InvalidType',
        exceptionType: 'PSInvalidOperationException',
        targetObject: value,
      });
      return;
    }
    s.numericCount++;
    s.sum += n;
    const delta = n - s.mean;
    s.mean += delta / s.numericCount;
    s.m2 += delta * (n - s.mean);
  }
  if (args.Maximum || args.Minimum || args.AllStats) {
    // Numeric text (CSV fields) compares as a number, as pwsh converts to double when it can.
    const v = n ?? value;
    if (s.max === null || compareValues(v, s.max, false) > 0) s.max = v;
    if (s.min === null || compareValues(v, s.min, false) < 0) s.min = v;
  }
}
