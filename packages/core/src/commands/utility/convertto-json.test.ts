import { describe, expect, it } from 'vitest';
import { output, run } from './test-support/run.js';

describe('ConvertTo-Json', () => {
  it('writes indented JSON as pwsh 7 does', async () => {
    expect(await output("[ordered]@{ a = 1; b = 'x', 'y'; c = $null; d = $true } | ConvertTo-Json")).toEqual([
      '{\n  "a": 1,\n  "b": [\n    "x",\n    "y"\n  ],\n  "c": null,\n  "d": true\n}',
    ]);
  });

  it('compresses with -Compress and wraps several inputs in one array', async () => {
    expect(await output("[pscustomobject]@{ a = 1 }, [pscustomobject]@{ a = 2 } | ConvertTo-Json -Compress")).toEqual(['[{"a":1},{"a":2}]']);
    expect(await output('1 | ConvertTo-Json -AsArray -Compress')).toEqual(['[1]']);
    expect(await output('ConvertTo-Json -InputObject 1,2 -Compress')).toEqual(['[1,2]']);
  });

  it('cuts at depth 2 by default with one warning', async () => {
    const result = await run("@{ a = @{ b = @{ c = @{ d = 1 } } } } | ConvertTo-Json -Compress");
    expect(result.output).toEqual(['{"a":{"b":{"c":"System.Collections.Hashtable"}}}']);
    expect(result.warnings.map((w) => w.message)).toEqual(['Resulting JSON is truncated as serialization has exceeded the set depth of 2.']);
  });

  it('goes deeper with -Depth, and writes no warning when nothing is cut', async () => {
    const result = await run("@{ a = @{ b = @{ c = @{ d = 1 } } } } | ConvertTo-Json -Compress -Depth 3");
    expect(result.output).toEqual(['{"a":{"b":{"c":{"d":1}}}}']);
    expect(result.warnings).toEqual([]);
  });

  it('validates -Depth', async () => {
    expect((await run('1 | ConvertTo-Json -Depth 101')).errors[0]?.message).toMatch(/^Cannot validate argument on parameter 'Depth'\./);
  });

  it('writes dates in the round-trip format', async () => {
    const [json] = await output("Get-Date -Date '2026-03-01T10:20:30.5Z' -AsUTC | ConvertTo-Json");
    expect(json).toBe('"2026-03-01T10:20:30.5Z"');
  });

  it('escapes non-ASCII and HTML characters on request', async () => {
    expect(await output("'é<' | ConvertTo-Json -EscapeHandling EscapeNonAscii")).toEqual(['"\\u00e9<"']);
    expect(await output("'é<' | ConvertTo-Json -EscapeHandling EscapeHtml")).toEqual(['"\\u00e9\\u003c"']);
  });
});
