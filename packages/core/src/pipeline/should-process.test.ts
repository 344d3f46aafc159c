/**
 * The ShouldProcess decision shared by cmdlets and `$PSCmdlet`: texts, defaults of the
 * three-argument form, verbose on automatic yes, and when ConfirmImpact makes it ask.
 */
import { describe, expect, it } from 'vitest';
import type { VariableAccess } from '../cmdlet/context.js';
import type { ConfirmImpact } from '../cmdlet/define.js';
import { ScriptedHost } from './hosts.js';
import { confirmRequired } from './preferences.js';
import type { InformationRecord } from './records.js';
import { ShouldProcessState } from './should-process.js';

function state(options: { whatIf?: boolean; confirm?: boolean; verboseFlag?: boolean; host?: ScriptedHost }) {
  const hostText: string[] = [];
  const verbose: string[] = [];
  const decision = new ShouldProcessState({
    whatIf: options.whatIf ?? false,
    confirm: options.confirm ?? false,
    verboseFlag: options.verboseFlag ?? false,
    host: options.host ?? new ScriptedHost(),
    writeHostText: (record: InformationRecord) => hostText.push(record.hostText ?? ''),
    writeVerbose: (message) => verbose.push(message),
  });
  return { decision, hostText, verbose };
}

function variables(values: Record<string, unknown>): VariableAccess {
  const map = new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    get: (name) => map.get(name.toLowerCase()) ?? null,
    has: (name) => map.has(name.toLowerCase()),
    set: (name, value) => void map.set(name.toLowerCase(), value),
    remove: (name) => map.delete(name.toLowerCase()),
    list: () => [...map].map(([name, value]) => ({ name, value })),
  };
}

describe('ShouldProcessState', () => {
  it('under -WhatIf the described form prints "What if: " and the description as given', async () => {
    const { decision, hostText } = state({ whatIf: true });
    expect(await decision.shouldProcessDescribed('Deleting x', 'Delete x?', 'Delete')).toBe(false);
    expect(await decision.shouldProcess('y', 'Remove')).toBe(false);
    expect(hostText).toEqual(['What if: Deleting x', 'What if: Performing the operation "Remove" on target "y".']);
  });

  it('asks with the default caption and warning when the described form leaves them empty', async () => {
    const host = new ScriptedHost({ confirms: [2] });
    const { decision } = state({ confirm: true, host });
    expect(await decision.shouldProcessDescribed('Deleting x', '', '')).toBe(false);
    expect(host.calls[0]).toMatchObject({ caption: 'Confirm', message: 'Are you sure you want to perform this action?\nDeleting x' });
  });

  it('says yes without asking, and only -Verbose (the switch) writes the description', async () => {
    const loud = state({ verboseFlag: true });
    expect(await loud.decision.shouldProcess('y', 'Remove')).toBe(true);
    expect(loud.verbose).toEqual(['Performing the operation "Remove" on target "y".']);
    const quiet = state({});
    expect(await quiet.decision.shouldProcess('y', 'Remove')).toBe(true);
    expect(quiet.verbose).toEqual([]);
  });
});

describe('confirmRequired (pwsh: ConfirmImpact reaching the threshold)', () => {
  const impacts: ConfirmImpact[] = ['None', 'Low', 'Medium', 'High'];
  const asks = (common: { Confirm?: boolean }, preference?: string): ConfirmImpact[] =>
    impacts.filter((impact) => confirmRequired(common, variables(preference === undefined ? {} : { ConfirmPreference: preference }), impact));

  it('$ConfirmPreference (default High) is the threshold', () => {
    expect(asks({})).toEqual(['High']);
    expect(asks({}, 'medium')).toEqual(['Medium', 'High']);
    expect(asks({}, 'Low')).toEqual(['Low', 'Medium', 'High']);
    expect(asks({}, 'None')).toEqual([]);
  });

  it('-Confirm makes it Low, -Confirm:$false None; an impact of None never asks', () => {
    expect(asks({ Confirm: true }, 'None')).toEqual(['Low', 'Medium', 'High']);
    expect(asks({ Confirm: false }, 'Low')).toEqual([]);
  });
});
