/**
 * The check every move of the location goes through: the target must be an existing directory.
 * The PathInfo records the location cmdlets emit live in values/path-info.ts (`$PWD` gives one too).
 */
import { statSync } from 'node:fs';
import type { CmdletContext } from '../../cmdlet/index.js';

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
