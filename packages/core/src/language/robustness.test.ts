/**
 * Property tests: whatever is typed or pasted, the front end answers with an AST or a ParseError
 * (never another exception or a hang), colouring covers every character, and parse time grows
 * linearly with the input (no pathological backtracking).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeCursor } from './analyze-cursor.js';
import { ParseError } from './parse-error.js';
import { isIncompleteInput, parseScript } from './parse-script.js';
import { highlightTokens, tokenize } from './tokenize.js';

const SEED_LINES = [
  'New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com',
  'New-PnPEntraIDUserTemporaryAccessPass -Identity 72e2eb87-c124-4bd9-8e01-a447a1752058 -IsUseableOnce:$true',
  'New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com -StartDateTime (Get-Date).AddHours(2) -LifeTimeInMinutes 10 -IsUseableOnce:$true',
  'Get-PnPEntraIDUser -Identity johndoe@contoso.onmicrosoft.com | New-PnPEntraIDUserTemporaryAccessPass -StartDateTime (Get-Date).AddMinutes(10) -LifeTimeInMinutes 15 -IsUseableOnce:$false',
  "Connect-PnPOnline -Url https://contoso.sharepoint.com -ClientId 6c5c98c7-e05a-4a0f-bcfa-0cfc65aa1f28 -CertificatePassword (ConvertTo-SecureString -AsPlainText 'x' -Force)",
  "Get-PnPEntraIDUser | Where-Object { $_.Mail -like '*@contoso.com' } | Select-Object DisplayName, @{Name='Upn'; Expression={ $_.UserPrincipalName }}",
  'Write-Host "Created TAP for $($user.DisplayName): $($tap.TemporaryAccessPass)" -ForegroundColor Green',
  "$params = @{ Identity = 'guest_fabrikam.com#EXT#@contoso.onmicrosoft.com'; LifeTimeInMinutes = 30 }; New-PnPEntraIDUserTemporaryAccessPass @params",
  'foreach ($u in (Get-PnPEntraIDUser -Filter "department eq \'IT\'")) { if ($u.Mail) { $u.Mail } elseif ($x) { 1 } else { 2 } }',
  'try { [datetime]::UtcNow.AddDays(-1).ToString("o") } catch [System.Exception] { throw $_ } finally { exit 1 }',
  "$filter = @\"\naccountEnabled eq true and userType eq 'Member' $x\n\"@",
  '$a = 1..10 | % { $_ * 2 -f 3 } ; -not $a -and !$b -or [int]$c -is [string[]] -replace "a","b"',
  "Get-X `\n  -A 'it''s' -B \u2018smart\u2019 \u2013C 0x1F 1kb 10l $env:TEMP\\x <# c #> # end",
];

const ALPHABET = [
  'Get-X', ' ', ' ', '\n', '\r\n', '\t', '-Name', '-A:', '--', '-', '$x', '$_', '${a b}', '$env:P', '@p', "'s'", "'", '"', '"$x"',
  '"$(', '$(', '@(', '@{', '(', ')', '{', '}', '[', ']', '[int]', '[datetime]::Now', '::', '.', '..', ',', ';', '|', '||', '&',
  '&&', '>', '<', '=', '+=', '+', '*', '/', '%', '!', '-eq', '-not', '-f', '-CEQ', '-join', '1', '1.5', '0x', '1kb', '10l', '007',
  '`', '`n', '#', '# c', '<#', '#>', "@'\n", "\n'@", '@"\n', '\n"@', 'if', 'elseif', 'else', 'foreach', 'in', 'try', 'catch',
  'finally', 'throw', 'return', 'exit', 'break', 'while', 'a@b.com', 'https://x/y?a=1', 'P@ss#1', "O'Brien", '\u2013', '\u201c',
  '\u2019', '`u{263A}', '`u{', '$(1)', '-Param:', ':', '^', '\u00a0',
];

const tokenLine = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((parts) => parts.join(''));

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...ALPHABET) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
);

function mutate(line: string, m: Mutation): string {
  const at = line.length === 0 ? 0 : m.at % (line.length + 1);
  switch (m.kind) {
    case 'delete':
      return line.slice(0, at) + line.slice(at + m.length);
    case 'insert':
      return line.slice(0, at) + m.text + line.slice(at);
    case 'truncate':
      return line.slice(0, at);
    case 'duplicate':
      return line.slice(0, at + m.length) + line.slice(at);
  }
}

const mutatedLine = fc
  .tuple(fc.constantFrom(...SEED_LINES), fc.array(mutation, { minLength: 1, maxLength: 5 }))
  .map(([line, mutations]) => mutations.reduce(mutate, line));

const anyLine = fc.oneof(tokenLine, mutatedLine, fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 30 }));

/** Parses, and fails the property on anything other than success or a well-formed ParseError. */
function parseOrParseError(line: string): void {
  try {
    parseScript(line);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.span.start).toBeGreaterThanOrEqual(0);
    expect(error.span.end).toBeLessThanOrEqual(line.length);
    expect(error.span.start).toBeLessThanOrEqual(error.span.end);
    expect(error.span.line).toBeGreaterThanOrEqual(1);
    expect(error.span.column).toBeGreaterThanOrEqual(1);
  }
}

describe('robustness', () => {
  it('never throws anything but a ParseError on 10,000 random and mutated lines', () => {
    fc.assert(fc.property(anyLine, (line) => parseOrParseError(line)), { numRuns: 10_000, seed: 20260501 });
  });

  it('tokenizes, colours and analyses any input without throwing, losing no character', () => {
    fc.assert(
      fc.property(anyLine, fc.nat(), (line, offset) => {
        const runs = highlightTokens(line);
        let pos = 0;
        for (const run of runs) {
          expect(run.start).toBe(pos);
          expect(run.end).toBeGreaterThan(run.start);
          pos = run.end;
        }
        expect(pos).toBe(line.length);
        const covered = new Array<boolean>(line.length).fill(false);
        for (const token of tokenize(line)) covered.fill(true, token.start, token.end);
        const lost = line.split('').filter((c, i) => !covered[i] && c.trim() !== '');
        expect(lost).toEqual([]);
        expect(() => isIncompleteInput(line)).not.toThrow();
        const analysis = analyzeCursor(line, offset % (line.length + 1));
        expect(analysis.span.start).toBeLessThanOrEqual(analysis.span.end);
      }),
      { numRuns: 1_000, seed: 20260502 },
    );
  });
});

/** Process CPU time in ms: unlike wall time, it does not grow when a busy machine preempts us. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU ms per run, repeating the run until at least `budget` ms were measured. */
function costPerRun(run: () => void, budget = 8): number {
  const started = cpuMs();
  let runs = 0;
  do {
    run();
    runs++;
  } while (cpuMs() - started < budget);
  return (cpuMs() - started) / runs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Interleaved rounds, medians compared: robust to GC pauses and noisy neighbours. */
function growth(small: () => void, large: () => void): number {
  const smallCosts: number[] = [];
  const largeCosts: number[] = [];
  for (let round = 0; round < 3; round++) {
    smallCosts.push(costPerRun(small));
    largeCosts.push(costPerRun(large));
  }
  return median(largeCosts) / median(smallCosts);
}

function parseQuietly(text: string): void {
  try {
    parseScript(text);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
  }
}

const SHAPES: Record<string, (size: number) => string> = {
  'real script': (size) => {
    let text = '';
    for (let i = 0; text.length < size; i++) text += `${SEED_LINES[i % SEED_LINES.length] ?? ''}\n`;
    return text;
  },
  'nested parentheses': (size) => `${'('.repeat(100)}1${')'.repeat(100)}\n`.repeat(Math.ceil(size / 202)),
  'long operator chain': (size) => `1${' + 1'.repeat(size / 4)}`,
  'long argument array': (size) => `Get-X ${'a,'.repeat(size / 2)}a`,
  'strings with sub-expressions': (size) => '"a $x $(Get-Y "b $(1)") c";'.repeat(Math.ceil(size / 28)),
  'unterminated quotes': (size) => `Get-X ${"a'b ".repeat(size / 4)}`,
  'member chain': (size) => `$a${'.b'.repeat(size / 2)}`,
};

describe('linear parse time', () => {
  it.each(Object.entries(SHAPES))('%s: 8x the input takes well under 30x the time', (_name, make) => {
    const small = make(2_000);
    const large = make(16_000);
    parseQuietly(large); // warm up the JIT on this shape
    expect(growth(() => parseQuietly(small), () => parseQuietly(large))).toBeLessThan(30);
  });
});
