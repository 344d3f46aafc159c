/**
 * The parameter binder's entry point: binds a command line, resolves the parameter set, prompts
 * for (or reports) missing mandatory parameters, and returns a binding that can bind each
 * pipeline record on top of the command line.
 */
import type { CommandArgument } from '../../pipeline/command-argument.js';
import type { Host } from '../../pipeline/host.js';
import type { ErrorPosition } from '../../pipeline/records.js';
import type { SourceSpan } from '../../language/span.js';
import { commonParameters, shouldProcessParameters, type CommonParameterInfo, type CommonParameterValues } from '../common-parameters.js';
import type { CmdletMetadata, ParameterMetadata } from '../metadata.js';
import { bindCommandLine } from './command-line.js';
import { BindingError, bindingMessages } from './errors.js';
import { bindableParameters, type BindableParameter } from './names.js';
import { bindPipelineRecord, planPipelineBinding, type PipelinePlan } from './pipeline-input.js';
import { promptForMissing } from './prompt.js';
import type { BindingState } from './state.js';

/** What a cmdlet invocation receives for one begin/process/end call. */
export interface BoundInvocation {
  /** Declared names → values, with defaults filled in and unbound switches false. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly parameterSetName: string;
  /** Declared names the user (or the pipeline, or a prompt) bound, in binding order. */
  readonly boundParameters: ReadonlySet<string>;
}

export interface CommandBinding {
  readonly common: CommonParameterValues;
  /** For begin and end, and for the single process call of a command that gets no pipeline input. */
  readonly initial: BoundInvocation;
  /** Binds one pipeline record; throws a (non-terminating, per-record) BindingError when it cannot. */
  bindRecord(record: unknown): BoundInvocation;
}

export interface BindOptions {
  readonly host: Host;
  /** True when an upstream command feeds this one. */
  readonly expectingInput: boolean;
  /** 1-based, for the prompt caption `cmdlet X at command pipeline position N`. */
  readonly pipelinePosition: number;
  /** Maps an argument's span to a position for the error view. */
  readonly locate?: (span: SourceSpan | undefined) => ErrorPosition | undefined;
}

function invocation(state: BindingState, set: string): BoundInvocation {
  const values: Record<string, unknown> = {};
  for (const p of state.cmdlet.parameters) {
    if (state.has(p.name)) values[p.name] = state.get(p.name);
    // An array default is copied so a cmdlet that changes its argument cannot change the default.
    else if (p.hasDefault) values[p.name] = Array.isArray(p.defaultValue) ? [...(p.defaultValue as unknown[])] : p.defaultValue;
    else if (p.isSwitch) values[p.name] = false;
  }
  return { values, parameterSetName: set, boundParameters: new Set(state.order) };
}

function takesPipelineInput(state: BindingState, p: ParameterMetadata): boolean {
  return [...state.validSets].some((s) => {
    const m = p.sets.get(s);
    return m !== undefined && (m.byValue || m.byPropertyName);
  });
}

function commonValues(common: ReadonlyMap<string, unknown>): CommonParameterValues {
  const bool = (name: string): boolean | undefined => {
    const v = common.get(name);
    return typeof v === 'boolean' ? v : undefined;
  };
  const text = (name: string): string | undefined => {
    const v = common.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const outBuffer = common.get('OutBuffer');
  return {
    Verbose: bool('Verbose'),
    Debug: bool('Debug'),
    ErrorAction: text('ErrorAction'),
    WarningAction: text('WarningAction'),
    InformationAction: text('InformationAction'),
    ProgressAction: text('ProgressAction'),
    ErrorVariable: text('ErrorVariable'),
    WarningVariable: text('WarningVariable'),
    InformationVariable: text('InformationVariable'),
    OutVariable: text('OutVariable'),
    OutBuffer: typeof outBuffer === 'number' ? outBuffer : undefined,
    PipelineVariable: text('PipelineVariable'),
    WhatIf: bool('WhatIf'),
    Confirm: bool('Confirm'),
  };
}

/** Common parameters whose name or an alias a function parameter also uses (`function f($db)`) give way to it. */
function withoutShadowed(cmdlet: CmdletMetadata, common: readonly CommonParameterInfo[]): readonly CommonParameterInfo[] {
  if (cmdlet.commandType !== 'Function') return common;
  const taken = new Set(cmdlet.parameters.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase()));
  return common.filter((c) => ![c.name, ...c.aliases].some((n) => taken.has(n.toLowerCase())));
}

/** What `-Name` can match for this command: its parameters and the common ones it takes. */
export function bindablesOf(cmdlet: CmdletMetadata): BindableParameter[] {
  return bindableParameters(cmdlet.parameters, withoutShadowed(cmdlet, [...commonParameters, ...(cmdlet.supportsShouldProcess ? shouldProcessParameters : [])]));
}

export async function bindCommand(cmdlet: CmdletMetadata, args: readonly CommandArgument[], options: BindOptions): Promise<CommandBinding> {
  const locate = options.locate ?? (() => undefined);
  const bindables = bindablesOf(cmdlet);
  const { state, common } = bindCommandLine(cmdlet, bindables, args, locate);
  const commandName = cmdlet.name;

  let set = state.resolveSet(options.expectingInput);
  if (set === undefined) {
    if (!options.expectingInput) throw new BindingError('AmbiguousParameterSet', bindingMessages.ambiguousSet(), { commandName });
    // Provisional until records arrive: the first possible set that takes pipeline input.
    const sets = cmdlet.parameterSets.filter((s) => state.validSets.has(s));
    set = sets.find((s) => state.setTakesPipelineInput(s)) ?? sets[0] ?? cmdlet.defaultParameterSet;
  }

  // Parameters that pipeline records can still supply are not missing yet.
  const missing = state.missingMandatory(set).filter((p) => !(options.expectingInput && takesPipelineInput(state, p)));
  if (missing.length > 0) {
    if (!options.host.isInteractive) {
      throw new BindingError('MissingMandatoryParameter', bindingMessages.missingMandatory(missing.map((p) => p.name)), { commandName });
    }
    await promptForMissing(state, bindables, missing, set, options);
  }

  const staticState = state;
  const staticSet = set;
  const plan = planPipelineBinding(state, bindables);
  const simple = simpleInputBinding(staticState, plan);
  return {
    common: commonValues(common),
    initial: invocation(staticState, staticSet),
    bindRecord(record: unknown): BoundInvocation {
      if (simple && (record !== null || !simple.rejectsNull)) {
        return { values: { ...simple.values, [simple.name]: record }, parameterSetName: simple.set, boundParameters: simple.bound };
      }
      const perRecord = staticState.clone();
      bindPipelineRecord(perRecord, plan, record);
      const chosen = perRecord.resolveSet(false);
      if (chosen === undefined) throw new BindingError('AmbiguousParameterSet', bindingMessages.ambiguousSet(), { commandName, targetObject: record });
      const stillMissing = perRecord.missingMandatory(chosen);
      if (stillMissing.length > 0) {
        throw new BindingError('InputObjectMissingMandatory', bindingMessages.inputMissingMandatory(stillMissing.map((p) => p.name)), {
          commandName,
          targetObject: record,
        });
      }
      return invocation(perRecord, chosen);
    },
  };
}

/**
 * The common shape of pipeline input (ForEach-Object, Where-Object, Select-Object...): one
 * `Object` parameter takes every record by value, nothing binds by property name, and the
 * resulting parameter set is always the same. Then binding a record needs no work beyond
 * placing it, which matters for million-record pipelines. Undefined when the shape differs.
 */
function simpleInputBinding(state: BindingState, plan: PipelinePlan) {
  const [only] = plan.byValue;
  if (!only || plan.byValue.length !== 1 || plan.byPropertyName.length !== 0) return undefined;
  const { parameter, bindable } = only;
  if (bindable.type.name !== 'Object' || bindable.type.elementType || Object.keys(parameter.validation).length > 0) return undefined;
  const probe = state.clone();
  const sets = [...state.validSets].filter((s) => parameter.sets.get(s)?.byValue === true);
  probe.bind(parameter, null, sets);
  const set = probe.resolveSet(false);
  if (set === undefined || probe.missingMandatory(set).length > 0) return undefined;
  const mandatory = sets.some((s) => parameter.sets.get(s)?.mandatory === true);
  const base = invocation(probe, set);
  return { name: parameter.name, values: base.values, set, bound: base.boundParameters, rejectsNull: mandatory && !parameter.allowNull };
}
