/**
 * The runner must never load Ink or React. Checked on the real bundle: walk the static imports of
 * dist/main.js and of the runner's chunk (what Node loads for -Command) and look at which source
 * files went into those chunks.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuiltShell } from '../testing/built-shell.js';

interface Metafile {
  outputs: Record<string, { entryPoint?: string; imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }>;
}

let meta: Metafile;
let distDir: string;
const UI_PACKAGES = /node_modules\/(\.pnpm\/)?(ink|react|react-reconciler|yoga-layout|scheduler)[@/]/;

beforeAll(() => {
  const main = ensureBuiltShell();
  distDir = dirname(main);
  meta = JSON.parse(readFileSync(join(distDir, 'meta.json'), 'utf8')) as Metafile;
});

function outputKey(suffix: string): string {
  const key = Object.keys(meta.outputs).find((k) => k.endsWith(suffix) || meta.outputs[k]?.entryPoint?.endsWith(suffix));
  if (!key) throw new Error(`no output for ${suffix}`);
  return key;
}

/** Every output file Node loads, statically, once `roots` are loaded. */
function staticClosure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length > 0) {
    const key = todo.pop();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    for (const imp of meta.outputs[key]?.imports ?? []) if (imp.kind === 'import-statement' && meta.outputs[imp.path]) todo.push(imp.path);
  }
  return seen;
}

function uiInputs(outputs: Set<string>): string[] {
  return [...outputs].flatMap((o) => Object.keys(meta.outputs[o]?.inputs ?? {})).filter((i) => UI_PACKAGES.test(i));
}

describe('the bundle', () => {
  it('keeps Ink and React out of everything the runner loads', () => {
    const runnerLoads = staticClosure([outputKey('main.js'), outputKey('src/runner/run-mode.ts')]);
    expect(runnerLoads.size).toBeGreaterThan(1);
    expect(uiInputs(runnerLoads)).toEqual([]);
  });

  it('loads Ink and React in interactive mode only, and the engine after the first frame', () => {
    const replLoads = staticClosure([outputKey('main.js'), outputKey('src/repl/start.tsx')]);
    expect(uiInputs(replLoads).some((i) => /ink/.test(i))).toBe(true);
    // The engine (core's session) is a dynamic import of the REPL, not part of its first load.
    const inputs = [...replLoads].flatMap((o) => Object.keys(meta.outputs[o]?.inputs ?? {}));
    expect(inputs.some((i) => i.includes('packages/core/src/session/session.ts'))).toBe(false);
  });

  it('starts with a shebang so the bin runs directly', () => {
    expect(readFileSync(join(distDir, 'main.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
