/**
 * Where-Object (where, ?): keeps the objects for which a script block is true, or, in the
 * simplified form, whose property compares true with a value (`Where-Object State -eq 'Enabled'`).
 */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import { applyBinaryOperator } from '../../values/operators/dispatch.js';
import { isTruthy } from '../../values/truthiness.js';
import { propertyValue } from './member-access.js';
import { equalSet, notSet, operatorForSet, operatorSwitches, scriptBlockSet, whereOperators } from './where-operators.js';

const comparisonSets = [equalSet, ...whereOperators.map((o) => o.set).filter((s) => s !== equalSet)];

export const whereObject = defineCmdlet({
  name: 'Where-Object',
  aliases: ['where', '?'],
  synopsis: 'Keeps the objects that match a condition.',
  description:
    'Where-Object filters the pipeline. With a script block, an object passes when the block returns a true ' +
    'value; $_ is the current object. The simplified form names a property and a comparison switch: ' +
    '-EQ, -NE, -GT, -GE, -LT, -LE, -Like, -NotLike, -Match, -NotMatch, -Contains, -NotContains, -In, -NotIn, -Is, ' +
    '-IsNot, each with a case-sensitive C variant (-CEQ, -CLike...). A property alone tests its truth, -Not tests ' +
    'its falsehood.',
  parameterSets: [equalSet, scriptBlockSet, notSet, ...comparisonSets.filter((s) => s !== equalSet)],
  defaultParameterSet: equalSet,
  examples: [
    { code: '1..5 | Where-Object { $_ -gt 2 }', remarks: 'Outputs 3, 4 and 5.' },
    { code: "Get-EntraIDUser | Where-Object AccountEnabled -eq $true", remarks: 'Keeps the enabled users (simplified syntax).' },
    { code: "Get-EntraIDUser | Where-Object UserPrincipalName -like '*@contoso.com'", remarks: 'Keeps users from one domain.' },
    { code: "Import-Csv users.csv | ? Department -in 'Sales','Support'", remarks: 'Keeps rows of two departments, using the ? alias.' },
    { code: 'Get-EntraIDUser | Where-Object -Not AccountEnabled', remarks: 'Keeps the disabled users.' },
  ],
  parameters: {
    InputObject: parameter(types.object, { fromPipeline: 'value', allowNull: true, help: 'The objects to filter; usually piped.' }),
    FilterScript: parameter(types.scriptBlock, {
      sets: { [scriptBlockSet]: { mandatory: true, position: 0 } },
      help: 'The condition; $_ is the current object. The object passes when the block returns a true value.',
    }),
    Property: parameter(types.string, {
      sets: Object.fromEntries([...comparisonSets, notSet].map((s) => [s, { mandatory: true, position: 0 }])),
      help: 'The property to test (simplified syntax).',
    }),
    Value: parameter(types.object, {
      sets: Object.fromEntries(comparisonSets.map((s) => [s, { position: 1 }])),
      allowNull: true,
      help: 'The value to compare the property with (simplified syntax).',
    }),
    Not: switchParameter({ sets: { [notSet]: { mandatory: true } }, help: 'Keeps objects whose property is false, empty or missing.' }),
    ...operatorSwitches(),
  },
  begin(_args, ctx) {
    const set = ctx.parameterSetName;
    // A comparison switch needs -Value; only the bare `Where-Object Prop` form (no -EQ) tests truth.
    const needsValue = set !== scriptBlockSet && set !== notSet && (set !== equalSet || ctx.boundParameters.has('EQ'));
    if (needsValue && !ctx.boundParameters.has('Value')) {
      return ctx.throwTerminating({
        message: 'The specified operator requires both the -Property and -Value parameters. Provide values for both parameters, and then try again.',
        errorId: 'ValueNotSpecifiedForWhereObject',
        category: 'InvalidArgument',
        exceptionType: 'PSArgumentException',
      });
    }
  },
  async process(args, ctx) {
    const input = args.InputObject ?? null;
    if (args.FilterScript !== undefined) {
      if (isTruthy(await ctx.invokeScriptBlock(args.FilterScript, { dollarUnder: input }))) await ctx.write(input);
      return;
    }
    if (args.Property === undefined) return;
    const actual = propertyValue(input, args.Property);
    let passes: boolean;
    if (args.Not) passes = !isTruthy(actual);
    else if (ctx.parameterSetName === equalSet && !ctx.boundParameters.has('Value')) passes = isTruthy(actual);
    else passes = isTruthy(applyBinaryOperator(operatorForSet(ctx.parameterSetName)?.operator ?? 'ieq', actual, args.Value ?? null));
    if (passes) await ctx.write(input);
  },
});
