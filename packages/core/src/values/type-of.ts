/** `$x.GetType().FullName` and `-is` over the value model. */
import { PSDateTime, PSGuid, PSHashtable, PSObject, PSTimeSpan, PSTypeName, ScriptBlockValue } from './model.js';
import { numericTypeOf } from './numbers.js';
import { PSRange } from './range.js';
import { PSSecureString, SECURE_STRING_TYPE } from './secure-string.js';
import { requireType, type ResolvedType } from './typenames.js';

const PS_CUSTOM_OBJECT = 'System.Management.Automation.PSCustomObject';

/**
 * The .NET full type name of a value: 'System.String', 'System.Int32', 'System.Double',
 * 'System.Object[]', 'System.Collections.Hashtable', a PSObject's first type name... `$null` → '$null'.
 */
export function typeNameOf(value: unknown): string {
  if (value === null || value === undefined) return '$null';
  switch (typeof value) {
    case 'string': return 'System.String';
    case 'number': return numericTypeOf(value);
    case 'bigint': return 'System.Int64';
    case 'boolean': return 'System.Boolean';
    default: break;
  }
  if (Array.isArray(value) || value instanceof PSRange) return 'System.Object[]';
  if (value instanceof PSDateTime) return 'System.DateTime';
  if (value instanceof PSTimeSpan) return 'System.TimeSpan';
  if (value instanceof PSGuid) return 'System.Guid';
  if (value instanceof PSSecureString) return SECURE_STRING_TYPE;
  if (value instanceof PSHashtable) return 'System.Collections.Hashtable';
  if (value instanceof PSObject) return value.typeNames[0] ?? PS_CUSTOM_OBJECT;
  if (value instanceof ScriptBlockValue) return 'System.Management.Automation.ScriptBlock';
  if (value instanceof PSTypeName) return 'System.RuntimeType';
  return 'System.Object';
}

function matches(value: unknown, type: ResolvedType): boolean {
  switch (type.key) {
    case 'object': return true;
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
    case 'int32': case 'int64': case 'double':
      return typeof value === 'number' && numericTypeOf(value) === type.fullName;
    case 'decimal': case 'single': case 'int16': case 'byte': case 'sbyte': case 'uint16': case 'uint32': case 'uint64':
    case 'char': case 'switch': case 'math': case 'environment': case 'regex':
      return false;
    case 'datetime': return value instanceof PSDateTime;
    case 'timespan': return value instanceof PSTimeSpan;
    case 'guid': return value instanceof PSGuid;
    case 'securestring': return value instanceof PSSecureString;
    case 'hashtable': return value instanceof PSHashtable;
    case 'pscustomobject': return value instanceof PSObject;
    case 'psobject': return value instanceof PSObject;
    case 'scriptblock': return value instanceof ScriptBlockValue;
    case 'type': return value instanceof PSTypeName;
    case 'array':
      // Arrays here are object[]; `-is [string[]]` is only true for typed arrays, which the model lacks.
      return (Array.isArray(value) || value instanceof PSRange) && type.element?.key === 'object';
  }
}

/**
 * `-is`: $null is never of any type. A PSObject also matches any of its own type names
 * (e.g. `$tap -is 'EntraShell.TemporaryAccessPass'`).
 */
export function isType(value: unknown, typeName: string | PSTypeName): boolean {
  if (value === null || value === undefined) return false;
  const name = typeName instanceof PSTypeName ? typeName.name : typeName;
  if (value instanceof PSObject) {
    const folded = name.replace(/^\[(.*)\]$/, '$1').trim().toLowerCase();
    if (value.typeNames.some((t) => t.toLowerCase() === folded)) return true;
  }
  return matches(value, requireType(name));
}
