import { describe, expect, it } from 'vitest';
import { bindCommand } from './bind.js';
import { BindingError } from './errors.js';
import { defineCmdlet } from '../define.js';
import { parameter, switchParameter } from '../parameter.js';
import { arrayOf, enumeration, types } from '../parameter-types.js';
import { named, splat, val } from '../../pipeline/argument-builders.js';
import { NonInteractiveHost } from '../../pipeline/hosts.js';
import type { CommandArgument } from '../../pipeline/command-argument.js';
import { PSDateTime, PSHashtable } from '../../values/model.js';
import { PSRange } from '../../values/range.js';

const host = new NonInteractiveHost();

const tap = defineCmdlet({
  name: 'New-Tap',
  synopsis: 'Creates a TAP.',
  supportsShouldProcess: true,
  parameters: {
    Identity: parameter(types.string, { mandatory: true, position: 0, aliases: ['UserId'] }),
    StartDateTime: parameter(types.dateTime),
    LifeTimeInMinutes: parameter(types.int32, { validate: { range: [10, 43200] } }),
    IsUsableOnce: parameter(types.boolean),
    Force: switchParameter(),
    NoRecurse: switchParameter(),
    Name: parameter(types.string),
    Tags: parameter(arrayOf(types.string)),
    Mode: parameter(enumeration('TapMode', ['Standard', 'Strict'] as const), { validate: { set: ['Standard', 'Strict'] } }),
    Id: parameter(types.int32),
  },
});

const bind = (args: CommandArgument[]) => bindCommand(tap, args, { host, expectingInput: false, pipelinePosition: 1 });

async function bindError(args: CommandArgument[]): Promise<BindingError> {
  try {
    await bind(args);
  } catch (error) {
    if (error instanceof BindingError) return error;
    throw error;
  }
  throw new Error('expected a binding error');
}

describe('named binding', () => {
  it('binds names case-insensitively by unique prefix, aliases included', async () => {
    const b = await bind([named('identity'), val('a@contoso.com'), named('LifeTime'), val(60, '60'), named('Star'), val('2026-12-01T08:00')]);
    expect(b.initial.values['Identity']).toBe('a@contoso.com');
    expect(b.initial.values['LifeTimeInMinutes']).toBe(60);
    expect(b.initial.values['StartDateTime']).toBeInstanceOf(PSDateTime);
    expect([...b.initial.boundParameters]).toEqual(['Identity', 'LifeTimeInMinutes', 'StartDateTime']);
    const byAlias = await bind([named('UserId'), val('b@contoso.com')]);
    expect(byAlias.initial.values['Identity']).toBe('b@contoso.com');
  });

  it('lets an exact name win over longer names it prefixes', async () => {
    const b = await bind([val('u'), named('Id'), val(5, '5')]);
    expect(b.initial.values['Id']).toBe(5);
  });

  it('reports an ambiguous prefix with the candidates', async () => {
    const e = await bindError([val('u'), named('N')]);
    expect(e.record.message).toBe("Parameter cannot be processed because the parameter name 'N' is ambiguous. Possible matches include: -NoRecurse -Name.");
    expect(e.record.errorId).toBe('AmbiguousParameter');
  });

  it('reports an unknown parameter', async () => {
    const e = await bindError([val('u'), named('Bogus'), val(1)]);
    expect(e.record.message).toBe("A parameter cannot be found that matches parameter name 'Bogus'.");
    expect(e.record.errorId).toBe('NamedParameterNotFound');
    expect(e.record.category).toBe('InvalidArgument');
    expect(e.record.commandName).toBe('New-Tap');
  });

  it('binds the colon form, including switches and booleans', async () => {
    const b = await bind([val('u'), named('IsUsableOnce', true), named('Force', false), named('Confirm', false)]);
    expect(b.initial.values['IsUsableOnce']).toBe(true);
    expect(b.initial.values['Force']).toBe(false);
    expect(b.initial.boundParameters.has('Force')).toBe(true);
    expect(b.common.Confirm).toBe(false);
  });

  it('never gives the next element to a switch: -Force $false leaves $false positional', async () => {
    const e = await bindError([named('Identity'), val('u'), named('Force'), val(false)]);
    expect(e.record.message).toBe("A positional parameter cannot be found that accepts argument 'False'.");
    expect(e.record.errorId).toBe('PositionalParameterNotFound');
    // With a free positional slot, the $false binds there instead.
    const b = await bind([named('Force'), val(false)]);
    expect(b.initial.values['Force']).toBe(true);
    expect(b.initial.values['Identity']).toBe('False');
  });

  it('binds the text of a following token that matches no parameter', async () => {
    const b = await bind([val('u'), named('Name'), named('foo')]);
    expect(b.initial.values['Name']).toBe('-foo');
  });

  it('reports a missing argument when a parameter is followed by another parameter or nothing', async () => {
    const e = await bindError([val('u'), named('Name'), named('Force')]);
    expect(e.record.message).toBe("Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String' and try again.");
    expect(e.record.errorId).toBe('MissingArgument');
    const atEnd = await bindError([val('u'), named('LifeTimeInMinutes')]);
    expect(atEnd.record.message).toBe("Missing an argument for parameter 'LifeTimeInMinutes'. Specify a parameter of type 'System.Int32' and try again.");
  });

  it('reports a parameter given twice', async () => {
    const e = await bindError([val('u'), named('Name'), val('a'), named('name'), val('b')]);
    expect(e.record.message).toBe("Cannot bind parameter because parameter 'Name' is specified more than once.");
    expect(e.record.errorId).toBe('ParameterAlreadyBound');
  });

  it('keeps the original text of numbers bound to strings', async () => {
    const b = await bind([val(7, '007'), named('Name'), val(1.5, '1.50')]);
    expect(b.initial.values['Identity']).toBe('007');
    expect(b.initial.values['Name']).toBe('1.50');
  });

  it('converts with PowerShell messages on failure', async () => {
    const e = await bindError([val('u'), named('LifeTimeInMinutes'), val('abc')]);
    expect(e.record.message).toBe(
      `Cannot bind parameter 'LifeTimeInMinutes'. Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."`,
    );
    expect(e.record.errorId).toBe('ParameterArgumentTransformationError');
    const date = await bindError([val('u'), named('StartDateTime'), val('tomorrowish')]);
    expect(date.record.message).toMatch(/^Cannot bind parameter 'StartDateTime'\. Cannot convert value "tomorrowish" to type "System\.DateTime"\./);
  });

  it('accepts only booleans and numbers for Boolean parameters', async () => {
    expect((await bind([val('u'), named('IsUsableOnce'), val(0, '0')])).initial.values['IsUsableOnce']).toBe(false);
    const e = await bindError([val('u'), named('IsUsableOnce'), val('true')]);
    expect(e.record.message).toMatch(/^Cannot bind parameter 'IsUsableOnce'\. Cannot convert value "System\.String" to type "System\.Boolean"\. Boolean parameters accept only Boolean values and numbers/);
    const sw = await bindError([val('u'), named('Force', 'yes')]);
    expect(sw.record.message).toMatch(/SwitchParameter"\. Boolean parameters accept only/);
  });

  it('validates with PowerShell wording', async () => {
    const e = await bindError([val('u'), named('LifeTimeInMinutes'), val(5, '5')]);
    expect(e.record.message).toBe(
      "Cannot validate argument on parameter 'LifeTimeInMinutes'. The 5 argument is less than the minimum allowed range of 10. Supply an argument that is greater than or equal to 10 and then try the command again.",
    );
    expect(e.record.errorId).toBe('ParameterArgumentValidationError');
    const mode = await bindError([val('u'), named('Mode'), val('Lax')]);
    expect(mode.record.message).toMatch(/^Cannot bind parameter 'Mode'\. Cannot convert value "Lax" to type "TapMode"\. Error: "Unable to match the identifier name Lax/);
  });

  it('builds arrays from a,b and promotes scalars', async () => {
    expect((await bind([val('u'), named('Tags'), val(['a', 'b'])])).initial.values['Tags']).toEqual(['a', 'b']);
    expect((await bind([val('u'), named('Tags'), val('a')])).initial.values['Tags']).toEqual(['a']);
    expect((await bind([val('u'), named('Tags'), val(new PSRange(1, 3))])).initial.values['Tags']).toEqual(['1', '2', '3']);
  });

  it('refuses an array for a scalar parameter', async () => {
    const e = await bindError([val('u'), named('Name'), val(['a', 'b'])]);
    expect(e.record.message).toBe("Cannot convert 'System.Object[]' to the type 'System.String' required by parameter 'Name'. Specified method is not supported.");
  });

  it('splats hashtables as named and arrays as positional arguments', async () => {
    const h = PSHashtable.from({ identity: 'u@contoso.com', Force: true, LifeTime: 30 });
    const b = await bind([splat(h)]);
    expect(b.initial.values).toMatchObject({ Identity: 'u@contoso.com', Force: true, LifeTimeInMinutes: 30 });
    const a = await bind([splat(['v@contoso.com'])]);
    expect(a.initial.values['Identity']).toBe('v@contoso.com');
  });

  it('binds common parameters with their aliases', async () => {
    const b = await bind([val('u'), named('ea'), val('stop'), named('Verbose'), named('wi'), named('ov'), val('out')]);
    expect(b.common).toMatchObject({ ErrorAction: 'Stop', Verbose: true, WhatIf: true, OutVariable: 'out' });
    const e = await bindError([val('u'), named('ErrorAction'), val('Sometimes')]);
    expect(e.record.message).toMatch(/^Cannot bind parameter 'ErrorAction'\. Cannot convert value "Sometimes" to type "ActionPreference"/);
  });

  it('fills defaults and unbound switches', async () => {
    const b = await bind([val('u')]);
    expect(b.initial.values).toEqual({ Identity: 'u', Force: false, NoRecurse: false });
    expect(b.initial.parameterSetName).toBe('__AllParameterSets');
  });

  it('hands each invocation its own copy of an array default', async () => {
    const getNames = defineCmdlet({ name: 'Get-Names', synopsis: 's', parameters: { Name: parameter(arrayOf(types.string), { default: ['*'] }) } });
    const first = await bindCommand(getNames, [], { host, expectingInput: false, pipelinePosition: 1 });
    const names = first.initial.values['Name'];
    expect(names).toEqual(['*']);
    if (Array.isArray(names)) names.push('changed');
    const second = await bindCommand(getNames, [], { host, expectingInput: false, pipelinePosition: 1 });
    expect(second.initial.values['Name']).toEqual(['*']);
  });
});
