/**
 * One evaluator, every path: each entry of the table runs (1) driven directly, where it must
 * complete synchronously, (2) as a script's top-level statements, (3) inside a script block a
 * cmdlet invokes per pipeline record, (4) after a command that really waits, so that every node
 * is evaluated after the step resumed asynchronously, and (5) inside `@(...)` after such a wait.
 * All paths must give the same output and the same errors (message, id, and the text the error
 * points at).
 *
 * Paths that collect output before passing it on (`@(...)`, a cmdlet running a block) lose what
 * was written before a `throw`, as pwsh's `@(...)` does: for that entry only errors are compared there.
 */
import { describe, expect, it, vi } from 'vitest';
import { defineCmdlet } from '../cmdlet/define.js';
import { parseScript } from '../language/parse-script.js';
import { TerminatingError, type ErrorRecord } from '../pipeline/records.js';
import { collect, createSession } from '../session/index.js';
import { testEcho, testForEach } from '../session/test-support/script-cmdlets.js';
import { PSHashtable, PSObject } from '../values/model.js';
import { Collector, type Engine, type Frame } from './context.js';
import { memoryEnvironment } from './scope.js';
import { runStatements } from './statements.js';
import { drive } from './step.js';

// Cooperative yielding gives the event loop a turn every ~20 ms of work, whatever the code: off
// here, so that "completes synchronously" is a deterministic property of the evaluator.
vi.mock('../pipeline/yield.js', () => ({ yieldPoint: () => undefined }));

/** Gives the event loop a turn before writing nothing: whatever follows runs after a real wait. */
const waitTurn = defineCmdlet({
  name: 'Wait-TestTurn',
  synopsis: 'Waits for the event loop once.',
  parameters: {},
  async process() {
    await new Promise<void>((resolve) => setImmediate(resolve));
  },
});

const PRELUDE = `$n = 5; $s = 'abc'; $h = @{ a = 1; b = @{ c = 2 } }; $arr = 1, 2, 3; $nothing = $null; $o = [pscustomobject]@{ Name = 'Ada'; Tags = 'x', 'y' }`;

/** [what it covers, code]. Entries may write several records and fail part-way. */
const TABLE: readonly (readonly [string, string])[] = [
  ['arithmetic', `$n * 2 + 1; 7 / 2; 7 % 3; -$n; $n -band 3; 2 -shl 3; 1.5 + 1`],
  [
    'comparison and filters',
    `$n -gt 3; 'abc' -like 'a*'; 'ABC' -ceq 'abc'; $arr -contains 2; 3 -in $arr; $arr -gt 1; 'a', 'b' -eq 'b'`,
  ],
  [
    'regex and $Matches',
    `if ('user@contoso.com' -match '@(.+)$') { $Matches[1] }; 'x1y2' -replace '\\d', '#'; 'a,b' -split ','`,
  ],
  ['short-circuit', `$false -and ($q = 1); $null -eq $q; $true -or $(throw 'never'); -not $n; !$nothing`],
  [
    'expandable strings',
    `"n=$n, s=$($s.ToUpper()), sum=$(1 + 2), arr=$arr, h=$($h.b.c)"; "\${n}x"; "$($arr | Write-TestEcho)"`,
  ],
  ['string operators', `'a' + 1; 'ab' * 3; '{0:N1}|{1}' -f 3.14159, 'x'; 'a', 'b' -join '-'`],
  [
    'members',
    `$o.Name; $o.Tags[1]; $s.Length; $s.Substring(1); $s.ToUpper().ToLower(); $arr.Count; $o.'Name'; $m = 'Name'; $o.$m`,
  ],
  ['indexes', `$h['a']; $h.b.c; $arr[-1]; $arr[0, 2]; $s[1]; $arr[10]; $h['missing']`],
  ['null-conditional', `$nothing?.Name; \${nothing}?[0]; $o?.Name; \${arr}?[0]`],
  [
    'casts',
    `[int]'42' + 1; [string]42; [datetime]'2026-12-01' -is [datetime]; [int[]]('1', '2'); [bool]''; [void]'gone'; [math]::Max(2, 7)`,
  ],
  [
    'hashtables',
    `@{ k = 1 + 1; l = 'x' }.k; ([ordered]@{ z = 1; a = 2 }).Keys -join ','; $t = @{}; $t.new = 1; $t['other'] = 2; $t.Count; [pscustomobject]@{ A = 1; B = $s }; @{ z = 26 }`,
  ],
  [
    '?? and ternary',
    `$nothing ?? 'default'; $n ?? 'default'; $n -gt 3 ? 'big' : 'small'; ($nothing ?? $n) ? 1 : 0; $nothing ?? $nothing ?? 3`,
  ],
  ['++ and --', `$i = 1; $i++; ++$i; $i; $i--; $i; $j = $i++; $j; $i; $arr2 = 1, 2; $arr2[0]++; $arr2`],
  [
    'assignments',
    `$x = 1; $x += 2; $x *= 3; $x -= 1; $x /= 2; $x %= 3; $x; $h.a += 10; $h.a; $arr[1] = 9; $arr; [int]$t = '12'; $t + 1`,
  ],
  [
    '??= and nested assignment',
    `$u ??= 'first'; $u ??= 'second'; $u; $y = ($z = 4) + 1; $y; $z; [int]$w ??= '7'; $w + 1`,
  ],
  ['arrays and ranges', `1, 2 + 3; ,1; @(1..3).Count; (1..3) + 4; @(); @(@(1)).Count; $r = 1..3; $r.Count`],
  [
    'script blocks in expressions',
    `$arr.ForEach({ $_ * 2 }); $arr.Where({ $_ -gt 1 }); { param($a) $a + 1 }.Invoke(1); & { $args[0] } 'arg'`,
  ],
  [
    'sub-expressions with statements',
    `$( if ($n) { 'yes' } else { 'no' } ); @( foreach ($k in 1..2) { $k * 10 } ); $(switch (2) { 1 { 'one' } 2 { 'two' } })`,
  ],
  [
    'statement-terminating errors continue',
    `1 / 0; 'after division'; $nothing.Foo(); 'after null call'; [int]'abc'; 'after cast'; $nothing[0]; 'after index'`,
  ],
  [
    'more errors',
    `$s.NoSuchMethod(); [datetime]'garbage'; Get-NoSuchCommand; 'still here'; $arr[5] = 1; 'end'`,
  ],
  ['throw ends the run', `'before'; throw 'boom'; 'never'`],
  [
    'errors inside expressions point at the culprit',
    `$v = 1 + (2 / 0); "v=$v"; $w2 = @{ k = [int]'x' }; "w2=$w2"`,
  ],
];

interface Observed {
  readonly output: unknown[];
  readonly errors: { message: string; id: string; culprit: string }[];
}

/** Plain data for comparison: records and objects by their properties. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof PSHashtable) return { hashtable: [...value.entries()].map(([k, v]) => [k, plain(v)]) };
  if (value instanceof PSObject) return { object: value.propertyNames().map((name) => [name, plain(value.get(name))]) };
  if (value !== null && typeof value === 'object') return { [value.constructor.name]: String(value) };
  return value;
}

function observedError(record: ErrorRecord, source: string): Observed['errors'][number] {
  const span = record.position?.span;
  return {
    message: record.message,
    id: record.fullyQualifiedErrorId,
    culprit: span ? source.slice(span.start, span.end) : '',
  };
}

const commands = [testForEach, testEcho, waitTurn];
const newSession = () => createSession({ commands, environment: memoryEnvironment() });

/** A script through the session: the output and the errors it reports. */
async function throughSession(script: string): Promise<Observed> {
  const run = await collect(newSession().run(script));
  return { output: run.output.map(plain), errors: run.errors.map((e) => observedError(e, script)) };
}

/** The statements driven directly in a session's global scope: must finish without waiting. */
function drivenSynchronously(script: string): Observed & { synchronous: boolean } {
  const session = newSession();
  const errors: ErrorRecord[] = [];
  const engine: Engine = {
    registry: session.registry,
    host: session.host,
    services: session.services,
    environment: session.environment,
    location: session.location,
    emit: (event) => {
      if (event.type === 'error') errors.push(event.record);
    },
    recordError: () => undefined,
    lastStatementSucceeded: true,
    failureCount: 0,
  };
  const frame: Frame = {
    engine,
    scope: session.globalScope,
    source: script,
    signal: new AbortController().signal,
  };
  const collector = new Collector();
  let synchronous = true;
  try {
    const result = drive(runStatements(parseScript(script).statements, frame, collector));
    synchronous = !(result instanceof Promise);
  } catch (error) {
    if (!(error instanceof TerminatingError)) throw error;
    errors.push(error.record);
  }
  return {
    synchronous,
    output: collector.items.map(plain),
    errors: errors.map((e) => observedError(e, script)),
  };
}

describe('one evaluator: the same results and errors on every path', () => {
  for (const [what, code] of TABLE) {
    it(what, async () => {
      const topLevel = await throughSession(`${PRELUDE}\n${code}`);
      // The table is meant to exercise both output and (for the error entries) errors.
      expect(topLevel.output.length + topLevel.errors.length).toBeGreaterThan(0);

      const paths: Record<string, Observed> = {
        'after a command that waits': await throughSession(`${PRELUDE}\n. {\nWait-TestTurn\n${code}\n}`),
        'in @(...) after a wait': await throughSession(`${PRELUDE}\n@(Wait-TestTurn\n${code}\n)`),
      };
      const collecting = new Set(['in @(...) after a wait', 'in a cmdlet-invoked script block']);
      paths['in a cmdlet-invoked script block'] = await throughSession(
        `${PRELUDE}\n1 | Test-ForEach {\n${code}\n}`,
      );
      const usesCommands = /Write-TestEcho|Get-NoSuchCommand/.test(code);
      if (!usesCommands) {
        const direct = drivenSynchronously(`${PRELUDE}\n${code}`);
        expect(direct.synchronous).toBe(true);
        paths['driven directly'] = direct;
      }
      for (const [path, observed] of Object.entries(paths)) {
        const throws = what === 'throw ends the run';
        if (throws && collecting.has(path))
          expect({ path, output: observed.output }).toEqual({ path, output: [] });
        else expect({ path, output: observed.output }).toEqual({ path, output: topLevel.output });
        expect({ path, errors: observed.errors }).toEqual({ path, errors: topLevel.errors });
      }
    });
  }

  it('runs the table with the results pwsh gives (spot checks)', async () => {
    const check = async (code: string) => (await throughSession(`${PRELUDE}\n${code}`)).output;
    expect(await check(TABLE[0]![1])).toEqual([11, 3.5, 1, -5, 1, 16, 2.5]);
    expect(await check(`$nothing ?? 'default'; $n -gt 3 ? 'big' : 'small'`)).toEqual(['default', 'big']);
    expect(await check(`$i = 1; $i++; ++$i; $i; $j = $i++; $j; $i`)).toEqual([3, 3, 4]);
    expect(await check(`$u ??= 'first'; $u ??= 'second'; $u; [int]$w ??= '7'; $w + 1`)).toEqual(['first', 8]);
    const errors = await throughSession(`${PRELUDE}\n1 / 0; 'next'`);
    expect(errors.output).toEqual(['next']);
    expect(errors.errors).toEqual([
      { message: 'Attempted to divide by zero.', id: 'RuntimeException', culprit: '1 / 0' },
    ]);
  });
});
