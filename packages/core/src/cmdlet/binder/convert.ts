/**
 * Converting and validating one argument for one parameter, with the binder's error messages.
 */
import * as v from 'valibot';
import { ConversionError } from '../../values/errors.js';
import { valueText } from '../../values/convert.js';
import { PSRange } from '../../values/range.js';
import { ConversionFailure } from '../binding-conversions.js';
import { validateValue } from '../validation.js';
import { BindingError, bindingMessages } from './errors.js';
import type { BindableParameter } from './names.js';

/** How a value is shown in binder messages: its literal text when typed, else PowerShell's string form. */
export function displayArgument(value: unknown, text: string | undefined, secret = false): string {
  if (secret) return '********';
  return text ?? valueText(value);
}

export interface ConversionContext {
  readonly commandName: string;
  /** Text of a literal argument (numbers keep `007`). */
  readonly text?: string;
}

/** Converts; throws the binder's BindingError on failure. */
export function convertArgument(parameter: BindableParameter, value: unknown, context: ConversionContext): unknown {
  const type = parameter.type;
  let input = value instanceof PSRange ? value.toArray() : value;
  // A collection given to a scalar parameter: one element converts through, more do not.
  if (Array.isArray(input) && !type.elementType && type.name !== 'Object') {
    if (input.length !== 1) {
      throw new BindingError('CannotConvertArgument', bindingMessages.arrayToScalar(parameter.name, type.fullName), {
        commandName: context.commandName,
        targetObject: value,
      });
    }
    input = input[0] as unknown;
  }
  try {
    return type.convert(input, { text: context.text });
  } catch (error) {
    const inner = innerMessage(error, displayArgument(input, context.text, parameter.declared?.secret), type.fullName);
    // Script parameters convert through PowerShell's ArgumentTypeConverterAttribute, whose message differs.
    const message = type.scriptParameter ? bindingMessages.transformation(parameter.name, inner) : bindingMessages.conversion(parameter.name, inner);
    throw new BindingError('ParameterArgumentTransformationError', message, {
      commandName: context.commandName,
      targetObject: value,
    });
  }
}

/** Any failure of a converter is a conversion failure: custom types may throw plain Errors. */
function innerMessage(error: unknown, shown: string, typeFullName: string): string {
  if (error instanceof ConversionError) return error.message;
  const reason = error instanceof ConversionFailure ? error.reason : error instanceof Error ? error.message : String(error);
  return `Cannot convert value "${shown}" to type "${typeFullName}". Error: "${reason}"`;
}

/** The value a parameter takes without conversion, or `unconverted: false` when it needs one. */
export type Unconverted = { readonly unconverted: true; readonly value: unknown } | { readonly unconverted: false };

const needsConversion: Unconverted = { unconverted: false };

/**
 * PowerShell's "bind without type coercion" test (ShouldContinueUncoercedBind), which positional
 * and pipeline binding try before any conversion: the value already has the parameter's type, or
 * the parameter is an array and the value is one element of its element type (wrapped, as
 * PowerShell encodes it into the collection).
 */
export function withoutConversion(parameter: BindableParameter, value: unknown): Unconverted {
  const type = parameter.type;
  const input = value instanceof PSRange ? value.toArray() : value;
  if (v.is(type.schema, input)) return { unconverted: true, value: input };
  const element = type.elementType;
  if (element && !Array.isArray(input) && v.is(element.schema, input)) return { unconverted: true, value: [input] };
  return needsConversion;
}

/**
 * Null/empty checks for mandatory parameters, then the declared validation rules.
 * `mandatory` is membership in the chosen set.
 */
export function validateArgument(parameter: BindableParameter, value: unknown, mandatory: boolean, commandName: string): void {
  const declared = parameter.declared;
  if (!declared) return;
  const context = { commandName, targetObject: value };
  if (mandatory) {
    if ((value === null || value === undefined) && !declared.allowNull) {
      throw new BindingError('ParameterArgumentValidationErrorNullNotAllowed', bindingMessages.nullNotAllowed(parameter.name), context);
    }
    if (value === '' && !declared.allowEmptyString) {
      throw new BindingError('ParameterArgumentValidationErrorEmptyStringNotAllowed', bindingMessages.emptyStringNotAllowed(parameter.name), context);
    }
    if (Array.isArray(value) && value.length === 0 && !declared.allowEmptyCollection) {
      throw new BindingError('ParameterArgumentValidationErrorEmptyArrayNotAllowed', bindingMessages.emptyArrayNotAllowed(parameter.name), context);
    }
  }
  const why = validateValue(value, declared.validation, (v) => displayArgument(v, undefined, declared.secret));
  if (why !== undefined) {
    throw new BindingError('ParameterArgumentValidationError', bindingMessages.validation(parameter.name, why), context);
  }
}
