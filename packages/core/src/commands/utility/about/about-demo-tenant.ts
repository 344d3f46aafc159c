import type { AboutTopic } from './topic.js';

export const aboutDemoTenant: AboutTopic = {
  name: 'about_Demo_Tenant',
  synopsis: 'The built-in demo tenant: a local Microsoft Graph you can use without a tenant, an app registration or an admin role.',
  body: [
    "The demo tenant, contoso.onmicrosoft.com, is a Microsoft Graph emulator that entra-shell runs on this computer, on 127.0.0.1 only. It answers the same URLs with the same JSON, errors, paging, permission checks and throttling as Graph, so a script that works against it works against a real tenant. Nothing you do there reaches Microsoft, and it starts fresh each time.",
    'The interactive shell connects to it when it starts; a script connects with Connect-EntraID -Demo. You are signed in as admin@contoso.onmicrosoft.com, with the roles needed to issue passes.',
    'It holds about fifty people in Sales, Marketing, IT, Finance, HR, Engineering and Support, among them John Doe (johndoe@contoso.onmicrosoft.com, the user of the examples), two guests, a disabled account and a user whose name has an apostrophe. Its pass policy is enabled for all users: one hour by default, 10 to 480 minutes allowed, eight characters, reusable unless you ask for one-time.',
    "  Get-EntraIDUser -Select Department | Group-Object Department\n  Get-EntraIDUser -Filter \"userType eq 'Guest'\"\n  Get-EntraIDTemporaryAccessPassPolicy",
    'To use the emulator from other tools, run `pnpm emulator` in the entra-shell folder: it prints an access token, a curl example and the Connect-EntraID line that points entra-shell at it.',
  ],
  seeAlso: ['about_EntraShell', 'Connect-EntraID', 'Get-EntraIDConnection'],
};
