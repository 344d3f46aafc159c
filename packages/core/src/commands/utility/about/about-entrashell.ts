import type { AboutTopic } from './topic.js';

export const aboutEntraShell: AboutTopic = {
  name: 'about_EntraShell',
  synopsis: 'What entra-shell is, how its two modes start, and the keys of the interactive shell.',
  body: [
    'entra-shell is a PowerShell-style shell for Microsoft Entra ID administration. Command lines written for PnP PowerShell work as pasted: the PnP names (New-PnPEntraIDUserTemporaryAccessPass, Get-PnPEntraIDUser, Connect-PnPOnline) are aliases of its own commands. Commands write objects, not text; what you see on screen is drawn from those objects at the end of the pipeline, so Select-Object, Where-Object, Sort-Object, Export-Csv and ConvertTo-Json work on the real properties.',
    'Started in a terminal, entra-shell opens the interactive shell, already connected to the built-in demo tenant (see about_Demo_Tenant). The prompt always says where you are: "PS demo:contoso.onmicrosoft.com>" on the demo tenant, "PS contoso.onmicrosoft.com>" on a real one. Started with -Command, -File or a script on standard input, it runs that script and exits; scripts start unconnected, so they must say Connect-EntraID -Demo or connect to a real tenant, and no script issues demo passes by mistake.',
    'To work on a real tenant, connect with the client id of your own app registration, in a browser or with a code on another device, then check who you are and what you may do:',
    "  $appId = '<client id of your app registration>'\n  Connect-EntraID -Tenant contoso.onmicrosoft.com -ClientId $appId\n  Connect-EntraID -Tenant contoso.onmicrosoft.com -ClientId $appId -DeviceLogin\n  Get-EntraIDConnection",
    'Keys in the interactive shell: Tab completes commands, parameters, values, variables, paths and user names (Shift+Tab goes back, Ctrl+Space shows all matches); Up and Down walk the history and Ctrl+R searches it; the dim text after the cursor is a guess from your history, and Right arrow accepts it; Enter on an unfinished line (an open quote, bracket or a trailing |) continues on a ">>" line; Ctrl+C stops the running command, or clears the line; Ctrl+L clears the screen; Ctrl+D on an empty line, or exit, quits.',
    'History is kept in $XDG_STATE_HOME/entra-shell/history (else ~/.local/state/entra-shell/history), readable by you alone. A line that may hold a secret you typed (it mentions a password, token, API key or secret, and the value is written out rather than taken from a variable or a command) stays in memory for this session, so Up arrow still finds it, and is never written to the file. Pass values, secrets and access tokens never appear in verbose output or error messages.',
  ],
  seeAlso: ['about_Temporary_Access_Pass', 'about_Bulk_Issuance', 'about_Demo_Tenant', 'about_EntraShell_Language', 'about_CommonParameters', 'Get-Command', 'Connect-EntraID'],
};
