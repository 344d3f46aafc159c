import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

function startCli(args: string[]): { child: ChildProcess; nextLine: () => Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
  const nextLine = async (): Promise<string> => {
    const next = await lines.next();
    if (next.done === true) throw new Error('the CLI stopped printing');
    return next.value;
  };
  return { child, nextLine };
}

describe('the emulator CLI', () => {
  let child: ChildProcess | undefined;
  afterEach(async () => {
    if (child && child.exitCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('prints a URL and a token that lists users', async () => {
    const started = startCli(['--json', '--port', '0', '--users', '10']);
    child = started.child;
    const info = JSON.parse(await started.nextLine()) as { url: string; token: string; secret: string; tenant: { domain: string } };
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.tenant.domain).toBe('contoso.onmicrosoft.com');
    const response = await fetch(`${info.url}/v1.0/users?$select=userPrincipalName&$top=999`, { headers: { Authorization: `Bearer ${info.token}` } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { value: unknown[] };
    expect(body.value).toHaveLength(60);
    const state = await fetch(`${info.url}/_emulator/state`, { headers: { 'X-Emulator-Secret': info.secret } });
    expect(state.status).toBe(200);
    expect((await fetch(`${info.url}/_emulator/state`)).status).toBe(403);
  });

  it('prints the connect line in its banner', async () => {
    const started = startCli(['--port', '0']);
    child = started.child;
    const lines: string[] = [];
    while (!lines.at(-1)?.startsWith('Press Ctrl+C')) lines.push(await started.nextLine());
    const banner = lines.join('\n');
    expect(banner).toMatch(/Connect-EntraID -AccessToken \S+\.\S+\.\S+ -AzureEnvironment Custom -MicrosoftGraphEndPoint http:\/\/127\.0\.0\.1:\d+/);
    expect(banner).toMatch(/curl -s -H "Authorization: Bearer /);
    expect(banner).toMatch(/curl -s -H "X-Emulator-Secret: [\w-]{32}" "http:\/\/127\.0\.0\.1:\d+\/_emulator\/state"/);
  });

  it('refuses a bad option value', async () => {
    const started = startCli(['--users', 'many']);
    child = started.child;
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(1);
  });
});
