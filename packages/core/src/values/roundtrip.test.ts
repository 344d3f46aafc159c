// Property-based checks: what one half writes, the other half reads back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJson } from '../format/json-write.js';
import { fromJson } from '../format/json-read.js';
import { fromWallClock, wallClockMs } from './datetime/calendar.js';
import { formatDateTime } from './datetime/format.js';
import { parseDateTime } from './datetime/parse.js';
import { PSDateTime, PSObject } from './model.js';
import { formatNumberInvariant, parseNumberString } from './numbers.js';

const wallClock = fc.record({
  year: fc.integer({ min: 1900, max: 2100 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
  millisecond: fc.integer({ min: 0, max: 999 }),
});

describe('round trips', () => {
  it('numbers print with 15 significant digits and parse back to within that precision', () => {
    fc.assert(
      // Near Double.MaxValue the 15-digit text rounds past the range (as in .NET Framework).
      fc.property(fc.double({ noNaN: true, min: -1e308, max: 1e308 }), (n) => {
        const back = parseNumberString(formatNumberInvariant(n));
        expect(back).toBeDefined();
        if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) expect(back).toBe(n);
        else expect(Math.abs((back ?? 0) - n)).toBeLessThanOrEqual(Math.abs(n) * 1e-14);
      }),
    );
  });

  it('DateTime text in the s, o and en-US G forms parses back to the same wall clock', () => {
    fc.assert(
      fc.property(wallClock, (w) => {
        const utc = new PSDateTime(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond), 'Utc');
        expect(parseDateTime(formatDateTime(utc, 'o'))?.epochMs).toBe(utc.epochMs);
        const unspecified = fromWallClock(w, 'Unspecified');
        const seconds = wallClockMs(unspecified) - w.millisecond;
        for (const format of ['s', 'G', 'F']) {
          const back = parseDateTime(formatDateTime(unspecified, format));
          expect(back && wallClockMs(back)).toBe(seconds);
        }
      }),
    );
  });

  it('JSON written by toJson reads back to the same data', () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }).filter((k) => !/[A-Z]/i.test(k) || k === k.toLowerCase()), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    const toModel = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(toModel);
      if (v !== null && typeof v === 'object') return new PSObject(Object.entries(v).map(([k, x]): [string, unknown] => [k, toModel(x)]));
      return v;
    };
    fc.assert(
      fc.property(tree, fc.boolean(), (value, compress) => {
        const model = toModel(value);
        const text = toJson(model, { depth: 100, compress });
        expect(JSON.parse(text)).toEqual(value);
        const back = fromJson(text);
        // Date-like strings turn into DateTime by design; the generated strings rarely look like one.
        if (!/\d{4}-\d\d-\d\dT/.test(text)) expect(toJson(back, { depth: 100, compress })).toBe(text);
      }),
    );
  });
});
