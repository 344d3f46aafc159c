/** The default-view registry: cmdlets declare how their output type displays by default. */
import type { ViewDefinition } from './types.js';

const views = new Map<string, ViewDefinition>();

/** Declares (or replaces) the default view of a type name, e.g. 'EntraShell.TemporaryAccessPass'. */
export function registerDefaultView(typeName: string, view: ViewDefinition): void {
  views.set(typeName.toLowerCase(), view);
}

export function unregisterDefaultView(typeName: string): void {
  views.delete(typeName.toLowerCase());
}

/** The first registered view among the type names (most specific first). */
export function findDefaultView(typeNames: readonly string[]): { typeName: string; view: ViewDefinition } | undefined {
  for (const typeName of typeNames) {
    const view = views.get(typeName.toLowerCase());
    if (view) return { typeName, view };
  }
  return undefined;
}
