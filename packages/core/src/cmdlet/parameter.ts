/**
 * Declaring parameters: `parameter(types.string, { mandatory: true, position: 0 })` and
 * `switchParameter()`. The options are captured as literal types so that `defineCmdlet` can infer
 * which arguments are always present (see BoundArguments in define.ts).
 */
import type { ParameterType } from './parameter-types.js';
import { types } from './parameter-types.js';
import type { ParameterValidation } from './validation.js';

/** ValueFromPipeline, ValueFromPipelineByPropertyName, or both. */
export type PipelineInput = 'value' | 'propertyName' | 'both';

/**
 * What a parameter's values name, for tab completion (PowerShell's argument completers):
 * 'command' for command names and aliases (Get-Command -Name), 'helpTopic' for those and the
 * about_ topics (Get-Help -Name).
 */
export type ArgumentCompleterKind = 'command' | 'helpTopic';

/** How a parameter takes part in one parameter set (PowerShell's [Parameter(ParameterSetName=...)]). */
export interface ParameterSetMembership {
  readonly mandatory?: boolean;
  /** 0-based position for positional binding. */
  readonly position?: number;
  readonly fromPipeline?: PipelineInput;
  /** Shown by the mandatory-parameter prompt on `!?`. */
  readonly helpMessage?: string;
}

export interface ParameterOptions<T> extends ParameterSetMembership {
  readonly aliases?: readonly string[];
  /**
   * The sets this parameter belongs to, each with its own membership; the top-level
   * mandatory/position/fromPipeline are the defaults for each entry. Absent: every set.
   */
  readonly sets?: Readonly<Record<string, ParameterSetMembership>>;
  /** Extra property names accepted ByPropertyName, besides the name and aliases. */
  readonly pipelinePropertyNames?: readonly string[];
  readonly validate?: ParameterValidation;
  /** Help text (Get-Help -Parameter). */
  readonly help?: string;
  /** Tab-completion values; defaults to validate.set, then the type's own completions. */
  readonly valueCompletions?: readonly string[];
  /** Tab-completion values that live in the session rather than in the declaration (see ArgumentCompleterKind). */
  readonly argumentCompleter?: ArgumentCompleterKind;
  /** The value the cmdlet receives when the parameter is not bound. */
  readonly default?: ParameterDefault<T>;
  /**
   * ValueFromRemainingArguments: after positional binding, every argument nothing else took
   * (values, and `-Name` tokens that match no parameter) is collected into one list for this
   * parameter. It takes no part in positional binding itself, whatever its `position` (which
   * still shows in help). Only for array parameters, or Object ones that take the list as is.
   */
  readonly fromRemainingArguments?: boolean;
  /** Mandatory parameters reject $null, '' and @() unless allowed (AllowNull / AllowEmptyString / AllowEmptyCollection). */
  readonly allowNull?: boolean;
  readonly allowEmptyString?: boolean;
  readonly allowEmptyCollection?: boolean;
  /**
   * The value is a secret (client secrets, tokens, passwords): prompted for without echo, never
   * echoed in errors, learnt by the session (kept out of history, transcripts, verbose and error
   * text, files written owner-only), and a command line typing one in is kept out of the history
   * file. SecureString and PSCredential parameters are secret without saying so.
   */
  readonly secret?: boolean;
  /** Hidden from help and completion (DontShow). */
  readonly dontShow?: boolean;
}

/**
 * How a default may be written. `const` inference turns an array literal (`default: ['*']`) into a
 * readonly tuple, so array parameters accept readonly arrays as defaults (the binder hands each
 * invocation its own copy).
 */
export type ParameterDefault<T> = T | Readonly<T>;

/**
 * `fromRemainingArguments` is declarable only where a list of leftovers fits: array parameters, and
 * Object ones. For any other type the option must be absent or false (checked by `parameter()`).
 */
export type RemainingArgumentsRule<T> = unknown extends T
  ? unknown
  : [T] extends [readonly unknown[]]
    ? unknown
    : { readonly fromRemainingArguments?: false };

/**
 * When a cmdlet can count on a value:
 * - 'always': mandatory in every set (and not pipeline-bound), has a default, or is a switch;
 * - 'process': mandatory in every set but may come from the pipeline, so it is known in process only;
 * - 'maybe': optional.
 */
export type Presence = 'always' | 'process' | 'maybe';

export interface ParameterDeclaration<T, R extends Presence = Presence> {
  readonly type: ParameterType<T>;
  readonly options: ParameterOptions<T>;
  readonly presence: R;
}

type PresenceOf<O> = O extends { readonly default: unknown }
  ? 'always'
  : O extends { readonly mandatory: true }
    ? O extends { readonly sets: object }
      ? 'maybe'
      : O extends { readonly fromPipeline: PipelineInput }
        ? 'process'
        : 'always'
    : 'maybe';

function presenceOf(options: ParameterOptions<unknown>): Presence {
  if (options.default !== undefined) return 'always';
  if (options.mandatory !== true || options.sets !== undefined) return 'maybe';
  return options.fromPipeline !== undefined ? 'process' : 'always';
}

// An empty object literal type: the options of a parameter declared without any.
type NoOptions = Record<never, never>;

export function parameter<T, const O extends ParameterOptions<NoInfer<T>> = NoOptions>(
  type: ParameterType<T>,
  options?: O & RemainingArgumentsRule<NoInfer<T>>,
): ParameterDeclaration<T, PresenceOf<O>> {
  const opts: ParameterOptions<T> = options ?? {};
  if (type.isSwitch) throw new Error('Declare switches with switchParameter().');
  // presenceOf computes at run time exactly what PresenceOf computes at compile time.
  return { type, options: opts, presence: presenceOf(opts) as PresenceOf<O> };
}

export type SwitchOptions = Omit<
  ParameterOptions<boolean>,
  'default' | 'mandatory' | 'allowNull' | 'allowEmptyString' | 'allowEmptyCollection' | 'secret' | 'validate' | 'fromRemainingArguments' | 'argumentCompleter'
>;

/** A SwitchParameter: `true` when given (`-Force`, `-Force:$true`), `false` otherwise. */
export function switchParameter(options: SwitchOptions = {}): ParameterDeclaration<boolean, 'always'> {
  return { type: types.switch, options, presence: 'always' };
}

export type ParameterRecord = Readonly<Record<string, ParameterDeclaration<unknown>>>;
