/**
 * The declarative cmdlet model: `defineCmdlet({...})` in one module per cmdlet.
 *
 *   export const getThing = defineCmdlet({
 *     name: 'Get-Thing',
 *     synopsis: 'Gets things.',
 *     parameters: {
 *       Identity: parameter(types.string, { mandatory: true, position: 0, fromPipeline: 'both' }),
 *       Top: parameter(types.int32, { default: 100, validate: { range: [1, 999] } }),
 *       Force: switchParameter(),
 *     },
 *     async process({ Identity, Top, Force }, ctx) { await ctx.write({ Identity, Top, Force }); },
 *   });
 *
 * `Identity` is `string` in process, `Top` is `number`, `Force` is `boolean`; an optional
 * parameter without default is `T | undefined`.
 */
import type { CmdletContext } from './context.js';
import type { ParameterDeclaration, ParameterRecord, Presence } from './parameter.js';
import { normaliseCmdlet } from './metadata.js';
import type { CmdletMetadata } from './metadata.js';

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type ValueOf<D> = D extends ParameterDeclaration<infer T, Presence> ? T : never;
type KeysWhere<P extends ParameterRecord, R extends Presence> = {
  [K in keyof P]: P[K]['presence'] extends R ? K : never;
}[keyof P];

/** Arguments in `process`: mandatory parameters (pipeline-bound included), defaults and switches are present. */
export type ProcessArguments<P extends ParameterRecord> = Simplify<
  { readonly [K in KeysWhere<P, 'always' | 'process'>]: ValueOf<P[K]> } & {
    readonly [K in KeysWhere<P, 'maybe'>]?: ValueOf<P[K]> | undefined;
  }
>;

/** Arguments in `begin` and `end`: pipeline-bound values are not known yet (begin) or are the last record's (end). */
export type BeginArguments<P extends ParameterRecord> = Simplify<
  { readonly [K in KeysWhere<P, 'always'>]: ValueOf<P[K]> } & {
    readonly [K in KeysWhere<P, 'process' | 'maybe'>]?: ValueOf<P[K]> | undefined;
  }
>;

export interface CmdletExample {
  /** The command line(s), e.g. `Get-Thing -Identity x`. */
  readonly code: string;
  readonly remarks: string;
}

/** Graph permissions a cmdlet needs; opaque to core, read by the Graph layer. */
export interface RequiredPermissions {
  readonly delegated?: readonly string[];
  readonly application?: readonly string[];
}

export type ConfirmImpact = 'None' | 'Low' | 'Medium' | 'High';

/** Everything a cmdlet declares about itself except its behaviour: what normaliseCmdlet turns into CmdletMetadata. */
export interface CmdletDescription<P extends ParameterRecord = ParameterRecord> {
  /** Verb-Noun, e.g. 'New-PnPEntraIDUserTemporaryAccessPass'. */
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly synopsis: string;
  readonly description?: string;
  readonly examples?: readonly CmdletExample[];
  readonly relatedLinks?: readonly string[];
  /** Declared set names, in help order; otherwise collected from the parameters' `sets`. */
  readonly parameterSets?: readonly string[];
  readonly defaultParameterSet?: string;
  readonly supportsShouldProcess?: boolean;
  /** Compared with $ConfirmPreference (default High) to decide whether to confirm without -Confirm. */
  readonly confirmImpact?: ConfirmImpact;
  /** Type name of the output objects, e.g. 'EntraShell.TemporaryAccessPass'. */
  readonly outputType?: string;
  /** The properties a table/list shows by default for outputType objects. */
  readonly defaultDisplayProperties?: readonly string[];
  /**
   * The properties of the output records that hold a secret (the pass of a TemporaryAccessPass).
   * The session learns each value as it is output, and from then on keeps it out of the history
   * file, transcripts, verbose/debug output and error messages, and makes files it reaches
   * owner-only; a property of that name on any other record (Select-Object, Import-Csv) counts too.
   */
  readonly outputSecretProperties?: readonly string[];
  readonly requiredPermissions?: RequiredPermissions;
  /**
   * 'Function' for script functions (engine/functions.ts builds their definitions at run time):
   * any name is allowed, not only Verb-Noun, and Get-Command lists them as functions.
   */
  readonly commandType?: 'Cmdlet' | 'Function';
  readonly parameters: P;
}

export interface CmdletDeclaration<P extends ParameterRecord, S> extends CmdletDescription<P> {
  /** Fresh per-invocation state (what a PowerShell cmdlet keeps in fields), passed to begin/process/end. */
  readonly state?: () => S;
  begin?(args: BeginArguments<P>, ctx: CmdletContext, state: S): void | Promise<void>;
  /** Once per pipeline record, or exactly once when the command is first in its pipeline. */
  process?(args: ProcessArguments<P>, ctx: CmdletContext, state: S): void | Promise<void>;
  end?(args: BeginArguments<P>, ctx: CmdletContext, state: S): void | Promise<void>;
}

/** Bound arguments as the binder hands them over: declared names → converted values. */
export type BoundArgumentValues = Readonly<Record<string, unknown>>;

/** One running invocation, with its own state. Calls return a promise only when the cmdlet's function does. */
export interface CmdletInstance {
  begin(args: BoundArgumentValues, ctx: CmdletContext): void | Promise<void>;
  process(args: BoundArgumentValues, ctx: CmdletContext): void | Promise<void>;
  end(args: BoundArgumentValues, ctx: CmdletContext): void | Promise<void>;
}

/** A defined cmdlet: metadata for the binder, help and completion, plus a factory for invocations. */
export interface CmdletDefinition extends CmdletMetadata {
  createInstance(): CmdletInstance;
}

export function defineCmdlet<const P extends ParameterRecord, S = undefined>(declaration: CmdletDeclaration<P, S>): CmdletDefinition {
  const metadata = normaliseCmdlet(declaration);
  return {
    ...metadata,
    createInstance(): CmdletInstance {
      const state = declaration.state ? declaration.state() : (undefined as S);
      // The binder guarantees the shape the types describe: every 'always' key is present with a
      // value the parameter's converter produced, 'process' keys too once a record is bound.
      return {
        begin: (args, ctx) => declaration.begin?.(args as BeginArguments<P>, ctx, state),
        process: (args, ctx) => declaration.process?.(args as ProcessArguments<P>, ctx, state),
        end: (args, ctx) => declaration.end?.(args as BeginArguments<P>, ctx, state),
      };
    },
  };
}
