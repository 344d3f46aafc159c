/**
 * -Property arguments of the object cmdlets: property names (with wildcards) and calculated
 * properties `@{Name='X'; Expression={ $_.Y * 2 }}`. Hashtable keys match by unique prefix
 * (`n`, `l`, `e`, `Exp`), as in PowerShell; which keys are valid depends on the cmdlet.
 */
import type { CmdletContext } from '../../cmdlet/index.js';
import { hasWildcard, matchesWildcard } from '../../cmdlet/wildcard.js';
import { PSHashtable, ScriptBlockValue } from '../../values/model.js';
import { typeNameOf } from '../../values/type-of.js';
import { toPSString } from '../../values/stringify.js';
import { isTruthy } from '../../values/truthiness.js';
import { propertyNames, tryPropertyValue } from './member-access.js';

export type PropertyKey = 'Name' | 'Label' | 'Expression' | 'Ascending' | 'Descending' | 'Width' | 'Alignment' | 'FormatString';

export const selectKeys: readonly PropertyKey[] = ['Name', 'Label', 'Expression'];
export const sortKeys: readonly PropertyKey[] = ['Expression', 'Ascending', 'Descending'];
export const expressionOnlyKeys: readonly PropertyKey[] = ['Expression'];
export const formatTableKeys: readonly PropertyKey[] = ['Name', 'Label', 'Expression', 'Width', 'Alignment', 'FormatString'];
export const formatListKeys: readonly PropertyKey[] = ['Name', 'Label', 'Expression', 'FormatString'];

export type Expression = { readonly kind: 'property'; readonly name: string } | { readonly kind: 'script'; readonly block: ScriptBlockValue };

export interface PropertySpec {
  /** The column/property name: the given name, the calculated Name/Label, or the expression text. */
  readonly name: string;
  readonly expression: Expression;
  /** True for a plain name (possibly a wildcard pattern), false for a hashtable. */
  readonly plain: boolean;
  readonly ascending?: boolean;
  readonly descending?: boolean;
  readonly width?: number;
  readonly alignment?: 'Left' | 'Center' | 'Right';
  readonly formatString?: string;
}

/** A -Property argument PowerShell would reject; the cmdlet reports it as a terminating error. */
export class PropertySpecError extends Error {
  override readonly name = 'PropertySpecError';
}

function matchKey(key: string, allowed: readonly PropertyKey[]): PropertyKey {
  const folded = key.toLowerCase();
  const exact = allowed.find((k) => k.toLowerCase() === folded);
  if (exact) return exact;
  const prefixed = allowed.filter((k) => folded.length > 0 && k.toLowerCase().startsWith(folded));
  const only = prefixed[0];
  if (prefixed.length === 1 && only) return only;
  throw new PropertySpecError(`The "${key}" key is not valid.`);
}

function expressionOf(value: unknown): Expression {
  if (value instanceof ScriptBlockValue) return { kind: 'script', block: value };
  if (typeof value === 'string') return { kind: 'property', name: value };
  throw new PropertySpecError(
    `The "Expression" key has a type, ${typeNameOf(value)}, that is not valid; expected types are {System.String, System.Management.Automation.ScriptBlock}.`,
  );
}

function parseHashtable(table: PSHashtable, allowed: readonly PropertyKey[]): PropertySpec {
  const entries = new Map<PropertyKey, unknown>();
  for (const [key, value] of table.entries()) {
    const k = matchKey(key, allowed);
    if (entries.has(k) || (k === 'Name' && entries.has('Label')) || (k === 'Label' && entries.has('Name'))) {
      throw new PropertySpecError(`The "${key}" key has already been specified.`);
    }
    entries.set(k, value);
  }
  if (!entries.has('Expression')) throw new PropertySpecError('The "Expression" key is missing.');
  const expression = expressionOf(entries.get('Expression'));
  const label = entries.get('Name') ?? entries.get('Label');
  const name = label !== undefined && label !== null ? toPSString(label) : expression.kind === 'script' ? expression.block.text : expression.name;
  const alignment = entries.get('Alignment');
  const alignmentName = alignment === undefined ? undefined : (['Left', 'Center', 'Right'] as const).find((a) => a.toLowerCase() === toPSString(alignment).toLowerCase());
  if (alignment !== undefined && alignmentName === undefined) {
    throw new PropertySpecError(`The "Alignment" key has a value, ${toPSString(alignment)}, that is not valid; use Left, Center or Right.`);
  }
  const width = entries.get('Width');
  return {
    name,
    expression,
    plain: false,
    ascending: entries.has('Ascending') ? isTruthy(entries.get('Ascending')) : undefined,
    descending: entries.has('Descending') ? isTruthy(entries.get('Descending')) : undefined,
    width: typeof width === 'number' ? width : undefined,
    alignment: alignmentName,
    formatString: entries.has('FormatString') ? toPSString(entries.get('FormatString')) : undefined,
  };
}

/** Parses a -Property argument list; throws PropertySpecError for an invalid hashtable. */
export function parsePropertySpecs(values: readonly unknown[], allowed: readonly PropertyKey[]): PropertySpec[] {
  return values.map((value) => {
    if (value instanceof PSHashtable) return parseHashtable(value, allowed);
    if (value instanceof ScriptBlockValue) return { name: value.text, expression: { kind: 'script', block: value }, plain: false };
    const name = toPSString(value);
    return { name, expression: { kind: 'property', name }, plain: true };
  });
}

/**
 * A cmdlet's -Property argument, parsed in its begin step: undefined when -Property was not given; an
 * invalid hashtable ends the command with pwsh's terminating IllegalKey error.
 */
export function parsePropertyParameter(
  values: readonly unknown[] | undefined,
  allowed: readonly PropertyKey[],
  ctx: Pick<CmdletContext, 'throwTerminating'>,
): PropertySpec[] | undefined {
  if (!values) return undefined;
  try {
    return parsePropertySpecs(values, allowed);
  } catch (error) {
    if (!(error instanceof PropertySpecError)) throw error;
    return ctx.throwTerminating({ message: error.message, errorId: 'IllegalKey', category: 'InvalidArgument', exceptionType: 'NotSupportedException' });
  }
}

/** One output of a collapsed script block: nothing is $null, one value itself, several an array. */
export function collapse(values: readonly unknown[]): unknown {
  if (values.length === 0) return null;
  if (values.length === 1) return values[0] ?? null;
  return [...values];
}

export interface EvaluatedProperty {
  readonly name: string;
  readonly value: unknown;
  /** False when a plain name did not exist on the object (its value is then $null). */
  readonly found: boolean;
  readonly spec: PropertySpec;
}

/** Evaluates an expression against one object: a property lookup or the script block with `$_`. */
export async function evaluateExpression(target: unknown, expression: Expression, ctx: CmdletContext): Promise<{ found: boolean; value: unknown }> {
  if (expression.kind === 'script') return { found: true, value: collapse(await ctx.invokeScriptBlock(expression.block, { dollarUnder: target })) };
  const r = tryPropertyValue(target, expression.name);
  return r.found ? { found: true, value: r.value } : { found: false, value: null };
}

/**
 * Evaluates every spec against one object. A plain name with wildcards expands to each matching
 * property of the object (and to nothing when none match).
 */
export async function evaluateProperties(target: unknown, specs: readonly PropertySpec[], ctx: CmdletContext): Promise<EvaluatedProperty[]> {
  const out: EvaluatedProperty[] = [];
  for (const spec of specs) {
    if (spec.plain && hasWildcard(spec.name)) {
      for (const name of propertyNames(target).filter((n) => matchesWildcard(n, spec.name))) {
        const r = tryPropertyValue(target, name);
        out.push({ name, value: r.found ? r.value : null, found: r.found, spec });
      }
      continue;
    }
    const r = await evaluateExpression(target, spec.expression, ctx);
    // A plain name takes the object's own spelling (`select name` shows "Name").
    const actual = spec.plain && r.found ? propertyNames(target).find((n) => n.toLowerCase() === spec.name.toLowerCase()) : undefined;
    out.push({ name: actual ?? spec.name, value: r.value, found: r.found, spec });
  }
  return out;
}
