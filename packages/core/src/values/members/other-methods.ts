/** Methods of arrays, hashtables, PSCustomObjects, GUIDs, numbers and booleans. */
import { formatGuid } from '../format-composite.js';
import { formatNumber } from '../format-number.js';
import { PSGuid, PSHashtable, type PSObject, PSTypeName } from '../model.js';
import { toPSString, psObjectString } from '../stringify.js';
import { typeNameOf } from '../type-of.js';
import { DotNetException, methodTable, type MethodDef } from './method-table.js';

/** .NET Object.Equals: same type and value (no PowerShell conversion, strings case-sensitive). */
export function strictEquals(a: unknown, b: unknown): boolean {
  if (a instanceof PSGuid && b instanceof PSGuid) return a.value === b.value;
  if (typeof a === 'number' && typeof b === 'number') return a === b && typeNameOf(a) === typeNameOf(b);
  return a === b;
}

function keyOf(value: unknown): string {
  return toPSString(value);
}

const arrayDefs: MethodDef<readonly unknown[]>[] = [
  { name: 'Contains', arities: [1], call: (arr, a) => arr.some((x) => strictEquals(x, a[0])) },
  { name: 'IndexOf', arities: [1], call: (arr, a) => arr.findIndex((x) => strictEquals(x, a[0])) },
  { name: 'LastIndexOf', arities: [1], call: (arr, a) => arr.findLastIndex((x) => strictEquals(x, a[0])) },
  { name: 'Clone', arities: [0], call: (arr) => [...arr] },
  { name: 'GetValue', arities: [1], call: (arr, a) => {
    const index = Number(a[0]);
    if (!Number.isInteger(index) || index < 0 || index >= arr.length) throw new DotNetException('Index was outside the bounds of the array.');
    return arr[index] ?? null;
  } },
  { name: 'ToString', arities: [0], call: () => 'System.Object[]' },
  { name: 'GetType', arities: [0], call: () => new PSTypeName('System.Object[]') },
];
export const ARRAY_METHODS = methodTable(arrayDefs);

const hashtableDefs: MethodDef<PSHashtable>[] = [
  { name: 'ContainsKey', arities: [1], call: (h, a) => h.has(keyOf(a[0])) },
  { name: 'Contains', arities: [1], call: (h, a) => h.has(keyOf(a[0])) },
  { name: 'ContainsValue', arities: [1], call: (h, a) => h.values().some((v) => strictEquals(v, a[0])) },
  { name: 'Add', arities: [2], call: (h, a) => {
    const key = keyOf(a[0]);
    if (h.has(key)) {
      const existing = h.keys().find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
      throw new DotNetException(`Item has already been added. Key in dictionary: '${existing}'  Key being added: '${key}'`);
    }
    h.set(key, a[1] ?? null);
    return undefined;
  } },
  { name: 'Remove', arities: [1], call: (h, a) => {
    h.delete(keyOf(a[0]));
    return undefined;
  } },
  { name: 'Clear', arities: [0], call: (h) => {
    for (const k of h.keys()) h.delete(k);
    return undefined;
  } },
  { name: 'Clone', arities: [0], call: (h) => {
    const copy = new PSHashtable();
    for (const [k, v] of h.entries()) copy.set(k, v);
    return copy;
  } },
  { name: 'ToString', arities: [0], call: () => 'System.Collections.Hashtable' },
  { name: 'GetType', arities: [0], call: () => new PSTypeName('System.Collections.Hashtable') },
];
export const HASHTABLE_METHODS = methodTable(hashtableDefs);

const objectDefs: MethodDef<PSObject>[] = [
  { name: 'ToString', arities: [0], call: (o) => psObjectString(o) },
  { name: 'Equals', arities: [1], call: (o, a) => o === a[0] },
  { name: 'GetType', arities: [0], call: () => new PSTypeName('System.Management.Automation.PSCustomObject') },
];
export const PSOBJECT_METHODS = methodTable(objectDefs);

const guidDefs: MethodDef<PSGuid>[] = [
  { name: 'ToString', arities: [0, 1], call: (g, a) => formatGuid(g, a.length ? toPSString(a[0]) : undefined) },
  { name: 'Equals', arities: [1], call: (g, a) => a[0] instanceof PSGuid && a[0].value === g.value },
  { name: 'CompareTo', arities: [1], call: (g, a) => Math.sign(g.value.localeCompare(toPSString(a[0]).toLowerCase())) },
  { name: 'GetType', arities: [0], call: () => new PSTypeName('System.Guid') },
];
export const GUID_METHODS = methodTable(guidDefs);

const numberDefs: MethodDef<number>[] = [
  { name: 'ToString', arities: [0, 1, 2], call: (n, a) => formatNumber(n, a.length && a[0] !== null ? toPSString(a[0]) : undefined) },
  { name: 'Equals', arities: [1], call: (n, a) => strictEquals(n, a[0]) },
  { name: 'CompareTo', arities: [1], call: (n, a) => (a[0] === null ? 1 : Math.sign(n - Number(a[0]))) },
  { name: 'GetType', arities: [0], call: (n) => new PSTypeName(typeNameOf(n)) },
];
export const NUMBER_METHODS = methodTable(numberDefs);

const booleanDefs: MethodDef<boolean>[] = [
  { name: 'ToString', arities: [0, 1], call: (b) => (b ? 'True' : 'False') },
  { name: 'Equals', arities: [1], call: (b, a) => a[0] === b },
  { name: 'CompareTo', arities: [1], call: (b, a) => Number(b) - Number(Boolean(a[0])) },
  { name: 'GetType', arities: [0], call: () => new PSTypeName('System.Boolean') },
];
export const BOOLEAN_METHODS = methodTable(booleanDefs);
