/**
 * The normalised, runtime view of a cmdlet declaration: what the binder, help and tab completion
 * read. Built once by defineCmdlet, which also rejects inconsistent declarations early (at module
 * load), so a mistake in a cmdlet module fails its first test rather than a user's command.
 */
import type { ArgumentCompleterKind, PipelineInput } from './parameter.js';
import type { ParameterType } from './parameter-types.js';
import type { ParameterValidation } from './validation.js';
import type { CmdletDescription, CmdletExample, ConfirmImpact, RequiredPermissions } from './define.js';
import { commonParameters, shouldProcessParameters } from './common-parameters.js';
import { isSecretTypeName } from '../values/secret-types.js';

/** The set name PowerShell uses for parameters that belong to every set. */
export const allParameterSets = '__AllParameterSets';

export interface SetMembership {
  readonly mandatory: boolean;
  readonly position: number | undefined;
  readonly byValue: boolean;
  readonly byPropertyName: boolean;
  readonly helpMessage: string | undefined;
}

export interface ParameterMetadata {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: ParameterType<unknown>;
  readonly isSwitch: boolean;
  /** Membership per set name; every set of the cmdlet when the parameter is not restricted. */
  readonly sets: ReadonlyMap<string, SetMembership>;
  /** True when the parameter was declared without `sets` (it belongs to every set). */
  readonly inAllSets: boolean;
  /** ValueFromRemainingArguments, in every set the parameter belongs to; never bound positionally. */
  readonly fromRemainingArguments: boolean;
  /** Property names accepted ByPropertyName: name, aliases, then the extra names. */
  readonly pipelinePropertyNames: readonly string[];
  readonly validation: ParameterValidation;
  readonly help: string | undefined;
  readonly valueCompletions: readonly string[];
  /** Values to complete from the session (commands, help topics); undefined for none. */
  readonly argumentCompleter: ArgumentCompleterKind | undefined;
  readonly hasDefault: boolean;
  readonly defaultValue: unknown;
  readonly allowNull: boolean;
  readonly allowEmptyString: boolean;
  readonly allowEmptyCollection: boolean;
  /** Declared `secret`, or of a secret type (SecureString, PSCredential). */
  readonly secret: boolean;
  readonly dontShow: boolean;
}

export interface CmdletMetadata {
  readonly name: string;
  readonly verb: string;
  readonly noun: string;
  readonly aliases: readonly string[];
  readonly synopsis: string;
  readonly description: string;
  readonly examples: readonly CmdletExample[];
  readonly relatedLinks: readonly string[];
  readonly parameters: readonly ParameterMetadata[];
  /** Every set name, declared order first. A cmdlet without sets has exactly ['__AllParameterSets']. */
  readonly parameterSets: readonly string[];
  readonly defaultParameterSet: string;
  readonly supportsShouldProcess: boolean;
  readonly confirmImpact: ConfirmImpact;
  readonly outputType: string | undefined;
  readonly defaultDisplayProperties: readonly string[] | undefined;
  /** Output record properties declared to hold secrets (see CmdletDescription.outputSecretProperties). */
  readonly outputSecretProperties: readonly string[];
  /** Some output property holds a secret. */
  readonly outputCarriesSecrets: boolean;
  readonly requiredPermissions: RequiredPermissions | undefined;
  /** Absent for cmdlets; 'Function' for script functions. */
  readonly commandType?: 'Function';
}

const verbNounPattern = /^([A-Za-z]+)-([A-Za-z][A-Za-z0-9]*)$/;

function fail(cmdlet: string, why: string): never {
  throw new Error(`Invalid cmdlet declaration '${cmdlet}': ${why}`);
}

function pipelineFlags(input: PipelineInput | undefined): { byValue: boolean; byPropertyName: boolean } {
  return { byValue: input === 'value' || input === 'both', byPropertyName: input === 'propertyName' || input === 'both' };
}

function collectSetNames(decl: CmdletDescription): string[] {
  const names: string[] = [...(decl.parameterSets ?? [])];
  for (const [paramName, p] of Object.entries(decl.parameters)) {
    for (const set of Object.keys(p.options.sets ?? {})) {
      if (names.includes(set)) continue;
      if (decl.parameterSets) fail(decl.name, `parameter '${paramName}' uses undeclared parameter set '${set}'`);
      names.push(set);
    }
  }
  return names.length > 0 ? names : [allParameterSets];
}

export function normaliseCmdlet(decl: CmdletDescription): CmdletMetadata {
  const isFunction = decl.commandType === 'Function';
  const match = verbNounPattern.exec(decl.name);
  if (!isFunction && (!match?.[1] || !match[2])) fail(decl.name, 'the name must be Verb-Noun');
  const setNames = collectSetNames(decl);
  const defaultSet = decl.defaultParameterSet ?? setNames[0] ?? allParameterSets;
  if (!setNames.includes(defaultSet)) fail(decl.name, `default parameter set '${defaultSet}' is not a parameter set`);

  const taken = new Set<string>();
  const reserve = (name: string): void => {
    const key = name.toLowerCase();
    if (taken.has(key)) fail(decl.name, `the parameter name or alias '${name}' is used twice`);
    taken.add(key);
  };
  // A function's own parameter may take a common parameter's name (`$db`): the binder then drops that common one.
  for (const c of isFunction ? [] : [...commonParameters, ...(decl.supportsShouldProcess ? shouldProcessParameters : [])]) {
    reserve(c.name);
    c.aliases.forEach(reserve);
  }

  const parameters: ParameterMetadata[] = Object.entries(decl.parameters).map(([name, declaration]) => {
    const o = declaration.options;
    reserve(name);
    (o.aliases ?? []).forEach(reserve);
    const sets = new Map<string, SetMembership>();
    const defaults = { mandatory: o.mandatory, position: o.position, fromPipeline: o.fromPipeline, helpMessage: o.helpMessage };
    const entries = o.sets ? Object.entries(o.sets) : setNames.map((s) => [s, {}] as const);
    for (const [setName, m] of entries) {
      const merged = { ...defaults, ...m };
      sets.set(setName, {
        mandatory: merged.mandatory === true,
        position: merged.position,
        ...pipelineFlags(merged.fromPipeline),
        helpMessage: merged.helpMessage,
      });
    }
    const validation = o.validate ?? {};
    return {
      name,
      aliases: o.aliases ?? [],
      type: declaration.type,
      isSwitch: declaration.type.isSwitch,
      sets,
      inAllSets: o.sets === undefined,
      fromRemainingArguments: o.fromRemainingArguments === true,
      pipelinePropertyNames: [name, ...(o.aliases ?? []), ...(o.pipelinePropertyNames ?? [])],
      validation,
      help: o.help,
      valueCompletions: o.valueCompletions ?? validation.set ?? declaration.type.completions ?? [],
      argumentCompleter: o.argumentCompleter,
      hasDefault: o.default !== undefined,
      defaultValue: o.default,
      allowNull: o.allowNull === true,
      allowEmptyString: o.allowEmptyString === true,
      allowEmptyCollection: o.allowEmptyCollection === true,
      // A SecureString or PSCredential parameter is secret by its type alone.
      secret: o.secret === true || isSecretTypeName(declaration.type.fullName),
      dontShow: o.dontShow === true,
    };
  });

  for (const p of parameters) {
    if (!p.fromRemainingArguments) continue;
    // The leftovers arrive as a list: only an array or an Object parameter can hold it.
    if (!p.type.elementType && p.type.fullName !== 'System.Object') {
      fail(decl.name, `'${p.name}' takes remaining arguments, so its type must be an array or Object`);
    }
  }

  for (const set of setNames) {
    const remaining = parameters.filter((p) => p.fromRemainingArguments && p.sets.has(set));
    if (remaining.length > 1) fail(decl.name, `parameters ${remaining.map((p) => `'${p.name}'`).join(' and ')} both take remaining arguments in set '${set}'`);
    const seen = new Map<number, string>();
    for (const p of parameters) {
      const position = p.sets.get(set)?.position;
      if (position === undefined) continue;
      if (p.isSwitch) fail(decl.name, `switch '${p.name}' cannot be positional`);
      const other = seen.get(position);
      if (other) fail(decl.name, `parameters '${other}' and '${p.name}' share position ${position} in set '${set}'`);
      seen.set(position, p.name);
    }
  }

  return {
    name: decl.name,
    // A function named `f` has no verb or noun (PowerShell shows them empty too).
    verb: match?.[1] ?? '',
    noun: match?.[2] ?? '',
    aliases: decl.aliases ?? [],
    synopsis: decl.synopsis,
    description: decl.description ?? decl.synopsis,
    examples: decl.examples ?? [],
    relatedLinks: decl.relatedLinks ?? [],
    parameters,
    parameterSets: setNames,
    defaultParameterSet: defaultSet,
    supportsShouldProcess: decl.supportsShouldProcess === true,
    confirmImpact: decl.confirmImpact ?? 'Medium',
    outputType: decl.outputType,
    defaultDisplayProperties: decl.defaultDisplayProperties,
    outputSecretProperties: decl.outputSecretProperties ?? [],
    outputCarriesSecrets: (decl.outputSecretProperties ?? []).length > 0,
    requiredPermissions: decl.requiredPermissions,
    ...(isFunction ? { commandType: 'Function' as const } : {}),
  };
}
