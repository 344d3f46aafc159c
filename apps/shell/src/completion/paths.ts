/**
 * File-path completion: the directory part of what was typed stays, the last part is matched
 * against that directory's entries (case-insensitively; dot files only when asked for), `~`
 * means the home directory, directories get a trailing `/`, names that need it are quoted.
 */
import { readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import type { CompletionItem } from '../backend/types.js';
import { quoteIfNeeded, unquotePrefix } from './quote.js';

export interface DirectoryEntry {
  readonly name: string;
  readonly directory: boolean;
}

/** Lists a directory given as typed (relative to the session's current location, `~` expanded). */
export type DirectoryLister = (dir: string) => Promise<readonly DirectoryEntry[]>;

/** Parameters that take a path, by PowerShell's naming convention (-Path, -LiteralPath, -FilePath, -CertificatePath, -OutFile...). */
export function isPathParameter(name: string): boolean {
  return /(path|file)$/i.test(name);
}

/**
 * Lists real directories. `location` gives the directory relative paths start from; pass a function
 * (the session's current location) so completion follows `cd`.
 */
export function fileSystemLister(location: string | (() => string) = () => process.cwd(), home: string = homedir()): DirectoryLister {
  const current = typeof location === 'string' ? () => location : location;
  return async (dir) => {
    const expanded = dir === '~' || dir.startsWith('~/') ? home + dir.slice(1) : dir;
    try {
      const entries = await readdir(resolve(current(), expanded || '.'), { withFileTypes: true });
      return entries.map((e) => ({ name: e.name, directory: e.isDirectory() }));
    } catch {
      return [];
    }
  };
}

export async function completePath(typed: string, list: DirectoryLister): Promise<CompletionItem[]> {
  const raw = unquotePrefix(typed);
  const slash = raw.lastIndexOf('/');
  const dir = slash >= 0 ? raw.slice(0, slash + 1) : '';
  const base = slash >= 0 ? raw.slice(slash + 1) : raw;
  const entries = await list(dir === '' ? '.' : dir);
  return entries
    .filter((e) => e.name.toLowerCase().startsWith(base.toLowerCase()) && (base.startsWith('.') || !e.name.startsWith('.')))
    .sort((a, b) => Number(b.directory) - Number(a.directory) || a.name.localeCompare(b.name))
    .map((e) => {
      const path = `${dir}${e.name}${e.directory ? '/' : ''}`;
      return { replacement: quoteIfNeeded(path), display: `${e.name}${e.directory ? '/' : ''}`, kind: 'path' as const };
    });
}
