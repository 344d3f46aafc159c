#!/usr/bin/env node
/**
 * `pnpm emulator`: runs the demo tenant on 127.0.0.1 and prints what a person needs to use it:
 * the URL, a ready admin token, the secret of the test routes, curl examples and the entra-shell
 * connect line.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_ADMIN_SCOPES } from './auth/token-authority.js';
import { startEmulator } from './emulator.js';
import { SECRET_HEADER } from './testing/test-route-guard.js';

const HELP = `Usage: node packages/graph-emulator/dist/cli.js [options]

Runs a local Microsoft Graph v1.0 demo tenant (contoso.onmicrosoft.com) on 127.0.0.1.

Options:
  --port <n>     TCP port (default: a free one)
  --users <n>    add n synthetic users to the ~50 demo users (e.g. 100000)
  --throttle     enable Graph's throttling limits (off by default)
  --seed <n>     seed for synthetic users, faults and jitter (default 1)
  --local-links  write @odata links with the emulator's URL instead of https://graph.microsoft.com
  --secret <s>   the test routes' secret (16+ characters; default: a random one, printed)
  --json         print one JSON line { url, tenant, token, secret } instead of the text banner
  --help         show this help`;

function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a non-negative integer, got '${text}'`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      users: { type: 'string' },
      throttle: { type: 'boolean', default: false },
      seed: { type: 'string' },
      'local-links': { type: 'boolean', default: false },
      secret: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const emulator = await startEmulator({
    port: integer('port', values.port, 0),
    users: integer('users', values.users, 0),
    seed: integer('seed', values.seed, 1),
    throttling: { enabled: values.throttle },
    links: values['local-links'] ? 'local' : 'graph',
    ...(values.secret === undefined ? {} : { secret: values.secret }),
  });
  const admin = `admin@${emulator.tenant.domain}`;
  const token = emulator.mintToken({ user: admin, expiresInSeconds: 24 * 3600 });
  if (values.json) {
    console.log(JSON.stringify({ url: emulator.url, tenant: emulator.tenant, token, secret: emulator.secret }));
  } else {
    console.log(
      [
        `Microsoft Graph emulator: demo tenant ${emulator.tenant.domain} (${emulator.tenant.id})`,
        `  URL         ${emulator.url}   (Graph v1.0 at ${emulator.url}/v1.0)`,
        `  Users       ${emulator.state.userCount()}`,
        `  Throttling  ${values.throttle ? 'on (Graph identity limits)' : 'off (use --throttle)'}`,
        `  Links       ${values['local-links'] ? emulator.url : `${emulator.linkBaseUrl} (as Graph writes them; --local-links for this URL)`}`,
        `  Signed in   ${admin} (Privileged Authentication Administrator, Authentication Policy Administrator)`,
        `  Scopes      ${DEFAULT_ADMIN_SCOPES.join(' ')}`,
        '',
        'Admin token (valid 24 hours, only for this emulator run):',
        token,
        '',
        'Try it:',
        `  curl -s -H "Authorization: Bearer ${token}" "${emulator.url}/v1.0/users?\\$top=5&\\$select=displayName,userPrincipalName"`,
        '',
        'Connect entra-shell:',
        `  Connect-EntraID -AccessToken ${token} -AzureEnvironment Custom -MicrosoftGraphEndPoint ${emulator.url}`,
        '',
        `Emulator-only test routes: ${emulator.url}/_emulator (they need the header ${SECRET_HEADER}: ${emulator.secret})`,
        `  curl -s -H "${SECRET_HEADER}: ${emulator.secret}" "${emulator.url}/_emulator/state"`,
        'Press Ctrl+C to stop.',
      ].join('\n'),
    );
  }
  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`graph-emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
