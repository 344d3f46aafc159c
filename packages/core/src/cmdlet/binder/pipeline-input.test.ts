import { describe, expect, it } from 'vitest';
import { bindCommand } from './bind.js';
import { BindingError } from './errors.js';
import { defineCmdlet } from '../define.js';
import { parameter } from '../parameter.js';
import { arrayOf, ConversionFailure, defineParameterType, types } from '../parameter-types.js';
import { named, val } from '../../pipeline/argument-builders.js';
import { NonInteractiveHost } from '../../pipeline/hosts.js';
import type { CommandArgument } from '../../pipeline/command-argument.js';
import { PSObject } from '../../values/model.js';
import * as v from 'valibot';

class UserPipeBind {
  constructor(readonly key: string) {}
}
const userPipeBind = defineParameterType({
  name: 'EntraIDUserPipeBind',
  schema: v.instance(UserPipeBind),
  // Like PnP's pipe-binds: built from a string; anything else does not convert (so rows bind ByPropertyName).
  convert: (x) => {
    if (typeof x !== 'string') throw new ConversionFailure('Not a user identity.');
    return new UserPipeBind(x);
  },
});

const newTap = defineCmdlet({
  name: 'New-Tap',
  synopsis: 'Creates a TAP.',
  parameters: {
    Identity: parameter(userPipeBind, { mandatory: true, position: 0, fromPipeline: 'both', aliases: ['UserPrincipalName'] }),
    LifeTimeInMinutes: parameter(types.int32, { fromPipeline: 'propertyName', validate: { range: [10, 480] } }),
    IsUsableOnce: parameter(types.boolean, { fromPipeline: 'propertyName' }),
  },
});

const setMember = defineCmdlet({
  name: 'Add-Member',
  synopsis: 'Adds.',
  parameterSets: ['ByObject', 'ByName'],
  defaultParameterSet: 'ByName',
  parameters: {
    InputObject: parameter(types.dateTime, { sets: { ByObject: { mandatory: true, fromPipeline: 'value' } } }),
    Name: parameter(types.string, { sets: { ByName: { mandatory: true, fromPipeline: 'propertyName' } } }),
  },
});

// Two sets taking input by value: Int32 in the default set, String[] in the other.
const addValue = defineCmdlet({
  name: 'Add-Value',
  synopsis: 'Adds.',
  parameterSets: ['Numbers', 'Texts'],
  parameters: {
    Number: parameter(types.int32, { sets: { Numbers: { mandatory: true, fromPipeline: 'value' } } }),
    Text: parameter(arrayOf(types.string), { sets: { Texts: { mandatory: true, fromPipeline: 'value' } } }),
  },
});

const host = new NonInteractiveHost();
const piped = (cmd: typeof newTap, args: CommandArgument[] = []) => bindCommand(cmd, args, { host, expectingInput: true, pipelinePosition: 2 });

function recordError(fn: () => unknown): BindingError {
  try {
    fn();
  } catch (error) {
    if (error instanceof BindingError) return error;
    throw error;
  }
  throw new Error('expected a binding error');
}

describe('pipeline input binding', () => {
  it('does not demand pipeline-bound mandatory parameters up front', async () => {
    const b = await piped(newTap);
    expect(b.initial.values['Identity']).toBeUndefined();
  });

  it('binds ByValue with conversion (a string becomes a pipe-bind)', async () => {
    const b = await piped(newTap);
    const r = b.bindRecord('john@contoso.com');
    expect(r.values['Identity']).toEqual(new UserPipeBind('john@contoso.com'));
    expect(r.boundParameters.has('Identity')).toBe(true);
  });

  it('binds ByValue exactly when the record already has the type', async () => {
    const b = await piped(newTap);
    const bind = new UserPipeBind('x');
    expect(b.bindRecord(bind).values['Identity']).toBe(bind);
  });

  it('binds ByPropertyName from Import-Csv-like rows of strings, aliases included', async () => {
    const b = await piped(newTap);
    const row = new PSObject({ UserPrincipalName: 'a@contoso.com', LifeTimeInMinutes: '60', IsUsableOnce: 'x' });
    // IsUsableOnce 'x' is a string: Boolean parameters refuse it, and the record reports that.
    const e = recordError(() => b.bindRecord(row));
    expect(e.record.message).toMatch(/^Cannot bind parameter 'IsUsableOnce'\. Cannot convert value "System\.String" to type "System\.Boolean"/);
    const ok = b.bindRecord(new PSObject({ UserPrincipalName: 'a@contoso.com', LifeTimeInMinutes: '60' }));
    expect(ok.values['Identity']).toEqual(new UserPipeBind('a@contoso.com'));
    expect(ok.values['LifeTimeInMinutes']).toBe(60);
  });

  it('prefers ByPropertyName exact over ByValue with conversion', async () => {
    const b = await piped(newTap);
    const row = new PSObject({ Identity: new UserPipeBind('by-property') });
    expect(b.bindRecord(row).values['Identity']).toEqual(new UserPipeBind('by-property'));
  });

  it('counts one element of an array parameter as bound without conversion, as pwsh does', async () => {
    const b = await bindCommand(addValue, [], { host, expectingInput: true, pipelinePosition: 2 });
    // '5' is a String: it fits Text (String[]) as is, so it goes there before any conversion to Int32.
    const text = b.bindRecord('5');
    expect(text.parameterSetName).toBe('Texts');
    expect(text.values['Text']).toEqual(['5']);
    const number = b.bindRecord(5);
    expect(number.parameterSetName).toBe('Numbers');
    expect(number.values['Number']).toBe(5);
  });

  it('resets state for each record', async () => {
    const b = await piped(newTap);
    const first = b.bindRecord(new PSObject({ Identity: 'a', LifeTimeInMinutes: 30 }));
    const second = b.bindRecord(new PSObject({ Identity: 'b' }));
    expect(first.values['LifeTimeInMinutes']).toBe(30);
    expect(second.values['LifeTimeInMinutes']).toBeUndefined();
    expect([...second.boundParameters]).toEqual(['Identity']);
  });

  it('validates piped values per record', async () => {
    const b = await piped(newTap);
    const e = recordError(() => b.bindRecord(new PSObject({ Identity: 'a', LifeTimeInMinutes: 5 })));
    expect(e.record.errorId).toBe('ParameterArgumentValidationError');
    expect(e.record.message).toMatch(/^Cannot validate argument on parameter 'LifeTimeInMinutes'\. The 5 argument is less than/);
  });

  it('reports a record that binds to nothing', async () => {
    const b = await piped(newTap, [named('Identity'), val('fixed')]);
    const e = recordError(() => b.bindRecord(42));
    expect(e.record.message).toBe(
      'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
    );
    expect(e.record.errorId).toBe('InputObjectNotBound');
    expect(e.record.targetObject).toBe(42);
  });

  it('chooses the parameter set per record', async () => {
    const b = await bindCommand(setMember, [], { host, expectingInput: true, pipelinePosition: 2 });
    expect(b.bindRecord(new PSObject({ Name: 'n' })).parameterSetName).toBe('ByName');
    expect(b.bindRecord('2026-12-01T08:00').parameterSetName).toBe('ByObject');
  });

  it('reports a record missing a mandatory parameter', async () => {
    const b = await bindCommand(setMember, [], { host, expectingInput: true, pipelinePosition: 2 });
    const e = recordError(() => b.bindRecord(new PSObject({ Other: 1 })));
    expect(e.record.errorId).toBe('InputObjectNotBound');
  });
});
