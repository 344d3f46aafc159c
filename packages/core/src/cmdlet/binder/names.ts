/**
 * Resolving `-Name` tokens: case-insensitive unique prefix over names and aliases, exact match
 * first. Common parameters take part like declared ones (`-ea`, `-Verb` → Verbose...).
 */
import type { CommonParameterInfo } from '../common-parameters.js';
import type { ParameterMetadata } from '../metadata.js';
import type { ParameterType } from '../parameter-types.js';

/** A parameter the binder can bind: a declared one or a common one. */
export interface BindableParameter {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: ParameterType<unknown>;
  /** Present for declared parameters. */
  readonly declared?: ParameterMetadata;
}

export type NameMatch =
  | { readonly kind: 'found'; readonly parameter: BindableParameter }
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly matches: readonly BindableParameter[] };

export function bindableParameters(declared: readonly ParameterMetadata[], common: readonly CommonParameterInfo[]): BindableParameter[] {
  return [
    ...declared.map((p) => ({ name: p.name, aliases: p.aliases, type: p.type, declared: p })),
    ...common.map((c) => ({ name: c.name, aliases: c.aliases, type: c.type })),
  ];
}

export function matchParameterName(typed: string, parameters: readonly BindableParameter[]): NameMatch {
  const key = typed.toLowerCase();
  const names = (p: BindableParameter): string[] => [p.name, ...p.aliases].map((n) => n.toLowerCase());
  const exact = parameters.find((p) => names(p).includes(key));
  if (exact) return { kind: 'found', parameter: exact };
  const matches = parameters.filter((p) => names(p).some((n) => n.startsWith(key)));
  const [only] = matches;
  if (matches.length === 1 && only) return { kind: 'found', parameter: only };
  return matches.length === 0 ? { kind: 'none' } : { kind: 'ambiguous', matches };
}
