/**
 * The PathInfo records the location cmdlets emit (Get-Location, -PassThru), and the check every
 * move goes through: the target must be an existing directory.
 */
import { statSync } from 'node:fs';
import { parse } from 'node:path';
import type { CmdletContext } from '../../cmdlet/index.js';
import { PSObject } from '../../values/model.js';

export const pathInfoTypeName = 'System.Management.Automation.PathInfo';

/** Only the file system exists here, so every path belongs to its provider. */
const fileSystemProvider = 'Microsoft.PowerShell.Core\\FileSystem';

export function pathInfoRecord(path: string): PSObject {
  // pwsh names a drive by its root without the separator: `/` on Unix, `C` on Windows.
  const root = parse(path).root;
  const drive = root === '/' ? '/' : root.replace(/[:\\/]+$/, '');
  const record = new PSObject({ Drive: drive, Provider: fileSystemProvider, ProviderPath: path, Path: path }, [pathInfoTypeName]);
  // As in pwsh, a PathInfo reads as its path in strings and string parameters (`cd (Get-Location)`).
  record.stringValue = path;
  return record;
}

function isDirectory(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

/**
 * `path` as typed, made absolute against the current location, when it names an existing directory;
 * otherwise writes pwsh's PathNotFound error and returns undefined. A file gets the same error, as in
 * pwsh 7, where only a container can be the location.
 */
export async function directoryTarget(path: string, ctx: CmdletContext): Promise<string | undefined> {
  const full = ctx.location.resolve(path);
  if (isDirectory(full) === true) return full;
  await ctx.writeError({
    message: `Cannot find path '${full}' because it does not exist.`,
    errorId: 'PathNotFound',
    category: 'ObjectNotFound',
    exceptionType: 'ItemNotFoundException',
    targetObject: full,
  });
  return undefined;
}
