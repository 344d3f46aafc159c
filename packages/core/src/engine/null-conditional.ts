/**
 * The one null test behind PowerShell 7's null-aware operators (`??`, `??=`, `?.`, `?[]`), shared
 * by the expressions and the assignments that use them. Only $null counts: `''`, `0`, `$false` and
 * an empty array are values, so `'' ?? 'x'` is `''`.
 */
export function isNullValue(value: unknown): boolean {
  return value === null || value === undefined;
}
