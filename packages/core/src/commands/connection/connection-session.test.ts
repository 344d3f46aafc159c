/** The connection cmdlets through a real session: the command lines exactly as a user types them. */
import { startEmulator, type Emulator } from '@entra-shell/graph-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../session/collect.js';
import { createSession, type Session } from '../../session/session.js';
import type { PSObject } from '../../values/model.js';
import { connectionCmdlets, connectionServices, ConnectionSlot, requireGraph } from './index.js';
import { defineCmdlet } from '../../cmdlet/index.js';

const firstUser = defineCmdlet({
  name: 'Get-FirstUserName',
  synopsis: 'The first user, through the current connection.',
  requiredPermissions: { delegated: ['User.Read.All'], application: ['User.Read.All'] },
  parameters: {},
  async process(_args, ctx) {
    const { client } = await requireGraph(ctx);
    const page = await client.get<{ value: { userPrincipalName: string }[] }>('/users', { query: { $top: 1 }, signal: ctx.signal });
    await ctx.write(page.body.value[0]?.userPrincipalName);
  },
});

let emulator: Emulator;
let session: Session;
const slot = new ConnectionSlot();
const run = (script: string) => collect(session.run(script));

beforeAll(async () => {
  emulator = await startEmulator();
  session = createSession({ commands: [...connectionCmdlets, firstUser], services: connectionServices(slot) });
});
afterAll(async () => {
  await slot.replace(undefined);
  await emulator.close();
});

describe('connection command lines', () => {
  it('Connect-EntraID -AccessToken <jwt> -AzureEnvironment Custom -MicrosoftGraphEndPoint http://127.0.0.1:<port>', async () => {
    const connected = await run(`Connect-EntraID -AccessToken ${emulator.mintToken()} -AzureEnvironment Custom -MicrosoftGraphEndPoint ${emulator.url}`);
    expect(connected.errors).toEqual([]);
    emulator.clearRequests();
    const listed = await run('Get-FirstUserName');
    expect(listed.errors).toEqual([]);
    expect(String(listed.output[0])).toMatch(/@/);
    expect(emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /v1.0/users']);
    const described = await run('Get-EntraIDConnection');
    const record = described.output[0] as PSObject;
    expect(record.get('AuthMode')).toBe('AccessToken');
    expect(record.get('GraphEndpoint')).toBe(emulator.url);
    const disconnected = await run('Disconnect-EntraID; Get-FirstUserName');
    expect(disconnected.errors.map((error) => error.errorId)).toEqual(['NotConnected']);
  });

  it('Connect-EntraID -Demo; Get-EntraIDConnection', async () => {
    const result = await run('Connect-EntraID -Demo; Get-EntraIDConnection');
    expect(result.errors).toEqual([]);
    expect(result.information[0]?.hostText).toMatch(/^Connected to the demo tenant /);
    const record = result.output[0] as PSObject;
    expect(record.get('IsDemo')).toBe(true);
    expect(record.get('AuthMode')).toBe('Demo');
    expect(record.get('PermissionType')).toBe('Delegated');
    expect(record.get('Permissions')).toContain('UserAuthenticationMethod.ReadWrite.All');
    await run('Disconnect-EntraID');
    expect(slot.current).toBeUndefined();
  });

  it('refuses plain http to a host that is not local', async () => {
    const result = await run(`Connect-EntraID -AccessToken ${emulator.mintToken()} -AzureEnvironment Custom -MicrosoftGraphEndPoint http://graph.contoso.example`);
    expect(result.errors[0]?.message).toBe(
      "-MicrosoftGraphEndPoint must use https: plain http is accepted only for a local endpoint (127.0.0.1, ::1 or localhost); got 'http://graph.contoso.example'.",
    );
  });
});
