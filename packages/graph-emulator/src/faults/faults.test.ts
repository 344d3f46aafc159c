import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock.js';
import { startEmulator } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';
import { call, tapPath } from '../testing/graph.test-helper.js';
import { FaultInjector } from './faults.js';
import { LatencyModel } from './latency.js';

const JOHN = 'johndoe@contoso.onmicrosoft.com';

describe('FaultInjector', () => {
  const sequence = (seed: number) => {
    const faults = new FaultInjector({ seed, rates: { 500: 0.1, 503: 0.1, 504: 0.1, reset: 0.1, hang: 0.1 } }, 0);
    return Array.from({ length: 200 }, () => faults.draw('tap.create')?.kind ?? 'ok');
  };

  it('is deterministic for a seed and differs between seeds', () => {
    expect(sequence(7)).toEqual(sequence(7));
    expect(sequence(7)).not.toEqual(sequence(8));
  });

  it('draws each fault near its rate', () => {
    const kinds = sequence(42).concat(sequence(43), sequence(44), sequence(45), sequence(46));
    for (const kind of ['500', '503', '504', 'reset', 'hang']) {
      const share = kinds.filter((k) => k === kind).length / kinds.length;
      expect(share).toBeGreaterThan(0.05);
      expect(share).toBeLessThan(0.15);
    }
  });

  it('never marks a 503 as processed', () => {
    const faults = new FaultInjector({ seed: 1, rates: { 503: 1 }, processedRate: 1 }, 0);
    for (let i = 0; i < 20; i++) expect(faults.draw('users.get')).toEqual({ kind: '503', processed: false });
  });

  it('applies per-route rates and refuses impossible ones', () => {
    const faults = new FaultInjector({ seed: 1, routes: { 'tap.create': { 500: 1 } } }, 0);
    expect(faults.draw('users.get')).toBeUndefined();
    expect(faults.draw('tap.create')?.kind).toBe('500');
    expect(() => new FaultInjector({ rates: { 500: 0.7, 503: 0.7 } }, 0)).toThrow(RangeError);
    expect(() => new FaultInjector({ rates: { reset: -1 } }, 0)).toThrow(RangeError);
  });
});

describe('LatencyModel', () => {
  it('adds seeded jitter within bounds, per route', () => {
    const delays = (seed: number) => {
      const model = new LatencyModel({ seed, routes: { 'tap.create': 150, '*': { ms: 5, jitter: 0 } }, jitter: 50 }, 0);
      return Array.from({ length: 50 }, () => model.delayFor('tap.create'));
    };
    const first = delays(3);
    expect(first).toEqual(delays(3));
    for (const ms of first) {
      expect(ms).toBeGreaterThanOrEqual(100);
      expect(ms).toBeLessThanOrEqual(200);
    }
    expect(new Set(first).size).toBeGreaterThan(40);
    expect(new LatencyModel({ routes: { '*': 5 } }, 0).delayFor('users.get')).toBe(5);
    expect(new LatencyModel({}, 0).delayFor('users.get')).toBe(0);
  });
});

describe('fault injection over HTTP', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ clock: new ManualClock() });
  });
  beforeEach(() => emulator.reset());
  afterAll(() => emulator.close());

  const create = (signal?: AbortSignal) => call(emulator, 'POST', tapPath(JOHN), { body: {}, ...(signal ? { signal } : {}) });

  it('answers 503 with Retry-After and does not process the call', async () => {
    emulator.configure({ faults: { rates: { 503: 1 }, retryAfterSeconds: 3 } });
    const reply = await create();
    expect(reply.status).toBe(503);
    expect(reply.headers.get('retry-after')).toBe('3');
    expect(emulator.state.issuedCount(JOHN)).toBe(0);
    emulator.configure({ faults: {} });
  });

  it('answers 500 and 504; processedRate decides whether the work was done', async () => {
    emulator.configure({ faults: { rates: { 500: 1 }, processedRate: 1 } });
    expect((await create()).status).toBe(500);
    expect(emulator.state.issuedCount(JOHN)).toBe(1);
    emulator.configure({ faults: { rates: { 504: 1 }, processedRate: 0 } });
    expect((await create()).status).toBe(504);
    expect(emulator.state.issuedCount(JOHN)).toBe(1);
    emulator.configure({ faults: {} });
  });

  it('resets the connection, possibly after issuing the pass', async () => {
    emulator.configure({ faults: { rates: { reset: 1 }, processedRate: 1 } });
    await expect(create()).rejects.toThrow();
    expect(emulator.state.issuedCount(JOHN)).toBe(1);
    emulator.configure({ faults: {} });
    expect((await create()).status).toBe(201);
  });

  it('never answers until the client gives up', async () => {
    emulator.configure({ faults: { routes: { 'tap.create': { hang: 1 } }, processedRate: 0 } });
    await expect(create(AbortSignal.timeout(150))).rejects.toThrow();
    expect(emulator.state.issuedCount(JOHN)).toBe(0);
    expect((await call(emulator, 'GET', tapPath(JOHN))).status).toBe(200);
    emulator.configure({ faults: {} });
  });

  it('gives the same outcomes for the same seed', async () => {
    const run = async () => {
      emulator.reset();
      emulator.configure({ faults: { seed: 11, rates: { 500: 0.2, 503: 0.2, 504: 0.2 } } });
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await create()).status);
      return statuses;
    };
    const first = await run();
    expect(first).toEqual(await run());
    expect(new Set(first)).toEqual(new Set([201, 500, 503, 504]));
    emulator.configure({ faults: {} });
  });

  it('takes a whole batch down when one item resets, after running every item', async () => {
    emulator.configure({ faults: { seed: 1, routes: { 'users.get': { reset: 1 } }, processedRate: 1 } });
    const requests = [
      { id: '1', method: 'POST', url: `/users/${JOHN}/authentication/temporaryAccessPassMethods`, headers: { 'Content-Type': 'application/json' }, body: {} },
      { id: '2', method: 'GET', url: `/users/${JOHN}` },
    ];
    await expect(call(emulator, 'POST', '/$batch', { body: { requests } })).rejects.toThrow();
    expect(emulator.state.issuedCount(JOHN)).toBe(1);
    emulator.configure({ faults: {} });
  });
});

describe('closing with a held request', () => {
  it('releases the waiting client', async () => {
    const emulator = await startEmulator({ faults: { rates: { hang: 1 } } });
    const pending = call(emulator, 'GET', '/users');
    const settled = pending.then(
      () => 'answered',
      () => 'dropped',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await emulator.close();
    expect(await settled).toBe('dropped');
  });
});
