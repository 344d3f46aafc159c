/**
 * Output types whose records carry secrets (a Temporary Access Pass). Cmdlets declare it once
 * (`outputCarriesSecrets`), the session registers the type here, and whatever writes records to
 * disk asks `carriesSecrets` so the file is readable by its owner only.
 */
import { PSObject } from './model.js';

const secretTypes = new Set<string>();

export function registerSecretType(typeName: string): void {
  secretTypes.add(typeName.toLowerCase());
}

/** True for a record of a registered secret-carrying type. */
export function carriesSecrets(value: unknown): boolean {
  return value instanceof PSObject && value.typeNames.some((name) => secretTypes.has(name.toLowerCase()));
}
