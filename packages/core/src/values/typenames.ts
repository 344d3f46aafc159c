/**
 * Type names as scripts write them (`[int]`, `[System.Int32]`, `[string[]]`, `[pscustomobject]`)
 * resolved case-insensitively to the few types the value model knows.
 */
import { RuntimeError } from './errors.js';

export type TypeKey =
  | 'string' | 'char' | 'boolean' | 'switch'
  | 'int32' | 'int64' | 'int16' | 'byte' | 'sbyte' | 'uint16' | 'uint32' | 'uint64'
  | 'double' | 'single' | 'decimal'
  | 'datetime' | 'timespan' | 'guid' | 'securestring'
  | 'hashtable' | 'pscustomobject' | 'psobject' | 'scriptblock' | 'object' | 'array'
  | 'math' | 'environment' | 'regex' | 'type';

export interface ResolvedType {
  key: TypeKey;
  /** .NET full name used in messages, e.g. 'System.Int32' or 'System.String[]'. */
  fullName: string;
  /** Element type when this is an array type (`key` is then 'array'). */
  element?: ResolvedType;
}

const FULL_NAMES: Record<TypeKey, string> = {
  string: 'System.String', char: 'System.Char', boolean: 'System.Boolean',
  switch: 'System.Management.Automation.SwitchParameter',
  int32: 'System.Int32', int64: 'System.Int64', int16: 'System.Int16', byte: 'System.Byte', sbyte: 'System.SByte',
  uint16: 'System.UInt16', uint32: 'System.UInt32', uint64: 'System.UInt64',
  double: 'System.Double', single: 'System.Single', decimal: 'System.Decimal',
  datetime: 'System.DateTime', timespan: 'System.TimeSpan', guid: 'System.Guid',
  securestring: 'System.Security.SecureString',
  hashtable: 'System.Collections.Hashtable',
  pscustomobject: 'System.Management.Automation.PSCustomObject',
  psobject: 'System.Management.Automation.PSObject',
  scriptblock: 'System.Management.Automation.ScriptBlock',
  object: 'System.Object', array: 'System.Object[]',
  math: 'System.Math', environment: 'System.Environment', regex: 'System.Text.RegularExpressions.Regex',
  type: 'System.Type',
};

/** Accelerators and short names (without the `System.` prefix, which is also accepted). */
const ALIASES: Record<string, TypeKey> = {
  string: 'string', char: 'char', bool: 'boolean', boolean: 'boolean', switch: 'switch', switchparameter: 'switch',
  'management.automation.switchparameter': 'switch',
  int: 'int32', int32: 'int32', long: 'int64', int64: 'int64', short: 'int16', int16: 'int16',
  byte: 'byte', sbyte: 'sbyte', uint16: 'uint16', ushort: 'uint16', uint32: 'uint32', uint: 'uint32',
  uint64: 'uint64', ulong: 'uint64',
  double: 'double', float: 'single', single: 'single', decimal: 'decimal',
  datetime: 'datetime', timespan: 'timespan', guid: 'guid',
  // Not an accelerator in pwsh, but [System.Security.SecureString] is how scripts write it.
  'security.securestring': 'securestring', securestring: 'securestring',
  hashtable: 'hashtable', 'collections.hashtable': 'hashtable', ordered: 'hashtable',
  'collections.specialized.ordereddictionary': 'hashtable', 'collections.idictionary': 'hashtable',
  pscustomobject: 'pscustomobject', 'management.automation.pscustomobject': 'pscustomobject',
  psobject: 'psobject', 'management.automation.psobject': 'psobject',
  scriptblock: 'scriptblock', 'management.automation.scriptblock': 'scriptblock',
  object: 'object', array: 'array',
  math: 'math', environment: 'environment', regex: 'regex', 'text.regularexpressions.regex': 'regex',
  type: 'type', runtimetype: 'type',
};

/** Resolves a type name, or undefined when the model does not know it. */
export function resolveType(name: string): ResolvedType | undefined {
  let text = name.trim();
  if (text.startsWith('[') && text.endsWith(']') && !text.endsWith('[]]')) text = text.slice(1, -1).trim();
  else if (text.startsWith('[') && text.endsWith(']]')) text = text.slice(1, -1).trim();
  if (text.endsWith('[]')) {
    const element = resolveType(text.slice(0, -2));
    if (!element || element.element) return undefined;
    return { key: 'array', fullName: `${element.fullName}[]`, element };
  }
  let folded = text.toLowerCase();
  if (folded.startsWith('system.')) folded = folded.slice('system.'.length);
  const key = ALIASES[folded];
  if (!key) return undefined;
  if (key === 'array') return { key, fullName: FULL_NAMES.array, element: { key: 'object', fullName: FULL_NAMES.object } };
  return { key, fullName: FULL_NAMES[key] };
}

/** Like resolveType but throws PowerShell's `Unable to find type [X].` */
export function requireType(name: string): ResolvedType {
  const resolved = resolveType(name);
  if (!resolved) {
    const shown = name.trim().replace(/^\[(.*)\]$/, '$1');
    throw new RuntimeError(`Unable to find type [${shown}].`, 'TypeNotFound', 'InvalidOperation');
  }
  return resolved;
}

export function fullNameOf(key: TypeKey): string {
  return FULL_NAMES[key];
}
