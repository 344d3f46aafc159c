import { describe, expect, it } from 'vitest';
import { parseArguments, type ShellOptions } from './arguments.js';

function options(argv: string[]): ShellOptions {
  const parsed = parseArguments(argv);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.options;
}

function error(argv: string[]): string {
  const parsed = parseArguments(argv);
  if (parsed.ok) throw new Error('expected an error');
  return parsed.error;
}

describe('parseArguments', () => {
  it('defaults to interactive text mode', () => {
    expect(options([])).toEqual({ outputFormat: 'Text', nonInteractive: false, noColor: false, showHelp: false, showVersion: false });
  });

  it('takes everything after -Command as the script, like pwsh', () => {
    expect(options(['-Command', 'Get-Date', '-Format', 'yyyy']).command).toBe('Get-Date -Format yyyy');
    expect(options(['-c', 'Get-Date']).command).toBe('Get-Date');
    expect(options(['--command', 'Get-Date']).command).toBe('Get-Date');
    expect(options(['-COMMAND', '-']).command).toBe('-');
  });

  it('reads -File with its arguments', () => {
    expect(options(['-File', 'a.ps1', 'x', '-y']).file).toEqual({ path: 'a.ps1', args: ['x', '-y'] });
    expect(options(['-f', 'a.ps1']).file).toEqual({ path: 'a.ps1', args: [] });
    expect(options(['a.ps1', '1']).file).toEqual({ path: 'a.ps1', args: ['1'] });
  });

  it('accepts case-insensitive names, unique prefixes and GNU spellings', () => {
    expect(options(['-noni', '-c', 'x']).nonInteractive).toBe(true);
    expect(options(['-NonInteractive', '-c', 'x']).nonInteractive).toBe(true);
    expect(options(['--non-interactive', '-c', 'x']).nonInteractive).toBe(true);
    expect(options(['-nocolor']).noColor).toBe(true);
    expect(options(['--no-color']).noColor).toBe(true);
    expect(options(['--version']).showVersion).toBe(true);
    expect(options(['-Version']).showVersion).toBe(true);
    expect(options(['--help']).showHelp).toBe(true);
    expect(options(['-?']).showHelp).toBe(true);
    expect(options(['-h']).showHelp).toBe(true);
  });

  it('parses -OutputFormat in every spelling', () => {
    expect(options(['-OutputFormat', 'json']).outputFormat).toBe('Json');
    expect(options(['-of', 'Text']).outputFormat).toBe('Text');
    expect(options(['-o', 'JSON']).outputFormat).toBe('Json');
    expect(options(['-OutputFormat:Json']).outputFormat).toBe('Json');
    expect(options(['--output-format=json']).outputFormat).toBe('Json');
  });

  it('reports usage errors in plain words', () => {
    expect(error(['-OutputFormat', 'xml'])).toContain('must be Text or Json');
    expect(error(['-Command'])).toContain("Missing the script for parameter '-Command'");
    expect(error(['-File'])).toContain("Missing the path for parameter '-File'");
    expect(error(['-Bogus'])).toContain("'-Bogus' is not recognized");
    expect(error(['-No'])).toContain('ambiguous');
  });
});
