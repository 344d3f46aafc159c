/**
 * Whether a value about to be written somewhere includes a secret, whatever carried it there:
 * a record of a type declared secret (a pass as issued), any string property, element or text
 * holding a value the session knows to be secret (a pass after Select-Object, inside
 * `"$upn $($t.TemporaryAccessPass)"`, under a renamed calculated property), a token-shaped value,
 * or a property named as a declared secret property (`TemporaryAccessPass` in a CSV file read
 * back by Import-Csv in a later session; its value is learnt, so the next mention is recognised).
 */
import { PSHashtable, PSObject } from '../values/model.js';
import type { SecretRegistry } from './secret-registry.js';
import { holdsTokenShape } from './token-shapes.js';

/** Nesting looked into: records of records of arrays, as ConvertFrom-Json makes them. */
const MAX_DEPTH = 4;
/** Values looked at per call, so a huge object graph costs a bounded time. */
const MAX_VISITS = 10_000;

export function holdsSecret(registry: SecretRegistry, value: unknown): boolean {
  let visits = 0;
  const visit = (item: unknown, depth: number): boolean => {
    if (++visits > MAX_VISITS) return false;
    if (typeof item === 'string') return registry.contains(item) || holdsTokenShape(item);
    if (depth >= MAX_DEPTH || typeof item !== 'object' || item === null) return false;
    if (Array.isArray(item)) return (item as unknown[]).some((element) => visit(element, depth + 1));
    if (item instanceof PSObject) {
      if (registry.isSecretRecord(item)) return true;
      if (registry.learnSecretProperties(item)) return true;
      return item.properties.values().some((property) => visit(property, depth + 1));
    }
    if (item instanceof PSHashtable) {
      if (registry.learnSecretProperties(item)) return true;
      return item.values().some((entry) => visit(entry, depth + 1));
    }
    return false;
  };
  return visit(value, 0);
}
