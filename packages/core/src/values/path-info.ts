/**
 * PowerShell's PathInfo record: what Get-Location and `$PWD` give. Only the file system exists here,
 * so every path belongs to its provider.
 */
import { parse } from 'node:path';
import { PSObject } from './model.js';

export const pathInfoTypeName = 'System.Management.Automation.PathInfo';

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
