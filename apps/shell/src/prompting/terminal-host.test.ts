import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TerminalHost } from './terminal-host.js';

function setup(): { host: TerminalHost; input: PassThrough; shown: () => string } {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { host: new TerminalHost(input, output), input, shown: () => text };
}

describe('TerminalHost', () => {
  it('asks for missing mandatory parameters line by line', async () => {
    const { host, input, shown } = setup();
    const answers = host.promptForParameters({
      caption: 'cmdlet New-EntraIDUserTemporaryAccessPass at command pipeline position 1',
      message: 'Supply values for the following parameters:',
      fields: [{ name: 'Identity', typeName: 'EntraIDUserPipeBind', isArray: false, secret: false }],
    });
    input.write('johndoe@contoso.onmicrosoft.com\n');
    expect(await answers).toEqual({ Identity: 'johndoe@contoso.onmicrosoft.com' });
    expect(shown()).toContain('Supply values for the following parameters:\nIdentity: ');
  });

  it('asks questions in order and reads confirmations', async () => {
    const { host, input } = setup();
    const first = host.confirm('Confirm', 'Sure?', [{ label: '&Yes' }, { label: '&No' }], 0);
    const second = host.readLine('Name');
    input.write('n\n');
    expect(await first).toBe(1);
    input.write('Ada\n');
    expect(await second).toBe('Ada');
  });

  it('fails the question when the input ends', async () => {
    const { host, input } = setup();
    const secret = host.readSecret('ClientSecret');
    input.end();
    await expect(secret).rejects.toThrow('input ended');
  });
});
