import { describe, expect, it } from 'vitest';
import { collect } from '../session/collect.js';
import { createEntraShellSession } from '../commands/index.js';
import { PSObject } from '../values/model.js';
import { PSSecureString } from '../values/secure-string.js';
import { MIN_SECRET_LENGTH, SecretRegistry } from './secret-registry.js';

describe('SecretRegistry', () => {
  it('finds and masks known values anywhere in a text, the longest first', () => {
    const registry = new SecretRegistry();
    registry.add('kP5v#Wq2');
    registry.add('kP5v#Wq2-longer');
    expect(registry.contains('pass: kP5v#Wq2.')).toBe(true);
    expect(registry.contains('pass: kP5v#Wq')).toBe(false);
    expect(registry.mask('a kP5v#Wq2 b kP5v#Wq2-longer c')).toBe('a ******** b *************** c');
    expect(registry.mask('nothing here')).toBe('nothing here');
  });

  it(`ignores values shorter than ${MIN_SECRET_LENGTH} characters, which occur everywhere`, () => {
    const registry = new SecretRegistry();
    registry.add('pw');
    registry.add('12345');
    expect(registry.size).toBe(0);
    expect(registry.mask('pw 12345')).toBe('pw 12345');
  });

  it('learns strings, SecureString text, credential passwords and arrays of them', () => {
    const registry = new SecretRegistry();
    registry.learn(['client-secret-1', new PSSecureString('pfx-password')]);
    registry.learn(new PSObject({ UserName: 'admin', Password: new PSSecureString('cred-password') }));
    for (const value of ['client-secret-1', 'pfx-password', 'cred-password'])
      expect(registry.contains(value)).toBe(true);
    expect(registry.contains('admin')).toBe(false);
  });

  it('learns only the declared properties of an output record', () => {
    const registry = new SecretRegistry();
    registry.learnOutput(
      new PSObject({ UserPrincipalName: 'ada@contoso.com', TemporaryAccessPass: 'Xy7#pQ2w' }),
      ['TemporaryAccessPass'],
    );
    expect(registry.contains('Xy7#pQ2w')).toBe(true);
    expect(registry.contains('ada@contoso.com')).toBe(false);
  });

  it('masks token-shaped values it was never told about', () => {
    const jwt = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJzdWIiOiJhZGEifQ.';
    expect(new SecretRegistry().mask(`token ${jwt} end`)).toBe(`token ${'*'.repeat(jwt.length)} end`);
    expect(new SecretRegistry().mask('Authorization: Bearer abc.def-ghi_jkl')).toBe(
      'Authorization: Bearer ***************',
    );
  });

  it('belongs to one session: a second session in the same process knows nothing of the first one’s secrets', async () => {
    const first = createEntraShellSession().session;
    const second = createEntraShellSession().session;
    await collect(first.run("$s = ConvertTo-SecureString 'alpha-bravo-charlie' -AsPlainText"));
    expect(first.secrets.contains('alpha-bravo-charlie')).toBe(true);
    expect(second.secrets.contains('alpha-bravo-charlie')).toBe(false);
    expect(second.isSensitiveInput("Write-Output 'alpha-bravo-charlie'")).toBe(false);
    expect(first.isSensitiveInput("Write-Output 'alpha-bravo-charlie'")).toBe(true);
  });
});
