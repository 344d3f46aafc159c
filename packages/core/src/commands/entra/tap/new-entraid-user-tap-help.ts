/** Help text for New-EntraIDUserTemporaryAccessPass: the four PnP examples (verbatim) and our own. */
import type { CmdletExample } from '../../../cmdlet/define.js';

export const NEW_TAP_DESCRIPTION =
  'A Temporary Access Pass is a time-limited passcode a user signs in with to register a phishing-resistant ' +
  'method or recover access, without knowing a password. This command asks Microsoft Graph for a new pass per ' +
  'user; a user holds at most one, so a new pass replaces the previous one. Only the settings you give are sent: ' +
  "the start time, the lifetime and the one-time setting otherwise follow the tenant's Temporary Access Pass " +
  'policy, which must be enabled (Get-EntraIDTemporaryAccessPassPolicy shows it). Piped users are processed ' +
  'several at a time within what Microsoft Graph allows (see -ThrottleLimit); results come out in the order the ' +
  'users came in, and a user that fails gets an error naming the user and the reason while the others go on. ' +
  'The output carries the pass itself: treat it, and any file you export it to, as a secret. ' +
  'Requires the Microsoft Graph permission UserAuthenticationMethod.ReadWrite.All (with delegated sign-in also ' +
  'the Authentication Administrator or Privileged Authentication Administrator role).';

export const NEW_TAP_EXAMPLES: readonly CmdletExample[] = [
  {
    code: 'New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com',
    remarks: "Issues a pass to the user with this user principal name; lifetime, length and one-time use follow the tenant policy. The pass is usable at once.",
  },
  {
    code: 'New-PnPEntraIDUserTemporaryAccessPass -Identity 72e2eb87-c124-4bd9-8e01-a447a1752058 -IsUseableOnce:$true',
    remarks: 'Issues a pass to the user with this object id that works for one sign-in only; the lifetime and length follow the tenant policy.',
  },
  {
    code: 'New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com -StartDateTime (Get-Date).AddHours(2) -LifeTimeInMinutes 10 -IsUseableOnce:$true',
    remarks: 'Issues a one-time pass that becomes usable in two hours and then stays usable for ten minutes, or until it has been used once, whichever comes first.',
  },
  {
    code: 'Get-PnPEntraIDUser -Identity johndoe@contoso.onmicrosoft.com | New-PnPEntraIDUserTemporaryAccessPass -StartDateTime (Get-Date).AddMinutes(10) -LifeTimeInMinutes 15 -IsUseableOnce:$false',
    remarks: 'Looks the user up, then issues a reusable pass that becomes usable in ten minutes and can be used as often as needed for fifteen minutes.',
  },
  {
    code: "Get-EntraIDUser -Filter \"department eq 'Sales'\" | New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes 60 | Export-Csv taps.csv",
    remarks: 'Issues a one-hour pass to everyone in Sales and saves the passes, one row per user, in input order.',
  },
  {
    code: 'Import-Csv users.csv | New-EntraIDUserTemporaryAccessPass -WhatIf',
    remarks: 'Shows which users of a CSV file (with a UserPrincipalName, Id, UserId or ObjectId column) would get a pass, without issuing any.',
  },
];
