/**
 * `Retry-After` comes in two shapes (RFC 9110 §10.2.3): delay-seconds and an HTTP date. Graph
 * sends seconds, sometimes fractional ("0.5"); proxies and other Graph-compatible services may
 * send a date. Anything else is ignored (the caller falls back to exponential backoff).
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only accept the shapes of an HTTP date (a month name and a time); Date.parse alone is lenient.
  if (!/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(text) || !/\d{1,2}:\d{2}:\d{2}/.test(text)) {
    return undefined;
  }
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
