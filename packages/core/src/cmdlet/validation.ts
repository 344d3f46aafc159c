/**
 * Parameter validation attributes (ValidateRange, ValidateSet, ValidatePattern, ValidateLength,
 * ValidateCount, ValidateNotNullOrEmpty) with PowerShell's messages. The binder prefixes each
 * message with `Cannot validate argument on parameter '{name}'. `.
 */

export interface ParameterValidation {
  /** Inclusive bounds (ValidateRange). */
  readonly range?: readonly [min: number, max: number];
  /** Allowed values, compared case-insensitively (ValidateSet); they also feed tab completion. */
  readonly set?: readonly string[];
  /** Regular expression the string form must match, case-insensitively (ValidatePattern). */
  readonly pattern?: string;
  /** Inclusive character-length bounds (ValidateLength). */
  readonly length?: readonly [min: number, max: number];
  /** Inclusive element-count bounds for array parameters (ValidateCount). */
  readonly count?: readonly [min: number, max: number];
  /** Reject null, empty strings and empty arrays (ValidateNotNullOrEmpty). */
  readonly notNullOrEmpty?: boolean;
  /** Reject null (ValidateNotNull). */
  readonly notNull?: boolean;
}

/** Returns PowerShell's reason text for the first failed rule, or undefined when the value passes. */
export function validateValue(value: unknown, rules: ParameterValidation, display: (v: unknown) => string): string | undefined {
  if (rules.notNullOrEmpty || rules.notNull) {
    if (value === null || value === undefined) return 'The argument is null. Provide a valid value for the argument, and then try running the command again.';
  }
  if (rules.notNullOrEmpty) {
    if (value === '' || (Array.isArray(value) && value.length === 0)) {
      return 'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.';
    }
    if (Array.isArray(value) && value.some((item) => item === null || item === '')) {
      return 'The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.';
    }
  }
  if (rules.count && Array.isArray(value)) {
    const [min, max] = rules.count;
    if (value.length < min) {
      return `The parameter requires at least ${min} value(s) and no more than ${max} value(s) - ${value.length} value(s) were provided.`;
    }
    if (value.length > max) {
      return `The parameter requires at least ${min} value(s) and no more than ${max} value(s) - ${value.length} value(s) were provided.`;
    }
  }
  // The element rules apply to each element of an array, as PowerShell's attributes do.
  const items: readonly unknown[] = Array.isArray(value) ? value : [value];
  for (const item of items) {
    const reason = validateElement(item, rules, display);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

function validateElement(item: unknown, rules: ParameterValidation, display: (v: unknown) => string): string | undefined {
  if (rules.range && typeof item === 'number') {
    const [min, max] = rules.range;
    if (item < min) {
      return `The ${display(item)} argument is less than the minimum allowed range of ${min}. Supply an argument that is greater than or equal to ${min} and then try the command again.`;
    }
    if (item > max) {
      return `The ${display(item)} argument is greater than the maximum allowed range of ${max}. Supply an argument that is less than or equal to ${max} and then try the command again.`;
    }
  }
  if (rules.set) {
    const text = display(item).toLowerCase();
    if (!rules.set.some((allowed) => allowed.toLowerCase() === text)) {
      return `The argument "${display(item)}" does not belong to the set "${rules.set.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`;
    }
  }
  if (rules.pattern !== undefined && !new RegExp(rules.pattern, 'i').test(display(item))) {
    return `The argument "${display(item)}" does not match the "${rules.pattern}" pattern. Supply an argument that matches "${rules.pattern}" and try the command again.`;
  }
  if (rules.length && typeof item === 'string') {
    const [min, max] = rules.length;
    if (item.length < min) {
      return `The character length of the ${item.length} argument is too short. Specify an argument with a length that is greater than or equal to "${min}", and then try the command again.`;
    }
    if (item.length > max) {
      return `The character length (${item.length}) of the argument is too long. Specify an argument with a length that is less than or equal to "${max}" and then try the command again.`;
    }
  }
  return undefined;
}
