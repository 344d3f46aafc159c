/**
 * The built shell (dist/main.js) for tests that run it as users do. Nx builds it before the tests
 * (test dependsOn build); when a test is run directly and it is missing, it is built here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const shellProjectDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const builtShell = join(shellProjectDir, 'dist', 'main.js');

export function ensureBuiltShell(): string {
  if (!existsSync(builtShell)) {
    execFileSync(process.execPath, [join(shellProjectDir, 'scripts', 'build.mjs')], { cwd: shellProjectDir, stdio: 'pipe' });
  }
  return builtShell;
}
