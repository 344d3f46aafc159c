/**
 * Member access and indexing as the evaluator needs them: values/ handles the value model; the
 * engine adds the pipeline's ErrorRecord (`$_` in catch, -ErrorVariable) and indexing (`$a[0]`, `$h['k']`).
 */
import { callMethodOn, memberOn } from '../pipeline/error-record-members.js';
import { RuntimeError } from '../values/errors.js';
import { PSHashtable, PSObject } from '../values/model.js';
import { setMember } from '../values/members/properties.js';
import { PSRange } from '../values/range.js';
import { toInt32 } from '../values/convert.js';
import { callScriptCmdletMethod, ScriptCmdlet, scriptCmdletMember } from './script-cmdlet.js';

export function memberOf(target: unknown, name: string): unknown {
  if (target instanceof ScriptCmdlet) return scriptCmdletMember(target, name);
  return memberOn(target, name);
}

export function callMethod(target: unknown, name: string, args: readonly unknown[]): unknown {
  if (target instanceof ScriptCmdlet) return callScriptCmdletMethod(target, name, args);
  return callMethodOn(target, name, args);
}

export function assignMember(target: unknown, name: string, value: unknown): void {
  setMember(target, name, value);
}

function elementAt(items: readonly unknown[], index: unknown): unknown {
  const i = toInt32(index);
  const resolved = i < 0 ? items.length + i : i;
  return resolved >= 0 && resolved < items.length ? items[resolved] : null;
}

/** `$x[i]`: arrays (negative from the end, several indexes → slice), hashtables, strings, objects. */
export function indexValue(target: unknown, index: unknown): unknown {
  if (target === null || target === undefined) {
    throw new RuntimeError('Cannot index into a null array.', 'NullArray', 'InvalidOperation');
  }
  if (target instanceof PSHashtable) {
    if (Array.isArray(index)) return index.map((k: unknown) => target.get(String(k)) ?? null);
    return target.get(String(index)) ?? null;
  }
  if (target instanceof PSObject) return target.get(String(index));
  const items = Array.isArray(target) ? (target as readonly unknown[]) : target instanceof PSRange ? target.toArray() : undefined;
  if (items) {
    if (Array.isArray(index) || index instanceof PSRange) {
      return [...(index as Iterable<unknown>)].map((i) => elementAt(items, i)).filter((v) => v !== null);
    }
    return elementAt(items, index);
  }
  if (typeof target === 'string') {
    const i = toInt32(index);
    const resolved = i < 0 ? target.length + i : i;
    return resolved >= 0 && resolved < target.length ? target.charAt(resolved) : null;
  }
  // A scalar indexed with 0 is itself, as in PowerShell.
  return toInt32(index) === 0 || toInt32(index) === -1 ? target : null;
}

/** `$x[i] = v` / `$h['k'] = v`. */
export function assignIndex(target: unknown, index: unknown, value: unknown): void {
  if (target instanceof PSHashtable) {
    target.set(String(index), value);
    return;
  }
  if (Array.isArray(target)) {
    const i = toInt32(index);
    const resolved = i < 0 ? target.length + i : i;
    if (resolved < 0 || resolved >= target.length) {
      throw new RuntimeError('Index was outside the bounds of the array.', 'IndexOutOfRange', 'InvalidOperation');
    }
    target[resolved] = value;
    return;
  }
  if (target instanceof PSObject) {
    target.set(String(index), value);
    return;
  }
  throw new RuntimeError('Unable to index into an object of this type.', 'CannotIndex', 'InvalidOperation');
}
