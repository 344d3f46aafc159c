/**
 * Parameter-binding errors with PowerShell's exact wording. All are ParameterBindingExceptions:
 * statement-terminating when raised while binding the command line, non-terminating (one per
 * record) when raised while binding a pipeline record.
 */
import { TerminatingError } from '../../pipeline/records.js';
import type { ErrorCategory, ErrorPosition } from '../../pipeline/records.js';

export type BindingErrorId =
  | 'NamedParameterNotFound'
  | 'AmbiguousParameter'
  | 'PositionalParameterNotFound'
  | 'MissingArgument'
  | 'ParameterArgumentTransformationError'
  | 'CannotConvertArgument'
  | 'ParameterArgumentValidationError'
  | 'ParameterArgumentValidationErrorNullNotAllowed'
  | 'ParameterArgumentValidationErrorEmptyStringNotAllowed'
  | 'ParameterArgumentValidationErrorEmptyArrayNotAllowed'
  | 'ParameterAlreadyBound'
  | 'AmbiguousParameterSet'
  | 'MissingMandatoryParameter'
  | 'InputObjectNotBound'
  | 'InputObjectMissingMandatory';

const categories: Record<BindingErrorId, ErrorCategory> = {
  NamedParameterNotFound: 'InvalidArgument',
  AmbiguousParameter: 'InvalidArgument',
  PositionalParameterNotFound: 'InvalidArgument',
  MissingArgument: 'InvalidArgument',
  ParameterArgumentTransformationError: 'InvalidArgument',
  CannotConvertArgument: 'InvalidArgument',
  ParameterArgumentValidationError: 'InvalidData',
  ParameterArgumentValidationErrorNullNotAllowed: 'InvalidData',
  ParameterArgumentValidationErrorEmptyStringNotAllowed: 'InvalidData',
  ParameterArgumentValidationErrorEmptyArrayNotAllowed: 'InvalidData',
  ParameterAlreadyBound: 'InvalidArgument',
  AmbiguousParameterSet: 'InvalidArgument',
  MissingMandatoryParameter: 'InvalidArgument',
  InputObjectNotBound: 'InvalidArgument',
  InputObjectMissingMandatory: 'InvalidArgument',
};

export class BindingError extends TerminatingError {
  readonly bindingErrorId: BindingErrorId;
  constructor(errorId: BindingErrorId, message: string, context: { commandName: string; targetObject?: unknown; position?: ErrorPosition }) {
    super({
      message,
      errorId,
      category: categories[errorId],
      exceptionType: 'ParameterBindingException',
      commandName: context.commandName,
      targetObject: context.targetObject,
      position: context.position,
    });
    this.name = 'BindingError';
    this.bindingErrorId = errorId;
  }

  /** The same error pointing at a source position (the culprit argument), unless it already has one. */
  at(position: ErrorPosition | undefined): BindingError {
    if (!position || this.record.position) return this;
    return new BindingError(this.bindingErrorId, this.record.message, {
      commandName: this.record.commandName ?? '',
      targetObject: this.record.targetObject,
      position,
    });
  }
}

/** The wordings, one function per case of the reference table (plus PowerShell's per-record variants). */
export const bindingMessages = {
  notFound: (name: string) => `A parameter cannot be found that matches parameter name '${name}'.`,
  ambiguous: (name: string, matches: readonly string[]) =>
    `Parameter cannot be processed because the parameter name '${name}' is ambiguous. Possible matches include: ${matches.map((m) => `-${m}`).join(' ')}.`,
  positional: (arg: string) => `A positional parameter cannot be found that accepts argument '${arg}'.`,
  missingArgument: (name: string, typeFullName: string) =>
    `Missing an argument for parameter '${name}'. Specify a parameter of type '${typeFullName}' and try again.`,
  /** `inner` is the conversion's own message: `Cannot convert value "x" to type "System.Int32". Error: "..."`. */
  conversion: (name: string, inner: string) => `Cannot bind parameter '${name}'. ${inner}`,
  /** The same failure for a function's typed parameter. */
  transformation: (name: string, inner: string) => `Cannot process argument transformation on parameter '${name}'. ${inner}`,
  arrayToScalar: (name: string, typeFullName: string) =>
    `Cannot convert 'System.Object[]' to the type '${typeFullName}' required by parameter '${name}'. Specified method is not supported.`,
  validation: (name: string, why: string) => `Cannot validate argument on parameter '${name}'. ${why}`,
  nullNotAllowed: (name: string) => `Cannot bind argument to parameter '${name}' because it is null.`,
  emptyStringNotAllowed: (name: string) => `Cannot bind argument to parameter '${name}' because it is an empty string.`,
  emptyArrayNotAllowed: (name: string) => `Cannot bind argument to parameter '${name}' because it is an empty array.`,
  twice: (name: string) => `Cannot bind parameter because parameter '${name}' is specified more than once.`,
  ambiguousSet: () =>
    'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
  missingMandatory: (names: readonly string[]) => `Cannot process command because of one or more missing mandatory parameters: ${names.join(' ')}.`,
  inputNotBound: () =>
    'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
  inputMissingMandatory: (names: readonly string[]) =>
    `The input object cannot be bound because it did not contain the information required to bind all mandatory parameters:  ${names.join(' ')}`,
};
