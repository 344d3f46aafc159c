/**
 * PowerShell's argument conversions as the parameter binder applies them, on top of values/'
 * general conversions. Binding-specific rules: a number bound to a String keeps the text it was
 * typed with (`007`); Boolean and switch parameters accept only Booleans and numbers.
 */
import { invalidCast, toBooleanStrict, toDateTime, toGuid, toInt32, toInt64, toNumber, toTimeSpan } from '../values/convert.js';
import { PSHashtable, ScriptBlockValue } from '../values/model.js';
import { toPSString } from '../values/stringify.js';

/**
 * Thrown by custom converters when PowerShell would refuse a value; `reason` becomes the
 * `Error: "..."` part of the binder's message. (values/ throws its own ConversionError, which
 * the binder understands too.)
 */
export class ConversionFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ConversionFailure';
  }
}

export type BindingTarget = 'String' | 'Int32' | 'Int64' | 'Double' | 'Boolean' | 'SwitchParameter' | 'DateTime' | 'TimeSpan' | 'Guid' | 'ScriptBlock' | 'Hashtable';

export function convertForBinding(value: unknown, target: BindingTarget, text: string | undefined): unknown {
  switch (target) {
    case 'String':
      if (typeof value === 'number' && text !== undefined) return text;
      return value === null || value === undefined ? '' : toPSString(value);
    case 'Int32':
      return toInt32(value);
    case 'Int64':
      return toInt64(value);
    case 'Double':
      return toNumber(value);
    case 'Boolean':
      return toBooleanStrict(value);
    case 'SwitchParameter':
      return toBooleanStrict(value, 'System.Management.Automation.SwitchParameter');
    case 'DateTime':
      return toDateTime(value);
    case 'TimeSpan':
      return toTimeSpan(value);
    case 'Guid':
      return toGuid(value);
    case 'ScriptBlock':
      if (value instanceof ScriptBlockValue) return value;
      throw invalidCast(value, 'System.Management.Automation.ScriptBlock');
    case 'Hashtable':
      if (value instanceof PSHashtable) return value;
      throw invalidCast(value, 'System.Collections.Hashtable');
  }
}
