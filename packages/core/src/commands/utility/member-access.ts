/**
 * Property access for the object cmdlets (Select-, Sort-, Group-, Measure-, Where-Object...).
 * Interim: covers PSObject and hashtables until values/members provides getMember for every
 * value type; then these delegate to it.
 */
import { PSHashtable, PSObject } from '../../values/model.js';

/** The value of a property, or undefined when the object has no such property. */
export function tryPropertyValue(target: unknown, name: string): { found: true; value: unknown } | { found: false } {
  if (target instanceof PSObject) return target.has(name) ? { found: true, value: target.get(name) } : { found: false };
  if (target instanceof PSHashtable) return target.has(name) ? { found: true, value: target.get(name) ?? null } : { found: false };
  return { found: false };
}

/** `$obj.Name`: null when missing, as PowerShell (outside strict mode) gives. */
export function propertyValue(target: unknown, name: string): unknown {
  const r = tryPropertyValue(target, name);
  return r.found ? r.value : null;
}

/** The property names an object shows, in order (what `Select-Object *` copies). */
export function propertyNames(target: unknown): string[] {
  if (target instanceof PSObject) return target.propertyNames();
  if (target instanceof PSHashtable) return target.keys();
  return [];
}
