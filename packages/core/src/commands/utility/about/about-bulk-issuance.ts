import type { AboutTopic } from './topic.js';

export const aboutBulkIssuance: AboutTopic = {
  name: 'about_Bulk_Issuance',
  synopsis: 'Issuing passes to many users at once: speed, errors, saving the results, and finishing an interrupted run.',
  body: [
    'Pipe users into New-EntraIDUserTemporaryAccessPass: the output of Get-EntraIDUser, or the rows of a CSV file with a UserPrincipalName, Id, UserId or ObjectId column.',
    "  Get-EntraIDUser -Filter \"department eq 'Sales'\" | New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes 60 | Export-Csv taps.csv\n  Import-Csv users.csv | New-EntraIDUserTemporaryAccessPass -WhatIf",
    "Several passes are requested at the same time (at most -ThrottleLimit, 16 by default), as fast as the tenant's write limit allows: Microsoft Graph takes about 20 writes a second per app and tenant. When Graph answers 429, entra-shell halves the number of requests it keeps in flight and sends nothing new until Retry-After has passed, then raises the number again as answers succeed. A 503, a lost connection or a timeout is retried for that user alone. An abandoned request can still reach Graph late and replace the pass that was just reported, so after such a retry entra-shell reads the user's current pass and issues again if it changed: nobody is handed a pass that no longer works.",
    'Results come out in the order the users went in. A user who cannot get a pass (a guest, a user outside the policy, a user who does not exist) gets one error that names the user and the reason, and the others go on. Collect those errors with -ErrorVariable, for example -ErrorVariable failed, then $failed | ForEach-Object TargetObject.',
    'Export-Csv writes each row as soon as it is produced, so Ctrl+C, a crash or a closed laptop leaves every finished row on disk. This line finishes an interrupted run: it issues passes to the users not yet in taps.csv and appends them. Run it until it has nothing left to do.',
    '  $done = (Import-Csv taps.csv).UserPrincipalName; Import-Csv users.csv | Where-Object UserPrincipalName -notin $done | New-EntraIDUserTemporaryAccessPass -LifeTimeInMinutes 60 | Export-Csv taps.csv -Append',
    'Rehearse first: -WhatIf lists who would get a pass without issuing any, and the demo tenant (Connect-EntraID -Demo) takes the same script end to end.',
  ],
  seeAlso: ['about_Temporary_Access_Pass', 'about_Demo_Tenant', 'New-EntraIDUserTemporaryAccessPass', 'Export-Csv', 'Import-Csv'],
};
