import { describe, expect, it } from 'vitest';
import { CommandRegistry } from './registry.js';
import { defineCmdlet } from './define.js';
import { TerminatingError } from '../pipeline/records.js';
import { isApprovedVerb } from './verbs.js';
import { closestNames, editDistance } from './suggestions.js';

const plain = (name: string, aliases: string[] = []) => defineCmdlet({ name, aliases, synopsis: name, parameters: {} });

describe('CommandRegistry', () => {
  const registry = new CommandRegistry([
    plain('Get-Date'),
    plain('Select-Object', ['select']),
    plain('Where-Object', ['where', '?']),
    plain('ForEach-Object', ['foreach', '%']),
    plain('Get-PnPEntraIDUser'),
  ]);

  it('finds names and aliases case-insensitively', () => {
    expect(registry.find('get-date')?.name).toBe('Get-Date');
    expect(registry.find('SELECT')?.name).toBe('Select-Object');
    expect(registry.find('%')?.name).toBe('ForEach-Object');
    expect(registry.find('Get-Nothing')).toBeUndefined();
  });

  it('lists sorted and filters like Get-Command', () => {
    expect(registry.list().map((c) => c.name)).toEqual(['ForEach-Object', 'Get-Date', 'Get-PnPEntraIDUser', 'Select-Object', 'Where-Object']);
    expect(registry.query({ name: ['*-Object'] }).map((c) => c.name)).toEqual(['ForEach-Object', 'Select-Object', 'Where-Object']);
    expect(registry.query({ verb: ['get'] }).map((c) => c.name)).toEqual(['Get-Date', 'Get-PnPEntraIDUser']);
    expect(registry.query({ noun: ['PnP*'] }).map((c) => c.name)).toEqual(['Get-PnPEntraIDUser']);
    expect(registry.query({ name: ['sel*'] }).map((c) => c.name)).toEqual(['Select-Object']);
    expect(registry.query({ name: ['Get-[dp]*'], verb: ['Get'] }).map((c) => c.name)).toEqual(['Get-Date', 'Get-PnPEntraIDUser']);
  });

  it('rejects duplicate names and aliases', () => {
    expect(() => registry.register(plain('get-date'))).toThrow(/already registered/);
    expect(() => registry.register(plain('Get-Other', ['Select']))).toThrow(/alias 'Select'/);
  });

  it('raises the not-recognized error with suggestions', () => {
    let caught: unknown;
    try {
      registry.resolve('Get-Dat');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TerminatingError);
    const record = (caught as TerminatingError).record;
    expect(record.message).toBe(
      "The term 'Get-Dat' is not recognized as a name of a cmdlet, function, script file, or executable program.\n" +
        'Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n\n' +
        'Suggestion [4,General]: The most similar commands are: Get-Date.',
    );
    expect(record.errorId).toBe('CommandNotFoundException');
    expect(record.category).toBe('ObjectNotFound');
  });

  it('omits the suggestion when nothing is close', () => {
    expect(registry.suggest('Completely-Different')).toEqual([]);
    expect(registry.suggest('Selct-Object')).toEqual(['Select-Object']);
  });

  it('allows one edit for short names, so a program name is not taken for an alias', () => {
    expect(closestNames('git', ['gl', 'gv', 'ft', 'gcm'])).toEqual([]);
    expect(closestNames('slect', ['select', 'sl'])).toEqual(['select']);
    expect(closestNames('gcn', ['gcm', 'gl'])).toEqual(['gcm']);
  });
});

describe('naming helpers', () => {
  it('knows the approved verbs', () => {
    expect(isApprovedVerb('get')).toBe(true);
    expect(isApprovedVerb('ConvertTo')).toBe(true);
    expect(isApprovedVerb('Fetch')).toBe(false);
  });
  it('computes edit distances with transpositions', () => {
    expect(editDistance('Get-Date', 'get-date')).toBe(0);
    expect(editDistance('Get-Dtae', 'Get-Date')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

