/**
 * ErrorRecord's PowerShell members (`$_.Exception.Message`, `$err.TargetObject`, `GetType()`), in one
 * place that the evaluator (`$e.X`) and the object cmdlets (`Select-Object TargetObject`,
 * `ForEach-Object TargetObject`, `Where-Object CategoryInfo...`) share, so both see the same record.
 */
import { invokeMethod } from '../values/members/invoke.js';
import { callFromTable, methodTable } from '../values/members/method-table.js';
import { getMember } from '../values/members/properties.js';
import { PSObject, PSTypeName } from '../values/model.js';
import { ErrorRecord } from './records.js';

/** The properties pwsh lists for an ErrorRecord (`$err | Select-Object *`), in its order. */
export const ERROR_RECORD_PROPERTIES = [
  'Exception',
  'TargetObject',
  'CategoryInfo',
  'FullyQualifiedErrorId',
  'ErrorDetails',
  'InvocationInfo',
  'ScriptStackTrace',
] as const;

const PROPERTY_BY_LOWER = new Map<string, (typeof ERROR_RECORD_PROPERTIES)[number]>(ERROR_RECORD_PROPERTIES.map((n) => [n.toLowerCase(), n]));

function propertyValue(record: ErrorRecord, name: (typeof ERROR_RECORD_PROPERTIES)[number]): unknown {
  switch (name) {
    case 'Exception':
      return new PSObject({ Message: record.message, ErrorRecord: record }, [`System.Management.Automation.${record.exceptionType}`]);
    case 'TargetObject':
      return record.targetObject;
    case 'CategoryInfo':
      return new PSObject(
        { Category: record.category, Activity: record.commandName ?? '', Reason: record.exceptionType, TargetName: typeof record.targetObject === 'string' ? record.targetObject : '' },
        ['System.Management.Automation.ErrorCategoryInfo'],
      );
    case 'FullyQualifiedErrorId':
      return record.fullyQualifiedErrorId;
    case 'ErrorDetails':
      return null;
    case 'InvocationInfo':
      return new PSObject({
        MyCommand: record.commandName ?? null,
        ScriptLineNumber: record.position?.span.line ?? 0,
        OffsetInLine: record.position?.span.column ?? 0,
        Line: record.position?.lineText ?? '',
      });
    case 'ScriptStackTrace':
      return '';
  }
}

/** A property of the record, telling a missing name apart from a $null value. */
export function errorRecordProperty(record: ErrorRecord, name: string): { found: true; value: unknown } | { found: false } {
  const property = PROPERTY_BY_LOWER.get(name.toLowerCase());
  return property === undefined ? { found: false } : { found: true, value: propertyValue(record, property) };
}

/** ToString() is the message and GetType() the .NET type; other names go on to the value model. */
const ERROR_RECORD_METHODS = methodTable<ErrorRecord>([
  { name: 'ToString', arities: [0], call: (record) => record.message },
  { name: 'GetType', arities: [0], call: () => new PSTypeName('System.Management.Automation.ErrorRecord') },
]);

/** `$x.Name` for any value: an ErrorRecord's own properties ($null for others), else the value model's. */
export function memberOn(target: unknown, name: string): unknown {
  if (!(target instanceof ErrorRecord)) return getMember(target, name);
  const property = errorRecordProperty(target, name);
  return property.found ? property.value : null;
}

/** `$x.Name(args)` for any value: an ErrorRecord's own methods first, then the value model's. */
export function callMethodOn(target: unknown, name: string, args: readonly unknown[]): unknown {
  if (target instanceof ErrorRecord) {
    const method = callFromTable(ERROR_RECORD_METHODS, target, name, args);
    if (method.found) return method.value;
  }
  return invokeMethod(target, name, args);
}
