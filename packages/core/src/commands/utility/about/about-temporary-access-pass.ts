import type { AboutTopic } from './topic.js';

export const aboutTemporaryAccessPass: AboutTopic = {
  name: 'about_Temporary_Access_Pass',
  synopsis: 'What a Temporary Access Pass is, what the tenant policy decides, and how to issue, read and remove passes.',
  body: [
    'A Temporary Access Pass is a passcode with a start time and a lifetime. A user signs in with it to set up a passkey, Windows Hello or the Authenticator app, or to get back into an account after losing a device, without ever knowing a password. The helpdesk issues it and hands it over by a channel it trusts.',
    "The tenant's Temporary Access Pass policy decides what may be issued. Get-EntraIDTemporaryAccessPassPolicy shows it, Set-EntraIDTemporaryAccessPassPolicy changes it. The policy must be enabled and must include the user; it sets the default and the allowed range of the lifetime in minutes (Graph allows 10 to 43200 in all), the length of the pass, and whether passes are one-time by default. When it says one-time, reusable passes are refused.",
    'New-EntraIDUserTemporaryAccessPass sends only what you ask for: leave out -StartDateTime, -LifeTimeInMinutes or -IsUsableOnce and the policy decides. (PnP PowerShell always sends a one-time setting and so overrides the tenant.) A user holds at most one pass: a new one replaces the old. Guests cannot get a pass. The pass itself is shown only once, in the output of New-EntraIDUserTemporaryAccessPass; Get-EntraIDUserTemporaryAccessPass shows when a pass starts and ends and whether it is usable, never its value.',
    '  New-EntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com\n  New-EntraIDUserTemporaryAccessPass johndoe@contoso.onmicrosoft.com -StartDateTime (Get-Date).AddHours(2) -LifeTimeInMinutes 60 -IsUsableOnce\n  Get-EntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com\n  Remove-EntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com -WhatIf',
    'Issuing needs the Microsoft Graph permission UserAuthenticationMethod.ReadWrite.All; signed in as a person you also need the Authentication Administrator or Privileged Authentication Administrator role (the latter for admins). Get-EntraIDConnection shows what the current sign-in holds, and a refusal names the permission that is missing.',
    'Treat the output as a secret. A file that receives passes, however they got there (Select-Object, a calculated property, a CSV file read back), is made readable by you alone before the first one is written, and entra-shell keeps pass values out of the history file, transcripts, verbose output and error messages (about_Secrets).',
  ],
  seeAlso: ['about_Bulk_Issuance', 'about_Secrets', 'New-EntraIDUserTemporaryAccessPass', 'Get-EntraIDUserTemporaryAccessPass', 'Remove-EntraIDUserTemporaryAccessPass', 'Get-EntraIDTemporaryAccessPassPolicy', 'Set-EntraIDTemporaryAccessPassPolicy'],
};
