/**
 * What the query layer needs to know about one directory object type (user, group, or the mixed
 * directoryObject of a members list): its property names, which ones come back by default, what
 * `$filter`, `$orderby` and `$search` accept on each, and how to read a value off a record.
 */

/** Whether an operator works by default or needs the advanced query parameters. */
export type Support = 'default' | 'advanced';

export interface FilterCapabilities {
  readonly type: 'string' | 'boolean' | 'dateTime';
  /** eq (and in, which follows eq). */
  readonly eq?: Support;
  readonly startsWith?: Support;
  readonly endsWith?: Support;
  /** ge / le / gt / lt. */
  readonly range?: Support;
  /** Whether `eq null` / `ne null` is allowed (always an advanced query). */
  readonly nullable?: boolean;
  /** A collection of strings: filtered through `any()` only (`proxyAddresses/any(p:p eq '...')`). */
  readonly collection?: boolean;
}

export interface EntitySchema<R> {
  /** The resource name in Graph's filter errors: `... of resource 'User'.` */
  readonly resource: string;
  /** `microsoft.graph.user`: used in "Could not find a property named 'x' on type '...'". */
  readonly typeName: string;
  /** The canonical name of a property of the type (case-insensitive), or undefined. */
  canonical(name: string): string | undefined;
  filter(property: string): FilterCapabilities | undefined;
  orderBy(property: string): Support | undefined;
  /** Properties `$search` tokenizes (displayName, description); other strings match as startsWith. */
  readonly tokenized: ReadonlySet<string>;
  /** The value of a property on a record; undefined when the record's type has no such property. */
  value(record: R, property: string): unknown;
}

/** A case-insensitive lookup of canonical property names. */
export function propertyLookup(names: readonly string[]): (name: string) => string | undefined {
  const byLower = new Map(names.map((name) => [name.toLowerCase(), name]));
  return (name) => byLower.get(name.trim().toLowerCase());
}
