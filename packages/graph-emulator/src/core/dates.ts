/** Date formats Graph uses on the wire. */

/** DateTimeOffset as Graph writes it: UTC, fractional seconds only when there are any. */
export function graphDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** The `innerError.date` format: seconds precision, no zone designator. */
export function innerErrorDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** Parses an ISO 8601 date-time with a zone (Z or ±hh:mm); undefined when it is not one. */
export function parseDateTimeOffset(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/i.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
