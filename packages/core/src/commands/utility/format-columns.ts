/**
 * What Format-Table and Format-List show for an object: the -Property columns (names, wildcards,
 * calculated properties with Width/Alignment/FormatString), else the type's default view, else
 * every property. Columns are fixed by the first object, as in pwsh.
 */
import type { CmdletContext } from '../../cmdlet/index.js';
import { hasWildcard, matchesWildcard } from '../../cmdlet/wildcard.js';
import { cellText, findDefaultView, type Alignment, type ViewProperty } from '../../format/index.js';
import { formatComposite } from '../../values/format-composite.js';
import { propertyValue } from './member-access.js';
import { PSObject } from '../../values/model.js';
import { propertyNames } from './member-access.js';
import { evaluateExpression, type PropertySpec } from './property-expression.js';

export interface Column {
  readonly label: string;
  readonly width?: number;
  readonly align?: Alignment;
  readonly formatString?: string;
  value(record: unknown, ctx: CmdletContext): Promise<unknown>;
}

function fromSpec(spec: PropertySpec): Column {
  const align: Alignment | undefined = spec.alignment === 'Right' ? 'right' : spec.alignment === undefined ? undefined : 'left';
  return {
    label: spec.name,
    width: spec.width,
    align,
    formatString: spec.formatString,
    value: async (record, ctx) => (await evaluateExpression(record, spec.expression, ctx)).value,
  };
}

function named(name: string): Column {
  return { label: name, value: (record) => Promise.resolve(propertyValue(record, name)) };
}

function fromView(property: ViewProperty): Column {
  if (typeof property === 'string') return named(property);
  return { label: property.label, width: property.width, align: property.align, value: (record) => Promise.resolve(property.expression(record)) };
}

/**
 * The columns for a run of objects, from the first one. `kind` picks which default view applies:
 * Format-List uses a declared list view, Format-Table a declared table view; otherwise every property.
 */
export function columnsFor(first: unknown, specs: readonly PropertySpec[] | undefined, kind: 'table' | 'list'): Column[] {
  if (specs) {
    return specs.flatMap((spec) =>
      spec.plain && hasWildcard(spec.name) ? propertyNames(first).filter((n) => matchesWildcard(n, spec.name)).map(named) : [fromSpec(spec)],
    );
  }
  if (first instanceof PSObject) {
    const declared = findDefaultView(first.typeNames);
    const declaredKind = declared?.view.kind ?? (declared && declared.view.properties.length >= 5 ? 'list' : 'table');
    if (declared && declared.view.kind !== 'text' && (kind === 'table' || declaredKind === 'list')) return declared.view.properties.map(fromView);
  }
  return propertyNames(first).map(named);
}

/** The text of one cell: -FormatString applied, then pwsh's cell rendering (arrays as {a, b}). */
export function columnText(value: unknown, formatString?: string): string {
  if (formatString !== undefined && value !== null && value !== undefined) return formatComposite(`{0:${formatString}}`, [value]);
  return cellText(value);
}

export async function rowValues(record: unknown, columns: readonly Column[], ctx: CmdletContext): Promise<unknown[]> {
  const values: unknown[] = [];
  for (const c of columns) values.push(await c.value(record, ctx));
  return values;
}
