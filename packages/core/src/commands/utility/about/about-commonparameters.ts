import type { AboutTopic } from './topic.js';

export const aboutCommonParameters: AboutTopic = {
  name: 'about_CommonParameters',
  synopsis: 'The parameters every command accepts, and -WhatIf and -Confirm for commands that change something.',
  body: [
    'Every command takes these parameters besides its own. Like any parameter, each may be shortened to a unique prefix or given by its alias (in brackets).',
    '  -Verbose (-vb)                Shows the verbose messages the command writes.\n  -Debug (-db)                  Shows its debug messages.\n  -ErrorAction (-ea) <action>   What a non-terminating error does: Continue (show it, go on),\n                                SilentlyContinue (record it in $Error, go on), Stop (end the\n                                pipeline; catch it with try/catch), Ignore (forget it), Inquire (ask).\n  -WarningAction (-wa) <action> The same for warnings.\n  -InformationAction (-infa)    The same for information messages (Write-Information, Write-Host).\n  -ProgressAction (-proga)      The same for progress bars.\n  -ErrorVariable (-ev) <name>   Also stores the errors in $name; +name appends to it.\n  -WarningVariable (-wv) <name> Also stores the warnings in $name.\n  -InformationVariable (-iv)    Also stores the information messages.\n  -OutVariable (-ov) <name>     Also stores the output in $name, as it flows on.\n  -PipelineVariable (-pv) <name> Names the current output object for later commands of the pipeline.\n  -OutBuffer (-ob) <count>      Accepted for compatibility; output always flows one object at a time.',
    "Commands that change something (New-EntraIDUserTemporaryAccessPass, Remove-EntraIDUserTemporaryAccessPass, Set-EntraIDTemporaryAccessPassPolicy) also take -WhatIf and -Confirm. -WhatIf says what would be done, as 'What if: Performing the operation ... on target ...', and does nothing. -Confirm asks before each change: Yes, Yes to All, No, No to All or Suspend. Where there is nobody to ask (a script run with -NonInteractive, or without a terminal), -Confirm is an error.",
    'The preference variables set the default for the whole session: $ErrorActionPreference, $WarningPreference, $InformationPreference, $VerbosePreference, $DebugPreference, $ProgressPreference. A parameter given to one command wins over them.',
    '  Get-EntraIDUser -Filter "department eq \'Sales\'" | New-EntraIDUserTemporaryAccessPass -WhatIf\n  \'a@contoso.onmicrosoft.com\', \'b@contoso.onmicrosoft.com\' | New-EntraIDUserTemporaryAccessPass -ErrorAction SilentlyContinue -ErrorVariable failed\n  $ErrorActionPreference = \'Stop\'',
  ],
  seeAlso: ['about_EntraShell', 'Get-Help', 'Write-Error', 'Write-Verbose'],
};
