/**
 * A function's parameters as cmdlet parameter declarations, so that calling a function goes
 * through the same binder as a cmdlet (named with prefixes, positional, switches, pipeline
 * ByValue/ByPropertyName, PowerShell's errors). Attribute arguments are evaluated once, when the
 * `function` statement runs; defaults are not declared here: they are evaluated at call time.
 */
import type { ConfirmImpact } from '../cmdlet/define.js';
import { arrayOf, defineParameterType, types, type ParameterType } from '../cmdlet/parameter-types.js';
import type { ParameterDeclaration, ParameterOptions, ParameterRecord, ParameterSetMembership, PipelineInput } from '../cmdlet/parameter.js';
import type { ParameterValidation } from '../cmdlet/validation.js';
import type { AttributeAst, ExpressionAst, ParamBlockAst, ParameterAst, TypeNameAst } from '../language/ast.js';
import * as v from 'valibot';
import { convertToType } from '../values/convert.js';
import { ConversionError } from '../values/errors.js';
import { toPSString } from '../values/stringify.js';
import { isTruthy } from '../values/truthiness.js';
import { requireType, type ResolvedType } from '../values/typenames.js';
import type { Frame } from './context.js';
import { evaluate } from './expressions.js';
import type { Step } from './step.js';

/** Hidden parameters of simple functions: the unbound arguments (`$args`) and the pipeline input (`$input`). */
export const ARGS_PARAMETER = '__Args';
export const INPUT_PARAMETER = '__Input';

const BUILTIN_TYPES: Partial<Record<ResolvedType['key'], ParameterType<unknown>>> = {
  string: types.string,
  int32: types.int32,
  int64: types.int64,
  double: types.double,
  boolean: types.boolean,
  switch: types.switch,
  datetime: types.dateTime,
  timespan: types.timeSpan,
  guid: types.guid,
  scriptblock: types.scriptBlock,
  hashtable: types.hashtable,
  object: types.object,
};

function typeFor(resolved: ResolvedType, written: string): ParameterType<unknown> {
  if (resolved.element) return arrayOf(typeFor(resolved.element, resolved.element.fullName.replace(/^System\./, '')));
  const builtin = BUILTIN_TYPES[resolved.key];
  if (builtin) return builtin;
  // Types the binder has no parameter type for convert as a cast would (`[int16]`, `[pscustomobject]`...).
  return defineParameterType<unknown>({
    name: written,
    fullName: resolved.fullName,
    schema: v.custom<unknown>(() => false),
    convert: (value) => convertToType(value, resolved),
  });
}

/** The binder's type for `[type]$x`; untyped parameters take any object unchanged. */
export function parameterTypeOf(typeName: TypeNameAst | undefined): { type: ParameterType<unknown>; resolved?: ResolvedType } {
  if (!typeName) return { type: types.object };
  const resolved = requireType(typeName.fullName);
  const type = typeFor(resolved, typeName.name);
  return { type: type.isSwitch ? type : { ...type, scriptParameter: true }, resolved };
}

function attributesNamed(parameter: ParameterAst, name: string): AttributeAst[] {
  return parameter.attributes.filter((a) => a.name.toLowerCase() === name.toLowerCase());
}

function* argumentValues(attribute: AttributeAst, frame: Frame): Step<unknown[]> {
  const values: unknown[] = [];
  for (const node of attribute.positionalArguments) {
    const value = yield* evaluate(node, frame);
    if (Array.isArray(value)) values.push(...(value as unknown[]));
    else values.push(value);
  }
  return values;
}

function* namedValue(attribute: AttributeAst, name: string, frame: Frame): Step<{ value: unknown } | undefined> {
  const found = attribute.namedArguments.find((n) => n.name.toLowerCase() === name.toLowerCase());
  if (!found) return undefined;
  // `[Parameter(Mandatory)]` means Mandatory = $true.
  return { value: found.value ? yield* evaluate(found.value, frame) : true };
}

function* membership(attribute: AttributeAst, frame: Frame): Step<ParameterSetMembership & { set?: string; remaining: boolean }> {
  function* flag(name: string): Step<boolean> {
    const found = yield* namedValue(attribute, name, frame);
    return found !== undefined && isTruthy(found.value);
  }
  const byValue = yield* flag('ValueFromPipeline');
  const byName = yield* flag('ValueFromPipelineByPropertyName');
  const fromPipeline: PipelineInput | undefined = byValue && byName ? 'both' : byValue ? 'value' : byName ? 'propertyName' : undefined;
  const position = yield* namedValue(attribute, 'Position', frame);
  const help = yield* namedValue(attribute, 'HelpMessage', frame);
  const set = yield* namedValue(attribute, 'ParameterSetName', frame);
  const mandatory = yield* flag('Mandatory');
  const remaining = yield* flag('ValueFromRemainingArguments');
  return {
    mandatory,
    ...(position ? { position: Number(position.value) } : {}),
    ...(fromPipeline ? { fromPipeline } : {}),
    ...(help ? { helpMessage: toPSString(help.value) } : {}),
    ...(set ? { set: toPSString(set.value) } : {}),
    remaining,
  };
}

function pair(values: unknown[]): readonly [number, number] {
  return [Number(values[0]), Number(values[1])];
}

function* validation(parameter: ParameterAst, frame: Frame): Step<ParameterValidation> {
  const rules: { -readonly [K in keyof ParameterValidation]: ParameterValidation[K] } = {};
  for (const attribute of parameter.attributes) {
    const args = () => argumentValues(attribute, frame);
    switch (attribute.name.toLowerCase()) {
      case 'validateset':
        rules.set = (yield* args()).map((x) => toPSString(x));
        break;
      case 'validaterange':
        rules.range = pair(yield* args());
        break;
      case 'validatelength':
        rules.length = pair(yield* args());
        break;
      case 'validatecount':
        rules.count = pair(yield* args());
        break;
      case 'validatepattern':
        rules.pattern = toPSString((yield* args())[0]);
        break;
      case 'validatenotnullorempty':
        rules.notNullOrEmpty = true;
        break;
      case 'validatenotnull':
        rules.notNull = true;
        break;
    }
  }
  return rules;
}

export interface FunctionParameters {
  readonly declarations: ParameterRecord;
  /** Advanced functions ([CmdletBinding()] or any [Parameter()]) have no `$args` and refuse unbindable input. */
  readonly advanced: boolean;
  readonly defaultParameterSet?: string;
  /** `[CmdletBinding(SupportsShouldProcess)]`: the function takes -WhatIf and -Confirm. */
  readonly supportsShouldProcess: boolean;
  /** `[CmdletBinding(ConfirmImpact = 'High')]`, compared with $ConfirmPreference (default Medium). */
  readonly confirmImpact?: ConfirmImpact;
}

/** True for the `[Parameter]` / `[CmdletBinding]` forms that make a function advanced. */
export function isAdvanced(parameters: readonly ParameterAst[], block: ParamBlockAst | undefined): boolean {
  return (block?.attributes.some((a) => a.name.toLowerCase() === 'cmdletbinding') ?? false) || parameters.some((p) => attributesNamed(p, 'Parameter').length > 0);
}

const confirmImpacts: readonly ConfirmImpact[] = ['None', 'Low', 'Medium', 'High'];

/** A ConfirmImpact argument, converted as pwsh converts an enum (by name, any case), with its error text. */
function confirmImpactOf(value: unknown): ConfirmImpact {
  const text = toPSString(value);
  const found = confirmImpacts.find((name) => name.toLowerCase() === text.trim().toLowerCase());
  if (found) return found;
  const reason = `Unable to match the identifier name ${text} to a valid enumerator name. Specify one of the following enumerator names and try again: ${confirmImpacts.join(', ')}`;
  throw new ConversionError(
    `Cannot convert value "${text}" to type "System.Management.Automation.ConfirmImpact". Error: "${reason}"`,
    text,
    'System.Management.Automation.ConfirmImpact',
    reason,
  );
}

/** What `[CmdletBinding(...)]` on the param block says: the default set, ShouldProcess support, ConfirmImpact. */
function* cmdletBinding(block: ParamBlockAst | undefined, frame: Frame): Step<Pick<FunctionParameters, 'defaultParameterSet' | 'supportsShouldProcess' | 'confirmImpact'>> {
  const binding = block?.attributes.find((a) => a.name.toLowerCase() === 'cmdletbinding');
  if (!binding) return { supportsShouldProcess: false };
  const set = yield* namedValue(binding, 'DefaultParameterSetName', frame);
  const supports = yield* namedValue(binding, 'SupportsShouldProcess', frame);
  const impact = yield* namedValue(binding, 'ConfirmImpact', frame);
  return {
    ...(set ? { defaultParameterSet: toPSString(set.value) } : {}),
    supportsShouldProcess: supports !== undefined && isTruthy(supports.value),
    ...(impact ? { confirmImpact: confirmImpactOf(impact.value) } : {}),
  };
}

export function* functionParameters(parameters: readonly ParameterAst[], block: ParamBlockAst | undefined, frame: Frame): Step<FunctionParameters> {
  const advanced = isAdvanced(parameters, block);
  const declarations: Record<string, ParameterDeclaration<unknown>> = {};
  // PowerShell numbers parameters by declaration order, unless some parameter states a Position.
  const memberships: (ParameterSetMembership & { set?: string; remaining: boolean })[][] = [];
  for (const p of parameters) {
    const list: (ParameterSetMembership & { set?: string; remaining: boolean })[] = [];
    for (const attribute of attributesNamed(p, 'Parameter')) list.push(yield* membership(attribute, frame));
    memberships.push(list);
  }
  const explicitPositions = memberships.some((list) => list.some((m) => m.position !== undefined));
  let nextPosition = 0;
  for (const [index, p] of parameters.entries()) {
    const { type } = parameterTypeOf(p.typeName);
    const list = memberships[index] ?? [];
    const remaining = list.some((m) => m.remaining);
    const base: ParameterSetMembership = list.find((m) => m.set === undefined) ?? {};
    const implicitPosition = !explicitPositions && !type.isSwitch && !remaining ? nextPosition++ : undefined;
    const sets = Object.fromEntries(list.filter((m) => m.set !== undefined).map((m) => [m.set, { mandatory: m.mandatory, position: m.position, fromPipeline: m.fromPipeline, helpMessage: m.helpMessage }]));
    const allow = (name: string) => attributesNamed(p, name).length > 0;
    const aliases: unknown[] = [];
    for (const attribute of attributesNamed(p, 'Alias')) aliases.push(...(yield* argumentValues(attribute, frame)));
    const validate = yield* validation(p, frame);
    const options: ParameterOptions<unknown> = {
      ...(base.mandatory ? { mandatory: true } : {}),
      ...(base.position !== undefined ? { position: base.position } : implicitPosition !== undefined ? { position: implicitPosition } : {}),
      ...(base.fromPipeline ? { fromPipeline: base.fromPipeline } : {}),
      ...(base.helpMessage ? { helpMessage: base.helpMessage } : {}),
      ...(Object.keys(sets).length > 0 ? { sets } : {}),
      aliases: aliases.map((x) => toPSString(x)),
      validate,
      fromRemainingArguments: remaining,
      allowNull: allow('AllowNull'),
      allowEmptyString: allow('AllowEmptyString'),
      allowEmptyCollection: allow('AllowEmptyCollection'),
    };
    declarations[p.name.name] = { type, options, presence: 'maybe' };
  }
  if (!advanced) {
    declarations[ARGS_PARAMETER] = { type: types.objectArray, options: { fromRemainingArguments: true, dontShow: true }, presence: 'maybe' };
    declarations[INPUT_PARAMETER] = { type: types.object, options: { fromPipeline: 'value', allowNull: true, dontShow: true }, presence: 'maybe' };
  }
  return { declarations, advanced, ...(yield* cmdletBinding(block, frame)) };
}

/** The type a parameter converts to, undefined when it has none. */
export function resolvedTypeOf(parameter: ParameterAst): ResolvedType | undefined {
  return parameter.typeName ? requireType(parameter.typeName.fullName) : undefined;
}

/** The value an unbound parameter starts with: its default evaluated now, else the type's empty value. */
export function* unboundValue(parameter: ParameterAst, frame: Frame): Step<unknown> {
  const { resolved } = parameterTypeOf(parameter.typeName);
  if (parameter.defaultValue) {
    const value = yield* evaluate(parameter.defaultValue satisfies ExpressionAst, frame);
    return resolved ? convertToType(value, resolved) : value;
  }
  if (!resolved || resolved.key === 'array') return null;
  if (resolved.key === 'switch') return false;
  // PowerShell initialises typed parameters by converting $null: '' for [string], 0 for [int], $false for [switch].
  try {
    return convertToType(null, resolved);
  } catch {
    return null;
  }
}
