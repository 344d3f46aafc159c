/** `$x.Method(args)`: dispatch to the method table of the value's type. */
import { RuntimeError } from '../errors.js';
import { PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, PSTypeName, ScriptBlockValue } from '../model.js';
import { PSRange } from '../range.js';
import { PSSecureString, SECURE_STRING_TYPE } from '../secure-string.js';
import { typeNameOf } from '../type-of.js';
import { DATETIME_METHODS, TIMESPAN_METHODS } from './datetime-methods.js';
import { callFromTable, methodNotFound, methodTable, type MethodTable } from './method-table.js';
import {
  ARRAY_METHODS, BOOLEAN_METHODS, GUID_METHODS, HASHTABLE_METHODS, NUMBER_METHODS, PSOBJECT_METHODS,
} from './other-methods.js';
import { STRING_METHODS } from './string-methods.js';

const SCRIPTBLOCK_METHODS = methodTable<ScriptBlockValue>([
  { name: 'ToString', arities: [0], call: (s) => s.text },
  { name: 'GetType', arities: [0], call: () => new PSTypeName('System.Management.Automation.ScriptBlock') },
]);
const TYPE_METHODS = methodTable<PSTypeName>([
  { name: 'ToString', arities: [0], call: (t) => t.name },
  { name: 'GetType', arities: [0], call: () => new PSTypeName('System.RuntimeType') },
]);

/** No method reveals the text (.NET has none either); ToString is the type name. */
const SECURESTRING_METHODS = methodTable<PSSecureString>([
  { name: 'ToString', arities: [0], call: () => SECURE_STRING_TYPE },
  { name: 'GetType', arities: [0], call: () => new PSTypeName(SECURE_STRING_TYPE) },
  { name: 'Copy', arities: [0], call: (s) => new PSSecureString(s.revealPlainText()) },
  { name: 'IsReadOnly', arities: [0], call: () => false },
  { name: 'Dispose', arities: [0], call: () => undefined },
]);

function tableFor(value: unknown): { table: MethodTable<never>; typeName: string } | undefined {
  const pick = <T>(table: MethodTable<T>, typeName: string): { table: MethodTable<never>; typeName: string } => ({
    table: table as unknown as MethodTable<never>,
    typeName,
  });
  if (typeof value === 'string') return pick(STRING_METHODS, 'System.String');
  if (typeof value === 'number') return pick(NUMBER_METHODS, typeNameOf(value));
  if (typeof value === 'boolean') return pick(BOOLEAN_METHODS, 'System.Boolean');
  if (value instanceof PSDateTime) return pick(DATETIME_METHODS, 'System.DateTime');
  if (value instanceof PSTimeSpan) return pick(TIMESPAN_METHODS, 'System.TimeSpan');
  if (value instanceof PSGuid) return pick(GUID_METHODS, 'System.Guid');
  if (value instanceof PSSecureString) return pick(SECURESTRING_METHODS, SECURE_STRING_TYPE);
  if (value instanceof PSHashtable) return pick(HASHTABLE_METHODS, 'System.Collections.Hashtable');
  if (value instanceof PSObject) return pick(PSOBJECT_METHODS, 'System.Management.Automation.PSCustomObject');
  if (value instanceof ScriptBlockValue) return pick(SCRIPTBLOCK_METHODS, 'System.Management.Automation.ScriptBlock');
  if (value instanceof PSTypeName) return pick(TYPE_METHODS, 'System.RuntimeType');
  if (Array.isArray(value)) return pick(ARRAY_METHODS, 'System.Object[]');
  return undefined;
}

/**
 * Calls a method. Arrays without the method apply it to each element (method enumeration,
 * `$names.ToUpper()`). Script-block methods (.ForEach/.Where) are the evaluator's job.
 */
export function invokeMethod(value: unknown, name: string, args: readonly unknown[]): unknown {
  if (value === null || value === undefined) {
    throw new RuntimeError('You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull', 'InvalidOperation');
  }
  const target = value instanceof PSRange ? value.toArray() : value;
  const entry = tableFor(target);
  if (entry) {
    const outcome = callFromTable(entry.table, target as never, name, args);
    if (outcome.found) return outcome.value === undefined ? null : outcome.value;
  }
  if (Array.isArray(target) && target.length > 0) {
    const results: unknown[] = [];
    for (const item of target as unknown[]) {
      const result = invokeMethod(item, name, args);
      if (result === null) continue;
      if (Array.isArray(result)) results.push(...(result as unknown[]));
      else results.push(result);
    }
    return results.length === 0 ? null : results.length === 1 ? results[0] : results;
  }
  throw methodNotFound(entry?.typeName ?? typeNameOf(target), name);
}
