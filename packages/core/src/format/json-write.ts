/**
 * ConvertTo-Json: pwsh's output (Newtonsoft, 2-space indentation), depth-limited: a container
 * deeper than `depth` becomes its string form ("System.Collections.Hashtable", "@{A=1}").
 * Dates use the round-trip form without trailing zeros ("2026-11-27T16:47:45.123+01:00").
 */
import { formatDateTime } from '../values/datetime/format.js';
import { timeSpanComponents, timeSpanTicks } from '../values/datetime/timespan.js';
import { PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, PSTypeName, ScriptBlockValue } from '../values/model.js';
import { resolveType } from '../values/typenames.js';
import { PSRange } from '../values/range.js';
import { toPSString } from '../values/stringify.js';

export interface ToJsonOptions {
  depth?: number;
  compress?: boolean;
  /** Called once when some value was cut at the depth limit (the cmdlet writes the warning). */
  onTruncated?: (depth: number) => void;
}

export function jsonTruncationWarning(depth: number): string {
  return `Resulting JSON is truncated as serialization has exceeded the set depth of ${depth}.`;
}

const ROUND_TRIP = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK";

type Container = { kind: 'array'; items: unknown[] } | { kind: 'object'; entries: [string, unknown][] };

function timeSpanEntries(ts: PSTimeSpan): [string, unknown][] {
  const c = timeSpanComponents(ts);
  const ms = ts.totalMilliseconds;
  return [
    ['Ticks', timeSpanTicks(ts)], ['Days', c.days], ['Hours', c.hours], ['Milliseconds', c.milliseconds], ['Minutes', c.minutes],
    ['Seconds', c.seconds], ['TotalDays', ms / 86_400_000], ['TotalHours', ms / 3_600_000], ['TotalMilliseconds', ms],
    ['TotalMinutes', ms / 60_000], ['TotalSeconds', ms / 1000],
  ];
}

function containerOf(value: unknown): Container | undefined {
  if (Array.isArray(value)) return { kind: 'array', items: value as unknown[] };
  if (value instanceof PSRange) return { kind: 'array', items: value.toArray() };
  if (value instanceof PSHashtable) return { kind: 'object', entries: value.entries() };
  if (value instanceof PSObject) return { kind: 'object', entries: value.propertyNames().map((n) => [n, value.get(n)]) };
  if (value instanceof PSTimeSpan) return { kind: 'object', entries: timeSpanEntries(value) };
  return undefined;
}

function numberJson(n: number): string {
  if (!Number.isFinite(n)) return JSON.stringify(String(n));
  if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return String(n);
  return String(n).replace('e', 'E');
}

function scalarJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return numberJson(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof PSDateTime) return JSON.stringify(formatDateTime(value, ROUND_TRIP));
  if (value instanceof PSGuid) return JSON.stringify(value.value);
  if (value instanceof PSTypeName) return JSON.stringify(resolveType(value.name)?.fullName ?? value.name);
  if (value instanceof ScriptBlockValue) return JSON.stringify(value.text);
  return JSON.stringify(toPSString(value));
}

export function toJson(value: unknown, options: ToJsonOptions = {}): string {
  const maxDepth = options.depth ?? 2;
  const compress = options.compress ?? false;
  let truncated = false;

  function write(v: unknown, depth: number, indent: string): string {
    const container = containerOf(v);
    if (!container) return scalarJson(v);
    if (depth > maxDepth) {
      truncated = true;
      return JSON.stringify(toPSString(v));
    }
    const inner = `${indent}  `;
    const parts =
      container.kind === 'array'
        ? container.items.map((item) => write(item, depth + 1, inner))
        : container.entries.map(([k, item]) => `${JSON.stringify(k)}:${compress ? '' : ' '}${write(item, depth + 1, inner)}`);
    const [open, close] = container.kind === 'array' ? ['[', ']'] : ['{', '}'];
    if (parts.length === 0) return `${open}${close}`;
    if (compress) return `${open}${parts.join(',')}${close}`;
    return `${open}\n${parts.map((p) => inner + p).join(',\n')}\n${indent}${close}`;
  }

  const json = write(value, 0, '');
  if (truncated) options.onTruncated?.(maxDepth);
  return json;
}
