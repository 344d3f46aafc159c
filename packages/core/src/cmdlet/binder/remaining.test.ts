import { describe, expect, it } from 'vitest';
import { bindCommand } from './bind.js';
import { BindingError } from './errors.js';
import { defineCmdlet } from '../define.js';
import { parameter, switchParameter } from '../parameter.js';
import { arrayOf, types } from '../parameter-types.js';
import { named, val } from '../../pipeline/argument-builders.js';
import { NonInteractiveHost } from '../../pipeline/hosts.js';
import type { CommandArgument } from '../../pipeline/command-argument.js';
import type { CmdletDefinition } from '../define.js';
import { PSRange } from '../../values/range.js';

// Write-Output's shape: an Object parameter, position 0, that takes the remaining arguments.
const echo = defineCmdlet({
  name: 'Write-Echo',
  synopsis: 'Echoes.',
  parameters: {
    InputObject: parameter(types.object, { mandatory: true, position: 0, fromPipeline: 'value', allowNull: true, fromRemainingArguments: true }),
    NoEnumerate: switchParameter(),
  },
});

// ForEach-Object's shape: one remaining-arguments parameter per set.
const each = defineCmdlet({
  name: 'Invoke-Each',
  synopsis: 'Runs.',
  parameterSets: ['Blocks', 'Member'],
  parameters: {
    Process: parameter(arrayOf(types.scriptBlock), { sets: { Blocks: { position: 0 } } }),
    Remaining: parameter(arrayOf(types.int32), { sets: { Blocks: {} }, fromRemainingArguments: true }),
    MemberName: parameter(types.string, { sets: { Member: { mandatory: true, position: 0 } } }),
    ArgumentList: parameter(types.objectArray, { sets: { Member: {} }, fromRemainingArguments: true }),
  },
});

const plain = defineCmdlet({
  name: 'Get-Plain',
  synopsis: 'Plain.',
  parameters: { Name: parameter(types.string, { position: 0 }), Count: parameter(types.int32, { position: 1 }) },
});

const host = new NonInteractiveHost();
const bind = (cmd: CmdletDefinition, args: CommandArgument[]) => bindCommand(cmd, args, { host, expectingInput: false, pipelinePosition: 1 });

async function bindError(cmd: CmdletDefinition, args: CommandArgument[]): Promise<BindingError> {
  try {
    await bind(cmd, args);
  } catch (error) {
    if (error instanceof BindingError) return error;
    throw error;
  }
  throw new Error('expected a binding error');
}

describe('ValueFromRemainingArguments', () => {
  it('collects every leftover argument into one list, never binding positionally', async () => {
    expect((await bind(echo, [val('a'), val('b'), val('c')])).initial.values['InputObject']).toEqual(['a', 'b', 'c']);
    // One argument still arrives as a list, as PowerShell's List<object> does.
    expect((await bind(echo, [val('a')])).initial.values['InputObject']).toEqual(['a']);
    expect((await bind(echo, [val(null)])).initial.values['InputObject']).toEqual([null]);
  });

  it('passes a single collection argument as that collection', async () => {
    expect((await bind(echo, [val([1, 2, 3])])).initial.values['InputObject']).toEqual([1, 2, 3]);
    expect((await bind(echo, [val(new PSRange(1, 3))])).initial.values['InputObject']).toEqual([1, 2, 3]);
    expect((await bind(echo, [val([1, 2]), val(3, '3')])).initial.values['InputObject']).toEqual([[1, 2], 3]);
  });

  it('leaves named parameters alone, wherever they appear', async () => {
    const b = await bind(echo, [val('a'), named('NoEnumerate'), val('b'), named('Verbose', true)]);
    expect(b.initial.values).toEqual({ InputObject: ['a', 'b'], NoEnumerate: true });
    expect(b.common.Verbose).toBe(true);
    expect((await bind(echo, [named('InputObject', 'x')])).initial.values['InputObject']).toBe('x');
  });

  it('takes -Names that match no parameter as their text, with a colon value after it', async () => {
    expect((await bind(echo, [val('a'), named('foo'), named('bar', 5, '5')])).initial.values['InputObject']).toEqual(['a', '-foo', '-bar:', 5]);
  });

  it('reports extra arguments when the parameter was bound by name', async () => {
    const e = await bindError(echo, [named('InputObject'), val('a'), val('b')]);
    expect(e.record.message).toBe("A positional parameter cannot be found that accepts argument 'b'.");
  });

  it('uses the remaining-arguments parameter of the set positional binding chose', async () => {
    const member = await bind(each, [val('Substring'), val(1, '1'), val(2, '2')]);
    expect(member.initial.parameterSetName).toBe('Member');
    expect(member.initial.values).toEqual({ MemberName: 'Substring', ArgumentList: [1, 2] });
    const blocks = await bind(each, [named('Process', []), val('7'), val(8, '8')]);
    expect(blocks.initial.parameterSetName).toBe('Blocks');
    expect(blocks.initial.values['Remaining']).toEqual([7, 8]);
  });

  it('converts the list to the parameter type with the binder message on failure', async () => {
    const e = await bindError(each, [named('Process', []), val('x')]);
    expect(e.record.message).toMatch(/^Cannot bind parameter 'Remaining'\. Cannot convert value "x" to type "System\.Int32"/);
  });

  it('is ambiguous when leftovers remain and several sets still offer such a parameter', async () => {
    const ambiguous = await bindError(each, [named('foo')]);
    expect(ambiguous.record.errorId).toBe('AmbiguousParameterSet');
  });

  it('reports an unknown -Name first, and a refused positional argument by its reason', async () => {
    const unknown = await bindError(plain, [val('a'), named('Bogus'), val('b')]);
    expect(unknown.record.message).toBe("A parameter cannot be found that matches parameter name 'Bogus'.");
    const refused = await bindError(plain, [val('a'), val('many')]);
    expect(refused.record.message).toMatch(/^Cannot bind parameter 'Count'\. Cannot convert value "many" to type "System\.Int32"/);
  });
});

describe('declaring ValueFromRemainingArguments', () => {
  it('refuses a scalar type that cannot hold the list, and two such parameters in one set', () => {
    const stringParameter = { ...parameter(types.string), options: { fromRemainingArguments: true } };
    expect(() => defineCmdlet({ name: 'Get-X', synopsis: 's', parameters: { A: stringParameter } })).toThrow(/'A' takes remaining arguments, so its type must be an array or Object/);
    expect(() =>
      defineCmdlet({
        name: 'Get-X',
        synopsis: 's',
        parameters: {
          A: parameter(types.objectArray, { fromRemainingArguments: true }),
          B: parameter(types.stringArray, { fromRemainingArguments: true }),
        },
      }),
    ).toThrow(/parameters 'A' and 'B' both take remaining arguments in set '__AllParameterSets'/);
  });

  it('is checked by the compiler too', () => {
    // @ts-expect-error: a String parameter cannot take remaining arguments
    expect(() => parameter(types.string, { fromRemainingArguments: true })).not.toThrow();
  });
});
