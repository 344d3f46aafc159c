/**
 * The comparison switches of Where-Object's simplified syntax (`Where-Object Prop -EQ value`).
 * Each switch has its own parameter set, named as in pwsh; the chosen set tells the cmdlet
 * which operator to apply.
 */
import { switchParameter, type ParameterDeclaration } from '../../cmdlet/index.js';

export interface WhereOperator {
  /** The switch name, e.g. 'EQ', 'CLike'. */
  readonly parameter: string;
  /** The PowerShell operator applied to the property value and -Value, e.g. 'ieq', 'clike'. */
  readonly operator: string;
  readonly set: string;
  readonly aliases: readonly string[];
  readonly help: string;
}

function pair(base: string, op: string, setStem: string, what: string): WhereOperator[] {
  return [
    { parameter: base, operator: `i${op}`, set: `${setStem}Set`, aliases: [`I${base}`], help: `Keeps objects whose property ${what} -Value.` },
    {
      parameter: `C${base}`,
      operator: `c${op}`,
      set: `CaseSensitive${setStem}Set`,
      aliases: [],
      help: `Keeps objects whose property ${what} -Value, comparing strings case-sensitively.`,
    },
  ];
}

export const whereOperators: readonly WhereOperator[] = [
  ...pair('EQ', 'eq', 'Equal', 'equals'),
  ...pair('NE', 'ne', 'NotEqual', 'differs from'),
  ...pair('GT', 'gt', 'GreaterThan', 'is greater than'),
  ...pair('LT', 'lt', 'LessThan', 'is less than'),
  ...pair('GE', 'ge', 'GreaterOrEqual', 'is greater than or equal to'),
  ...pair('LE', 'le', 'LessOrEqual', 'is less than or equal to'),
  ...pair('Like', 'like', 'Like', 'matches the wildcard pattern in'),
  ...pair('NotLike', 'notlike', 'NotLike', 'does not match the wildcard pattern in'),
  ...pair('Match', 'match', 'Match', 'matches the regular expression in'),
  ...pair('NotMatch', 'notmatch', 'NotMatch', 'does not match the regular expression in'),
  ...pair('Contains', 'contains', 'Contains', 'is a collection containing'),
  ...pair('NotContains', 'notcontains', 'NotContains', 'is a collection not containing'),
  ...pair('In', 'in', 'In', 'is one of the values in'),
  ...pair('NotIn', 'notin', 'NotIn', 'is none of the values in'),
  { parameter: 'Is', operator: 'is', set: 'IsSet', aliases: [], help: 'Keeps objects whose property is of the type given in -Value.' },
  { parameter: 'IsNot', operator: 'isnot', set: 'IsNotSet', aliases: [], help: 'Keeps objects whose property is not of the type given in -Value.' },
];

/** The default set: `Where-Object Prop` (truth test) and `Where-Object Prop value` (equality) need no switch. */
export const equalSet = 'EqualSet';
export const scriptBlockSet = 'ScriptBlockSet';
export const notSet = 'NotSet';

export function operatorForSet(setName: string): WhereOperator | undefined {
  return whereOperators.find((o) => o.set === setName);
}

/** One switch parameter per operator; -EQ is optional in its set so the bare forms bind there. */
export function operatorSwitches(): Record<string, ParameterDeclaration<boolean, 'always'>> {
  const switches: Record<string, ParameterDeclaration<boolean, 'always'>> = {};
  for (const o of whereOperators) {
    switches[o.parameter] = switchParameter({ sets: { [o.set]: { mandatory: o.set !== equalSet } }, aliases: o.aliases, help: o.help });
  }
  return switches;
}
