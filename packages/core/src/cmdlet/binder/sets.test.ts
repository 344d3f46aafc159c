import { describe, expect, it } from 'vitest';
import { bindCommand } from './bind.js';
import { BindingError } from './errors.js';
import { defineCmdlet } from '../define.js';
import { parameter, switchParameter } from '../parameter.js';
import { arrayOf, types } from '../parameter-types.js';
import { named, val } from '../../pipeline/argument-builders.js';
import { NonInteractiveHost, ScriptedHost } from '../../pipeline/hosts.js';
import type { Host } from '../../pipeline/host.js';
import type { CommandArgument } from '../../pipeline/command-argument.js';
import { PSGuid, ScriptBlockValue } from '../../values/model.js';

const getUser = defineCmdlet({
  name: 'Get-User',
  synopsis: 'Gets users.',
  parameterSets: ['All', 'ByIdentity', 'ByFilter'],
  defaultParameterSet: 'All',
  parameters: {
    Identity: parameter(types.string, { sets: { ByIdentity: { mandatory: true, position: 0 } } }),
    Filter: parameter(types.string, { sets: { ByFilter: { mandatory: true } } }),
    Delta: switchParameter({ sets: { All: {} } }),
    Properties: parameter(arrayOf(types.string), { position: 1 }),
  },
});

const noDefault = defineCmdlet({
  name: 'Set-Thing',
  synopsis: 'Sets things.',
  parameters: {
    Id: parameter(types.guid, { sets: { ById: { mandatory: true } } }),
    Name: parameter(types.string, { sets: { ByName: { mandatory: true } } }),
    Count: parameter(types.int32, { sets: { ById: { position: 0 }, ByName: { position: 0 } } }),
    Label: parameter(types.string, { sets: { ByName: {} } }),
  },
  defaultParameterSet: 'ById',
});

const twoSetsNoDefault = defineCmdlet({
  name: 'Remove-Thing',
  synopsis: 'Removes.',
  parameterSets: ['A', 'B'],
  defaultParameterSet: 'A',
  parameters: {
    First: parameter(types.string, { sets: { A: { mandatory: true }, B: {} } }),
    Second: parameter(types.string, { sets: { B: { mandatory: true } } }),
    Shared: parameter(types.string, { sets: { A: {}, B: {} } }),
    OnlyA: parameter(types.string, { sets: { A: {} } }),
  },
});

// Where-Object's shape: the default set's position 0 is a String, another set's a ScriptBlock.
const whereLike = defineCmdlet({
  name: 'Find-Thing',
  synopsis: 'Finds.',
  parameterSets: ['EqualSet', 'ScriptBlockSet'],
  parameters: {
    FilterScript: parameter(types.scriptBlock, { sets: { ScriptBlockSet: { mandatory: true, position: 0 } } }),
    Property: parameter(types.string, { sets: { EqualSet: { mandatory: true, position: 0 } } }),
    Value: parameter(types.object, { sets: { EqualSet: { position: 1 } } }),
  },
});

// Position 0 is a String in the default set and an Int32 (validated) or a String[] in others.
const byType = defineCmdlet({
  name: 'Get-ByType',
  synopsis: 'Gets.',
  parameterSets: ['ByName', 'ById', 'ByTags'],
  parameters: {
    Name: parameter(types.string, { sets: { ByName: { position: 0 } } }),
    Id: parameter(types.int32, { sets: { ById: { position: 0 } }, validate: { range: [1, 10] } }),
    Tags: parameter(arrayOf(types.guid), { sets: { ByTags: { position: 0 } } }),
  },
});

const nonInteractive = new NonInteractiveHost();
const bind = (cmd: typeof getUser, args: CommandArgument[], host: Host = nonInteractive) =>
  bindCommand(cmd, args, { host, expectingInput: false, pipelinePosition: 1 });

async function bindError(cmd: typeof getUser, args: CommandArgument[], host: Host = nonInteractive): Promise<BindingError> {
  try {
    await bind(cmd, args, host);
  } catch (error) {
    if (error instanceof BindingError) return error;
    throw error;
  }
  throw new Error('expected a binding error');
}

describe('parameter sets', () => {
  it('picks the default set when nothing narrows', async () => {
    expect((await bind(getUser, [])).initial.parameterSetName).toBe('All');
  });

  it('narrows by named parameters', async () => {
    const b = await bind(getUser, [named('Filter'), val("startswith(displayName,'A')")]);
    expect(b.initial.parameterSetName).toBe('ByFilter');
  });

  it('binds positional arguments, the default set first, then other sets', async () => {
    const b = await bind(getUser, [val('john@contoso.com')]);
    expect(b.initial.parameterSetName).toBe('ByIdentity');
    expect(b.initial.values['Identity']).toBe('john@contoso.com');
    const two = await bind(getUser, [val('john@contoso.com'), val(['Mail', 'Id'])]);
    expect(two.initial.values['Properties']).toEqual(['Mail', 'Id']);
  });

  it('tries the next candidate at a position when conversion fails', async () => {
    const b = await bind(noDefault, [named('Name'), val('x'), val(3, '3')]);
    expect(b.initial.values['Count']).toBe(3);
    expect(b.initial.parameterSetName).toBe('ByName');
    const e = await bindError(noDefault, [named('Id'), val('not-a-guid')]);
    expect(e.record.errorId).toBe('ParameterArgumentTransformationError');
  });

  it('binds a positional argument without conversion in any set before converting it for the default set', async () => {
    const block = new ScriptBlockValue(null, ' $_ -gt 2 ');
    const b = await bind(whereLike, [val(block)]);
    expect(b.initial.parameterSetName).toBe('ScriptBlockSet');
    expect(b.initial.values['FilterScript']).toBe(block);
    const simplified = await bind(whereLike, [val('Name'), val('x')]);
    expect(simplified.initial.parameterSetName).toBe('EqualSet');
    expect(simplified.initial.values).toEqual({ Property: 'Name', Value: 'x' });
    // Named, the block converts to the default set's String as pwsh does.
    const named_ = await bind(whereLike, [named('Property'), val(block)]);
    expect(named_.initial.values['Property']).toBe(' $_ -gt 2 ');
  });

  it('prefers an exact type in another set, then converts for the default set first', async () => {
    expect((await bind(byType, [val(5, '5')])).initial).toMatchObject({ parameterSetName: 'ById', values: { Id: 5 } });
    expect((await bind(byType, [val('5')])).initial).toMatchObject({ parameterSetName: 'ByName', values: { Name: '5' } });
    // One element of an array parameter's type counts as exact: a Guid goes to Tags, wrapped.
    const guid = new PSGuid('72e2eb87-c124-4c59-b6b4-4a5f9a1b2c3d');
    expect((await bind(byType, [val(guid)])).initial).toMatchObject({ parameterSetName: 'ByTags', values: { Tags: [guid] } });
  });

  it('reports a validation failure at once instead of trying another parameter', async () => {
    const e = await bindError(byType, [val(50, '50')]);
    expect(e.record.errorId).toBe('ParameterArgumentValidationError');
    expect(e.record.message).toMatch(/^Cannot validate argument on parameter 'Id'\. The 50 argument is greater than the maximum allowed range of 10/);
  });

  it('rejects parameters from different sets', async () => {
    const e = await bindError(getUser, [named('Filter'), val('x'), named('Delta')]);
    expect(e.record.message).toBe(
      'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
    );
    expect(e.record.errorId).toBe('AmbiguousParameterSet');
  });

  it('resolves by the default set when several remain', async () => {
    const b = await bind(twoSetsNoDefault, [named('First'), val('a'), named('Shared'), val('s')]);
    expect(b.initial.parameterSetName).toBe('A');
  });

  it('reports a positional argument nothing accepts', async () => {
    const e = await bindError(getUser, [val('a'), val('b'), val('c')]);
    expect(e.record.message).toBe("A positional parameter cannot be found that accepts argument 'c'.");
  });

  it('reports missing mandatory parameters without an interactive host', async () => {
    const e = await bindError(noDefault, []);
    expect(e.record.message).toBe('Cannot process command because of one or more missing mandatory parameters: Id.');
    expect(e.record.errorId).toBe('MissingMandatoryParameter');
  });

  it('prompts an interactive host for missing mandatory parameters', async () => {
    const host = new ScriptedHost({ prompts: [{ Id: '72e2eb87-c124-4c59-b6b4-4a5f9a1b2c3d' }] });
    const b = await bind(noDefault, [named('Count'), val(2, '2')], host);
    expect(b.initial.values['Id']).toBeInstanceOf(PSGuid);
    expect(host.calls).toEqual([
      {
        kind: 'prompt',
        request: {
          caption: 'cmdlet Set-Thing at command pipeline position 1',
          message: 'Supply values for the following parameters:',
          fields: [{ name: 'Id', typeName: 'Guid', isArray: false, helpMessage: undefined, secret: false }],
        },
      },
    ]);
  });

  it('lets a mandatory array parameter take an empty collection only when declared (AllowEmptyCollection)', async () => {
    const take = (allowEmptyCollection: boolean) =>
      defineCmdlet({ name: 'Set-Tags', synopsis: 's', parameters: { Tags: parameter(arrayOf(types.string), { mandatory: true, position: 0, allowEmptyCollection }) } });
    expect((await bind(take(true), [val([])])).initial.values['Tags']).toEqual([]);
    const e = await bindError(take(false), [val([])]);
    expect(e.record.message).toBe("Cannot bind argument to parameter 'Tags' because it is an empty array.");
  });

  it('errors when the prompt is cancelled or answered empty', async () => {
    const cancelled = await bindError(noDefault, [], new ScriptedHost({ prompts: [undefined] }));
    expect(cancelled.record.errorId).toBe('MissingMandatoryParameter');
    const empty = await bindError(twoSetsNoDefault, [], new ScriptedHost({ prompts: [{ First: '' }] }));
    expect(empty.record.message).toBe("Cannot bind argument to parameter 'First' because it is an empty string.");
  });
});
