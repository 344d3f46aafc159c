/**
 * Select-Object (select): picks properties (names, wildcards, calculated), expands one property,
 * or picks objects by position (-First, -Last, -Skip, -SkipLast, -Index) and removes duplicates.
 * -First stops the upstream commands as soon as it has enough, so long producers end early.
 */
import { arrayOf, defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import type { CmdletContext } from '../../cmdlet/index.js';
import { matchesWildcard } from '../../cmdlet/wildcard.js';
import { PSObject } from '../../values/model.js';
import { typeNameOf } from '../../values/type-of.js';
import { unroll } from './enumerate.js';
import { tryPropertyValue } from './member-access.js';
import { valuesEqual } from './object-equality.js';
import { evaluateProperties, parsePropertyParameter, parsePropertySpecs, selectKeys, type PropertySpec } from './property-expression.js';

interface SelectOptions {
  readonly specs: readonly PropertySpec[] | undefined;
  readonly exclude: readonly string[];
  readonly expand: string | undefined;
  readonly unique: boolean;
}

interface SelectState {
  options: SelectOptions | undefined;
  /** Non-null objects received so far. */
  seen: number;
  /** Objects passed on by -First. */
  taken: number;
  /** Tail buffer for -Last (and -Skip counted from the end), or the delay line of -SkipLast. */
  buffer: unknown[];
  uniques: unknown[];
  done: boolean;
}

const inputObjectHelp = 'The objects to select from; usually piped.';

function alreadyExists(name: string, target: unknown) {
  return {
    message: `The property cannot be processed because the property "${name}" already exists.`,
    errorId: 'AlreadyExistingUserSpecifiedPropertyNoExpand',
    category: 'InvalidOperation' as const,
    exceptionType: 'PSArgumentException',
    targetObject: target,
  };
}

/** The selected properties of one object, minus -ExcludeProperty, duplicates reported once each. */
async function selectedProperties(input: unknown, o: SelectOptions, ctx: CmdletContext): Promise<[string, unknown][]> {
  const evaluated = await evaluateProperties(input, o.specs ?? [], ctx);
  const pairs: [string, unknown][] = [];
  const names = new Set<string>();
  for (const p of evaluated) {
    if (o.exclude.some((pattern) => matchesWildcard(p.name, pattern))) continue;
    if (names.has(p.name.toLowerCase())) {
      await ctx.writeError(alreadyExists(p.name, input));
      continue;
    }
    names.add(p.name.toLowerCase());
    pairs.push([p.name, p.value]);
  }
  return pairs;
}

async function emit(value: unknown, state: SelectState, ctx: CmdletContext): Promise<void> {
  if (state.options?.unique) {
    if (state.uniques.some((u) => valuesEqual(u, value, true))) return;
    state.uniques.push(value);
  }
  await ctx.write(value);
}

/** Applies -Property / -ExpandProperty to one chosen input object. */
async function processObject(input: unknown, state: SelectState, ctx: CmdletContext): Promise<void> {
  const o = state.options;
  if (!o) return;
  if (o.expand !== undefined) {
    const r = tryPropertyValue(input, o.expand);
    if (!r.found) {
      await ctx.writeError({
        message: `Property "${o.expand}" cannot be found.`,
        errorId: 'ExpandPropertyNotFound',
        category: 'InvalidArgument',
        exceptionType: 'PSArgumentException',
        targetObject: input,
      });
      return;
    }
    const extra = o.specs ? await selectedProperties(input, o, ctx) : [];
    for (const element of unroll(r.value)) {
      if (extra.length === 0 || !(element instanceof PSObject)) {
        await emit(element, state, ctx);
        continue;
      }
      const copy = new PSObject(element.properties.entries(), [...element.typeNames]);
      for (const [name, value] of extra) {
        if (copy.has(name)) await ctx.writeError(alreadyExists(name, element));
        else copy.set(name, value);
      }
      await emit(copy, state, ctx);
    }
    return;
  }
  if (o.specs) {
    const selected = new PSObject(await selectedProperties(input, o, ctx), [`Selected.${typeNameOf(input)}`, 'System.Management.Automation.PSCustomObject']);
    await emit(selected, state, ctx);
    return;
  }
  await emit(input, state, ctx);
}

export const selectObject = defineCmdlet({
  name: 'Select-Object',
  aliases: ['select'],
  synopsis: 'Selects properties of objects, or objects by position.',
  description:
    'Select-Object builds new objects with the properties you name in -Property: plain names, wildcard patterns ' +
    'or calculated properties written as @{Name=...; Expression={...}} (N, L and E are accepted abbreviations). ' +
    '-ExcludeProperty removes properties, -ExpandProperty outputs the value of one property instead of the object ' +
    '(unrolling collections). -First, -Last, -Skip, -SkipLast and -Index pick objects by position; -First stops the ' +
    'commands before it once it has enough objects. -Unique drops objects identical to one already output ' +
    '(strings compare case-sensitively).',
  parameterSets: ['DefaultParameter', 'SkipLastParameter', 'IndexParameter'],
  defaultParameterSet: 'DefaultParameter',
  examples: [
    { code: 'Get-Date | Select-Object Year, Month', remarks: 'Makes an object with only the Year and Month properties.' },
    {
      code: "Get-EntraIDUser | Select-Object DisplayName, @{Name='Domain'; Expression={ $_.UserPrincipalName.Split('@')[1] }}",
      remarks: 'Adds a calculated Domain property next to DisplayName.',
    },
    { code: '1..1000000 | ForEach-Object { $_ * 2 } | Select-Object -First 3', remarks: 'Returns 2, 4 and 6 and stops the producer early.' },
    { code: 'Get-EntraIDUser | Select-Object -ExpandProperty UserPrincipalName', remarks: 'Outputs the UPN strings themselves.' },
    { code: "'b','a','b' | Select-Object -Unique", remarks: 'Outputs b and a.' },
  ],
  parameters: {
    InputObject: parameter(types.object, { fromPipeline: 'value', allowNull: true, help: inputObjectHelp }),
    Property: parameter(types.objectArray, {
      sets: { DefaultParameter: { position: 0 }, SkipLastParameter: { position: 0 } },
      help: 'The properties to select: names, wildcard patterns, or calculated properties @{Name=...; Expression={...}}.',
    }),
    ExcludeProperty: parameter(arrayOf(types.string), {
      sets: { DefaultParameter: {}, SkipLastParameter: {} },
      help: 'Properties to leave out (wildcards allowed). Without -Property, all other properties are kept.',
    }),
    ExpandProperty: parameter(types.string, {
      sets: { DefaultParameter: {}, SkipLastParameter: {} },
      help: 'A property whose value is output instead of the object; collections are unrolled.',
    }),
    Unique: switchParameter({ help: 'Outputs only the first of several identical objects.' }),
    Last: parameter(types.int32, { sets: { DefaultParameter: {} }, validate: { range: [0, 2147483647] }, help: 'How many objects to take from the end.' }),
    First: parameter(types.int32, {
      sets: { DefaultParameter: {} },
      validate: { range: [0, 2147483647] },
      help: 'How many objects to take from the start; the commands before stop once they are taken.',
    }),
    Skip: parameter(types.int32, {
      sets: { DefaultParameter: {} },
      validate: { range: [0, 2147483647] },
      help: 'How many objects to skip, counted from the start (or from the end with -Last).',
    }),
    SkipLast: parameter(types.int32, {
      sets: { SkipLastParameter: { mandatory: true } },
      validate: { range: [0, 2147483647] },
      help: 'How many objects to leave out at the end.',
    }),
    Index: parameter(arrayOf(types.int32), { sets: { IndexParameter: { mandatory: true } }, help: 'The 0-based positions of the objects to select.' }),
    Wait: switchParameter({ sets: { DefaultParameter: {} }, help: 'With -First, lets the commands before run to completion instead of stopping them.' }),
  },
  state: (): SelectState => ({ options: undefined, seen: 0, taken: 0, buffer: [], uniques: [], done: false }),
  begin(args, ctx, state) {
    let specs = parsePropertyParameter(args.Property, selectKeys, ctx);
    const exclude = args.ExcludeProperty ?? [];
    // pwsh 7: -ExcludeProperty alone means "every property but these".
    if (!specs && exclude.length > 0 && args.ExpandProperty === undefined) specs = parsePropertySpecs(['*'], selectKeys);
    state.options = { specs, exclude, expand: args.ExpandProperty, unique: args.Unique };
  },
  async process(args, ctx, state) {
    const input = args.InputObject;
    // Select-Object ignores $null input, as pwsh does.
    if (input === null || input === undefined || state.done) return;
    const index = state.seen++;
    if (args.Index !== undefined) {
      if (args.Index.includes(index)) await processObject(input, state, ctx);
      if (index >= Math.max(...args.Index)) stop(state, ctx, false);
      return;
    }
    if (args.SkipLast !== undefined) {
      state.buffer.push(input);
      if (state.buffer.length > args.SkipLast) await processObject(state.buffer.shift(), state, ctx);
      return;
    }
    const skip = args.Last === undefined ? (args.Skip ?? 0) : 0;
    if (index < skip) return;
    if (args.First !== undefined && state.taken < args.First) {
      state.taken++;
      await processObject(input, state, ctx);
      if (state.taken === args.First && args.Last === undefined) stop(state, ctx, args.Wait);
      return;
    }
    if (args.First !== undefined && args.Last === undefined) {
      stop(state, ctx, args.Wait);
      return;
    }
    if (args.Last !== undefined) {
      // Keep the last Last+Skip objects: -Skip then drops the final Skip of them.
      state.buffer.push(input);
      if (state.buffer.length > args.Last + (args.Skip ?? 0)) state.buffer.shift();
      return;
    }
    await processObject(input, state, ctx);
  },
  async end(args, ctx, state) {
    if (args.Last === undefined) return;
    const kept = state.buffer.slice(0, Math.max(0, state.buffer.length - (args.Skip ?? 0)));
    for (const input of kept.slice(Math.max(0, kept.length - args.Last))) await processObject(input, state, ctx);
  },
});

/** Marks the selection complete; without -Wait, asks the runtime to stop the commands upstream. */
function stop(state: SelectState, ctx: CmdletContext, wait: boolean): void {
  state.done = true;
  if (!wait) ctx.stopUpstream();
}
