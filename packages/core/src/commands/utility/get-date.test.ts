import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../../values/datetime/calendar.js';
import { PSDateTime, PSObject } from '../../values/model.js';
import { output, run } from './test-support/run.js';

const fields = (value: unknown) => (value instanceof PSDateTime ? fieldsOf(value) : undefined);

describe('Get-Date', () => {
  it('returns the current local DateTime', async () => {
    const before = Date.now();
    const [now] = await output('Get-Date');
    expect(now).toBeInstanceOf(PSDateTime);
    expect((now as PSDateTime).kind).toBe('Local');
    expect((now as PSDateTime).epochMs).toBeGreaterThanOrEqual(before);
  });

  it('starts from -Date (positional or piped) and replaces single fields', async () => {
    const [d] = await output("Get-Date '2026-12-01T08:30:15' -Hour 17 -Minute 0");
    expect(fields(d)).toMatchObject({ year: 2026, month: 12, day: 1, hour: 17, minute: 0, second: 15 });
    const [piped] = await output("'2026-01-02' | Get-Date -Year 2027");
    expect(fields(piped)).toMatchObject({ year: 2027, month: 1, day: 2 });
  });

  it('rolls an out-of-range day into the next month, as pwsh does', async () => {
    expect(fields((await output("Get-Date -Date '2026-01-15' -Month 2 -Day 31"))[0])).toMatchObject({ month: 3, day: 3 });
  });

  it('formats with -Format, including the FileDate names', async () => {
    expect(await output("Get-Date -Date '2026-03-01T14:05:09' -Format 'yyyy-MM-dd HH:mm'")).toEqual(['2026-03-01 14:05']);
    expect(await output("Get-Date -Date '2026-03-01T14:05:09' -Format FileDate")).toEqual(['20260301']);
    expect(await output("Get-Date -Date '2026-03-01T14:05:09.1234' -Format FileDateTime")).toEqual(['20260301T1405091230']);
  });

  it('formats with -UFormat', async () => {
    expect(await output("Get-Date -Date '2026-03-01T14:05:09' -UFormat '%Y/%m/%d %A'")).toEqual(['2026/03/01 Sunday']);
  });

  it('cannot combine -Format and -UFormat', async () => {
    const result = await run("Get-Date -Format yyyy -UFormat '%Y'");
    expect(result.errors[0]?.message).toMatch(/^Parameter set cannot be resolved/);
  });

  it('converts to UTC with -AsUTC', async () => {
    const [d] = await output("Get-Date -Date '2026-03-01T14:05:09Z' -AsUTC");
    expect((d as PSDateTime).kind).toBe('Utc');
    expect(fields(d)).toMatchObject({ hour: 14, minute: 5 });
  });

  it('validates field ranges with PowerShell wording', async () => {
    const result = await run('Get-Date -Month 13');
    expect(result.errors[0]?.message).toMatch(/^Cannot validate argument on parameter 'Month'\. The 13 argument is greater than the maximum allowed range of 12\./);
  });

  it('feeds Select-Object with its properties', async () => {
    const [sel] = await output("Get-Date -Date '2026-03-01' | Select-Object Year, Month, DayOfWeek");
    expect(sel instanceof PSObject && sel.properties.entries()).toEqual([['Year', 2026], ['Month', 3], ['DayOfWeek', 'Sunday']]);
  });
});
