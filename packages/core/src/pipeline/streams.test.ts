import { describe, expect, it } from 'vitest';
import { TerminatingError, type ErrorRecord } from './records.js';
import { named, val } from './argument-builders.js';
import { cmd, environment, forEachFn, produce, run, selectFirst } from './test-support/runtime-cmdlets.js';
import { defineCmdlet } from '../cmdlet/define.js';
import { parameter } from '../cmdlet/parameter.js';
import { types } from '../cmdlet/parameter-types.js';

// ─── test-only cmdlets ──────────────────────────────────────────────────────────────────────────
const checkNumber = defineCmdlet({
  name: 'Test-Number',
  synopsis: 'Passes numbers, reports anything else as a non-terminating error.',
  supportsShouldProcess: true,
  parameters: { InputObject: parameter(types.object, { fromPipeline: 'value' }) },
  async process({ InputObject }, ctx) {
    if (typeof InputObject !== 'number') {
      await ctx.writeError({ message: `Not a number: ${String(InputObject)}`, errorId: 'NotANumber', category: 'InvalidData', targetObject: InputObject });
      return;
    }
    ctx.writeVerbose(`checking ${InputObject}`);
    if (await ctx.shouldProcess(String(InputObject), 'Check')) await ctx.write(InputObject);
  },
});

const fail = defineCmdlet({
  name: 'Invoke-Failure',
  synopsis: 'Throws a terminating error.',
  parameters: {},
  process(_args, ctx) {
    ctx.throwTerminating({ message: 'It broke.', errorId: 'Broken', category: 'InvalidOperation' });
  },
});

describe('pipeline streams and preferences', () => {
  it('turns one bad record into one error record and passes the others', async () => {
    const { env, events, errors } = environment();
    const { out, outcome } = await run([cmd(checkNumber)], { input: [1, 2, 'x', 4, 5], env });
    expect(out).toEqual([1, 2, 4, 5]);
    const errorEvents = events.filter((e) => e.type === 'error');
    expect(errorEvents).toHaveLength(1);
    const record = errorEvents[0]?.type === 'error' ? errorEvents[0].record : undefined;
    expect(record?.message).toBe('Not a number: x');
    expect(record?.commandName).toBe('Test-Number');
    expect(record?.targetObject).toBe('x');
    expect(errors).toHaveLength(1);
    expect(outcome.hadErrors).toBe(true);
  });

  it('reports records that bind to no parameter and goes on', async () => {
    const { env, events } = environment();
    const { out } = await run([cmd(selectFirst, val(5, '5'), named('InputObject'), val('fixed'))], { input: [1, 2], env });
    expect(out).toEqual([]);
    expect(events.filter((e) => e.type === 'error').map((e) => (e.type === 'error' ? e.record.errorId : ''))).toEqual([
      'InputObjectNotBound',
      'InputObjectNotBound',
    ]);
  });

  it('honours -ErrorAction Stop, SilentlyContinue, Ignore and -ErrorVariable', async () => {
    const stop = environment();
    await expect(run([cmd(checkNumber, named('ErrorAction'), val('Stop'))], { input: [1, 'x', 3], env: stop.env })).rejects.toBeInstanceOf(
      TerminatingError,
    );
    expect(stop.errors).toHaveLength(1);

    const silent = environment();
    const quiet = await run([cmd(checkNumber, named('ea'), val('SilentlyContinue'), named('ErrorVariable'), val('errs'))], {
      input: [1, 'x'],
      env: silent.env,
    });
    expect(quiet.out).toEqual([1]);
    expect(silent.events.filter((e) => e.type === 'error')).toEqual([]);
    expect(silent.errors).toHaveLength(1);
    expect((silent.vars.get('errs') as ErrorRecord[]).map((r) => r.message)).toEqual(['Not a number: x']);

    const ignore = environment();
    await run([cmd(checkNumber, named('ErrorAction'), val('Ignore'))], { input: ['x'], env: ignore.env });
    expect(ignore.errors).toEqual([]);
    expect(ignore.events).toEqual([]);

    const pref = environment();
    pref.vars.set('erroractionpreference', 'Stop');
    await expect(run([cmd(checkNumber)], { input: ['x'], env: pref.env })).rejects.toBeInstanceOf(TerminatingError);
  });

  it('raises terminating errors with the command name', async () => {
    const error = await run([cmd(fail)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerminatingError);
    expect((error as TerminatingError).record).toMatchObject({ message: 'It broke.', errorId: 'Broken', commandName: 'Invoke-Failure' });
  });

  it('names the command on errors it throws without context', async () => {
    const bare = defineCmdlet({
      name: 'Get-Bare',
      synopsis: 'Throws a TerminatingError without a command name.',
      parameters: {},
      process() {
        throw new TerminatingError({ message: 'Graph said no.', errorId: 'Forbidden', category: 'PermissionDenied' });
      },
    });
    const error = await run([cmd(bare)]).catch((e: unknown) => e);
    expect((error as TerminatingError).record).toMatchObject({ commandName: 'Get-Bare', errorId: 'Forbidden' });
  });

  it('gates verbose output on -Verbose and $VerbosePreference; -Verbose also tells what ShouldProcess allowed', async () => {
    const quiet = environment();
    await run([cmd(checkNumber)], { input: [1], env: quiet.env });
    expect(quiet.events).toEqual([]);
    const loud = environment();
    await run([cmd(checkNumber, named('Verbose'))], { input: [1], env: loud.env });
    expect(loud.events).toEqual([
      { type: 'verbose', record: { message: 'checking 1' } },
      { type: 'verbose', record: { message: 'Performing the operation "Check" on target "1".' } },
    ]);
  });

  it('prints What if lines under -WhatIf and asks the host under -Confirm', async () => {
    const whatIf = environment();
    const r = await run([cmd(checkNumber, named('WhatIf'))], { input: [7], env: whatIf.env });
    expect(r.out).toEqual([]);
    expect(whatIf.events).toEqual([
      {
        type: 'information',
        record: {
          messageData: 'What if: Performing the operation "Check" on target "7".',
          tags: ['PSHOST', 'WhatIf'],
          hostText: 'What if: Performing the operation "Check" on target "7".',
        },
      },
    ]);
    const { ScriptedHost } = await import('./hosts.js');
    const host = new ScriptedHost({ confirms: [0, 2, 1] });
    const confirm = environment(host);
    const c = await run([cmd(checkNumber, named('Confirm'))], { input: [1, 2, 3, 4], env: confirm.env });
    expect(c.out).toEqual([1, 3, 4]);
    expect(host.calls).toHaveLength(3);
    expect(host.calls[0]).toMatchObject({
      kind: 'confirm',
      caption: 'Confirm',
      message: 'Are you sure you want to perform this action?\nPerforming the operation "Check" on target "1".',
    });
  });

  it('confirms high-impact commands without -Confirm, unless -Confirm:$false', async () => {
    const remove = defineCmdlet({
      name: 'Remove-Thing',
      synopsis: 'Removes.',
      supportsShouldProcess: true,
      confirmImpact: 'High',
      parameters: { Name: parameter(types.string, { position: 0 }) },
      async process({ Name }, ctx) {
        if (await ctx.shouldProcess(Name ?? '', 'Remove')) await ctx.write(`removed ${Name ?? ''}`);
      },
    });
    const { ScriptedHost } = await import('./hosts.js');
    const host = new ScriptedHost({ confirms: [2] });
    expect((await run([cmd(remove, val('a'))], { env: environment(host).env })).out).toEqual([]);
    expect(host.calls).toHaveLength(1);
    expect((await run([cmd(remove, val('b'), named('Confirm', false))], { env: environment(host).env })).out).toEqual(['removed b']);
    expect(host.calls).toHaveLength(1);
    // Without an interactive answer, a required confirmation is an error, never a silent yes.
    await expect(run([cmd(remove, val('c'))])).rejects.toBeInstanceOf(TerminatingError);
  });

  it('asks the host under -ErrorAction Inquire', async () => {
    const { ScriptedHost } = await import('./hosts.js');
    const host = new ScriptedHost({ confirms: [0, 2] });
    const inquire = environment(host);
    await expect(run([cmd(checkNumber, named('ErrorAction'), val('Inquire'))], { input: ['x', 'y'], env: inquire.env })).rejects.toBeInstanceOf(
      TerminatingError,
    );
    expect(host.calls.map((c) => (c.kind === 'confirm' ? c.message : ''))).toEqual([
      'Not a number: x\nDo you want to continue?',
      'Not a number: y\nDo you want to continue?',
    ]);
  });

  it('fills -OutVariable and -PipelineVariable', async () => {
    const { env, vars } = environment();
    const seen: unknown[] = [];
    await run([cmd(produce, val(3, '3'), named('OutVariable'), val('o'), named('PipelineVariable'), val('pv')), cmd(forEachFn, val(() => seen.push(vars.get('pv'))))], {
      env,
    });
    expect(vars.get('o')).toEqual([1, 2, 3]);
    expect(seen).toEqual([1, 2, 3]);
  });
});
