import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineCmdlet } from './define.js';
import { parameter, switchParameter } from './parameter.js';
import { arrayOf, enumeration, types } from './parameter-types.js';
import { allParameterSets } from './metadata.js';
import type { PSDateTime, PSGuid } from '../values/model.js';

describe('defineCmdlet type inference', () => {
  it('types process arguments from the declaration', () => {
    defineCmdlet({
      name: 'New-Thing',
      synopsis: 'Creates a thing.',
      parameters: {
        Identity: parameter(types.string, { mandatory: true, position: 0 }),
        Piped: parameter(types.string, { mandatory: true, fromPipeline: 'value' }),
        Start: parameter(types.dateTime),
        Top: parameter(types.int32, { default: 100 }),
        Tags: parameter(arrayOf(types.string)),
        Mode: parameter(enumeration('ThingMode', ['Fast', 'Slow'] as const)),
        ById: parameter(types.guid, { sets: { ById: { mandatory: true } } }),
        Force: switchParameter(),
      },
      begin(args) {
        expectTypeOf(args.Identity).toEqualTypeOf<string>();
        expectTypeOf(args.Piped).toEqualTypeOf<string | undefined>();
        expectTypeOf(args.Top).toEqualTypeOf<number>();
        expectTypeOf(args.Force).toEqualTypeOf<boolean>();
      },
      process(args) {
        expectTypeOf(args.Identity).toEqualTypeOf<string>();
        expectTypeOf(args.Piped).toEqualTypeOf<string>();
        expectTypeOf(args.Start).toEqualTypeOf<PSDateTime | undefined>();
        expectTypeOf(args.Top).toEqualTypeOf<number>();
        expectTypeOf(args.Tags).toEqualTypeOf<string[] | undefined>();
        expectTypeOf(args.Mode).toEqualTypeOf<'Fast' | 'Slow' | undefined>();
        // Mandatory in one set only: absent in the others.
        expectTypeOf(args.ById).toEqualTypeOf<PSGuid | undefined>();
        expectTypeOf(args.Force).toEqualTypeOf<boolean>();
        // @ts-expect-error: no string lookups of undeclared names
        void args.Nope;
      },
    });
  });

  it('types per-invocation state', () => {
    defineCmdlet({
      name: 'Measure-Thing',
      synopsis: 'Counts.',
      parameters: { InputObject: parameter(types.object, { fromPipeline: 'value' }) },
      state: () => ({ count: 0 }),
      process(_args, _ctx, state) {
        expectTypeOf(state).toEqualTypeOf<{ count: number }>();
        state.count++;
      },
    });
  });

  it('counts an array-literal default as always present', () => {
    const names = parameter(arrayOf(types.string), { default: ['*'], position: 0 });
    expectTypeOf(names.presence).toEqualTypeOf<'always'>();
    expect(names.presence).toBe('always');
    defineCmdlet({
      name: 'Get-Names',
      synopsis: 'Gets names.',
      parameters: { Name: names, Ids: parameter(arrayOf(types.int32), { default: [1, 2] }) },
      process(args) {
        expectTypeOf(args.Name).toEqualTypeOf<string[]>();
        expectTypeOf(args.Ids).toEqualTypeOf<number[]>();
      },
    });
  });

  it('rejects a default of the wrong type', () => {
    // @ts-expect-error: a string default for an Int32 parameter
    parameter(types.int32, { default: 'x' });
    // @ts-expect-error: numbers in the default of a String[] parameter
    parameter(arrayOf(types.string), { default: [1] });
  });
});

describe('defineCmdlet metadata', () => {
  const example = defineCmdlet({
    name: 'Get-Thing',
    aliases: ['gth'],
    synopsis: 'Gets things.',
    parameterSets: ['ByName', 'ById'],
    defaultParameterSet: 'ByName',
    supportsShouldProcess: true,
    parameters: {
      Name: parameter(types.string, { sets: { ByName: { mandatory: true, position: 0 } }, aliases: ['n'] }),
      Id: parameter(types.guid, { sets: { ById: { mandatory: true, fromPipeline: 'propertyName' } } }),
      Top: parameter(types.int32, { validate: { range: [1, 10] } }),
    },
    async process({ Name, Id, Top }, ctx) {
      await ctx.write({ Name, Id, Top });
    },
  });

  it('normalises sets, positions and pipeline flags', () => {
    expect(example.verb).toBe('Get');
    expect(example.noun).toBe('Thing');
    expect(example.parameterSets).toEqual(['ByName', 'ById']);
    const [name, id, top] = example.parameters;
    expect(name?.sets.get('ByName')).toEqual({ mandatory: true, position: 0, byValue: false, byPropertyName: false, helpMessage: undefined });
    expect(name?.sets.has('ById')).toBe(false);
    expect(id?.sets.get('ById')?.byPropertyName).toBe(true);
    expect(id?.pipelinePropertyNames).toEqual(['Id']);
    expect([...(top?.sets.keys() ?? [])]).toEqual(['ByName', 'ById']);
    expect(top?.inAllSets).toBe(true);
  });

  it('carries an argument completer into the metadata', () => {
    const c = defineCmdlet({
      name: 'Get-Topic',
      synopsis: 's',
      parameters: { Name: parameter(types.string, { position: 0, argumentCompleter: 'helpTopic' }), Other: parameter(types.string) },
    });
    expect(c.parameters.map((p) => p.argumentCompleter)).toEqual(['helpTopic', undefined]);
  });

  it('uses __AllParameterSets when no set is declared', () => {
    const c = defineCmdlet({ name: 'Get-Plain', synopsis: 's', parameters: {} });
    expect(c.parameterSets).toEqual([allParameterSets]);
    expect(c.defaultParameterSet).toBe(allParameterSets);
  });

  it('rejects bad declarations when defined', () => {
    expect(() => defineCmdlet({ name: 'NoVerb', synopsis: 's', parameters: {} })).toThrow(/Verb-Noun/);
    expect(() =>
      defineCmdlet({ name: 'Get-X', synopsis: 's', parameters: { Verbose: parameter(types.string) } }),
    ).toThrow(/'Verbose' is used twice/);
    expect(() =>
      defineCmdlet({
        name: 'Get-X',
        synopsis: 's',
        parameters: { A: parameter(types.string, { position: 0 }), B: parameter(types.string, { position: 0 }) },
      }),
    ).toThrow(/share position 0/);
    expect(() =>
      defineCmdlet({ name: 'Get-X', synopsis: 's', parameterSets: ['A'], parameters: { B: parameter(types.string, { sets: { Z: {} } }) } }),
    ).toThrow(/undeclared parameter set 'Z'/);
  });
});
