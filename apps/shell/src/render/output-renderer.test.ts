import { ErrorRecord, PSDateTime, PSObject } from '@entra-shell/core';
import { describe, expect, it } from 'vitest';
import { stripAnsi } from './ansi.js';
import { OutputRenderer } from './output-renderer.js';

function tap(i: number): PSObject {
  return new PSObject({
    UserPrincipalName: `user${i}.with.a.rather.long.name@contoso.onmicrosoft.com`,
    TemporaryAccessPass: `Xy7#kP2q${i}`,
    LifetimeInMinutes: 60,
    StartDateTime: new PSDateTime(Date.UTC(2026, 0, 2, 8, 0), 'Utc'),
  });
}

function render(width: number, records: unknown[]): string[] {
  const r = new OutputRenderer({ width, color: false, previewRows: 10 });
  const blocks = records.flatMap((rec) => r.output(rec));
  return [...blocks, ...r.flush(true)].join('\n').split('\n');
}

describe('OutputRenderer', () => {
  it('fits a table into 60 columns, truncating with … and never wrapping', () => {
    const lines = render(60, [tap(1), tap(2)]);
    expect(lines.every((l) => l.length <= 60)).toBe(true);
    expect(lines.some((l) => l.includes('…'))).toBe(true);
    expect(lines.filter((l) => l.startsWith('user')).length).toBe(2);
    expect(lines.at(-1)).toBe('');
  });

  it('shows whole cells at 200 columns', () => {
    const lines = render(200, [tap(1), tap(2)]);
    expect(lines.every((l) => l.length <= 200)).toBe(true);
    expect(lines.join('\n')).toContain('user1.with.a.rather.long.name@contoso.onmicrosoft.com');
    expect(lines.join('\n')).not.toContain('…');
    const header = lines.find((l) => l.includes('TemporaryAccessPass')) ?? '';
    expect(header).toMatch(/UserPrincipalName\s+TemporaryAccessPass\s+LifetimeInMinutes\s+StartDateTime/);
  });

  it('keeps errors in order with output, releasing held rows first', () => {
    const r = new OutputRenderer({ width: 100, color: false });
    expect(r.output(tap(1))).toEqual([]);
    const blocks = r.stream({ type: 'error', record: new ErrorRecord({ message: "User 'x' was not found.", commandName: 'New-EntraIDUserTemporaryAccessPass' }) });
    const text = blocks.join('\n');
    expect(text.indexOf('user1')).toBeGreaterThan(-1);
    expect(text.indexOf('user1')).toBeLessThan(text.indexOf("New-EntraIDUserTemporaryAccessPass: User 'x' was not found."));
    expect(blocks).toContain('');
  });

  it('prints scalars one per line and joins Write-Host -NoNewline text', () => {
    const r = new OutputRenderer({ width: 80, color: false });
    expect([...r.output(1), ...r.output('two')]).toEqual(['1', 'two']);
    expect(r.stream({ type: 'information', record: { messageData: 'a', tags: [], hostText: 'a', noNewline: true } })).toEqual([]);
    expect(r.stream({ type: 'information', record: { messageData: 'b', tags: [], hostText: 'b' } })).toEqual(['ab']);
    expect(r.stream({ type: 'warning', record: { message: 'careful' } })).toEqual(['WARNING: careful']);
  });

  it('colours table headers green when asked', () => {
    const r = new OutputRenderer({ width: 100, color: true });
    const text = [...r.output(tap(1)), ...r.flush(true)].join('\n');
    expect(text).toContain('\x1b[32;1m');
    expect(stripAnsi(text)).toContain('TemporaryAccessPass');
  });
});
