/**
 * The shell's version, read from package.json at run time. The path is the same from src/ (tests,
 * tsx) and from dist/ (the bundle), both one level below the package root.
 */
import { readFileSync } from 'node:fs';

function readVersion(): string {
  try {
    const raw: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    if (raw && typeof raw === 'object' && 'version' in raw && typeof raw.version === 'string') return raw.version;
  } catch {
    // A broken install should still start; the version is informational.
  }
  return '0.0.0';
}

export const SHELL_VERSION: string = readVersion();
