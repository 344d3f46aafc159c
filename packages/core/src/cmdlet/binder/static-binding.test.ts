import { describe, expect, it } from 'vitest';
import { defineCmdlet, parameter, switchParameter, types } from '../index.js';
import { staticBinding, type StaticWord } from './static-binding.js';

const connect = defineCmdlet({
  name: 'Connect-Thing',
  synopsis: 'Test cmdlet.',
  parameterSets: ['Secret', 'Token', 'Certificate'],
  parameters: {
    Url: parameter(types.string, { position: 0 }),
    ClientSecret: parameter(types.string, { sets: { Secret: { mandatory: true } }, secret: true }),
    AccessToken: parameter(types.string, {
      sets: { Token: { mandatory: true } },
      secret: true,
      aliases: ['Jwt'],
    }),
    CertificatePath: parameter(types.string, { sets: { Certificate: {} } }),
    CertificatePassword: parameter(types.secureString, { sets: { Certificate: {} } }),
    Force: switchParameter(),
  },
});

const convert = defineCmdlet({
  name: 'ConvertTo-Thing',
  synopsis: 'Test cmdlet.',
  parameters: {
    String: parameter(types.string, { mandatory: true, position: 0, secret: true }),
    Key: parameter(types.string, { position: 1 }),
    AsPlainText: switchParameter(),
  },
});

const p = (name: string, colon = false): StaticWord => ({ kind: 'parameter', name, colon });
const v: StaticWord = { kind: 'value' };

function targets(words: StaticWord[], cmdlet = connect): Record<number, string[]> {
  return Object.fromEntries([...staticBinding(cmdlet, words)].map(([i, ps]) => [i, ps.map((x) => x.name)]));
}

describe('staticBinding', () => {
  it('resolves unique prefixes and aliases, and the colon form', () => {
    expect(targets([p('Acce'), v])).toEqual({ 1: ['AccessToken'] });
    expect(targets([p('jwt'), v])).toEqual({ 1: ['AccessToken'] });
    expect(targets([p('ClientS', true)])).toEqual({ 0: ['ClientSecret'] });
  });

  it('never gives a switch the next word, which then binds by position', () => {
    expect(targets([p('Force'), v])).toEqual({ 1: ['Url'] });
  });

  it('reports every candidate of an ambiguous prefix, as the value could reach any', () => {
    expect(targets([p('Certificate'), v])).toEqual({ 1: ['CertificatePath', 'CertificatePassword'] });
  });

  it('binds positional values to open positions, after named ones', () => {
    expect(targets([v, p('AsP')], convert)).toEqual({ 0: ['String'] });
    expect(targets([p('S'), v, v], convert)).toEqual({ 1: ['String'], 2: ['Key'] });
    expect(targets([p('Key'), v, v], convert)).toEqual({ 1: ['Key'], 2: ['String'] });
  });

  it('takes an unmatched -word as the value of the parameter before it, and skips the value after an unknown -Name', () => {
    expect(targets([p('String'), p('notaparameter')], convert)).toEqual({ 1: ['String'] });
    expect(targets([p('Bogus'), v, v], convert)).toEqual({ 2: ['String'] });
  });
});
