import type { AboutTopic } from './topic.js';

export const aboutSecrets: AboutTopic = {
  name: 'about_Secrets',
  synopsis:
    'How entra-shell keeps passes, client secrets, access tokens and passwords out of the history file, transcripts, logs, verbose output and error messages, and which files it makes readable by you alone.',
  body: [
    "A session knows which values are secrets: every Temporary Access Pass it issues; every value given to a secret parameter, such as -ClientSecret, -AccessToken, -CertificatePassword or -CertificateBase64Encoded of Connect-EntraID, -String of ConvertTo-SecureString, or any SecureString or PSCredential parameter, your own functions' included; and the text of every SecureString it makes. Access tokens (JSON Web Tokens, the token of a Bearer header) are recognised by their shape wherever they come from. Values shorter than six characters are not recognised by value: text that short is everywhere.",
    "History. Every line you run stays in this session's history, so Up arrow finds it, but a line that holds a secret is never written to the history file. A line holds a secret when it gives a typed-in value to a secret parameter, whatever the spelling (a shortened name such as -Acce for -AccessToken, an alias, the -Name:value form, a value by position, a hashtable splatted in the same line, a value piped into ConvertTo-SecureString); when it makes a credential from typed-in text; when it holds a pass, token or secret the session knows, or anything shaped like a token; when it assigns a string that looks like a pass to a variable; or, as PSReadLine decides, when it mentions password, asplaintext, token, apikey or secret other than as a variable or as a parameter given a variable or a command's output.",
    "  $pw = ConvertTo-SecureString 'pfx-password' -AsPlainText   # kept out of the file\n  $pw = Read-Host -AsSecureString                            # written: nothing secret in it\n  Connect-EntraID -ClientId $appId -Tenant contoso.onmicrosoft.com -CertificatePath ./app.pfx -CertificatePassword $pw",
    'Files. A file that receives a secret is readable and writable by you alone (mode 600), whatever objects carried the secret there: a pass record, Select-Object of its properties, a calculated property, a [pscustomobject] or a string built from it, or a CSV file of passes read back with Import-Csv. The file is created with that mode, or an existing file (one you append to) is replaced by an owner-only copy before the secret is written, so nobody who opened it earlier can read it; -Verbose says when this happens. Export-Csv and transcripts do this today, and every command that writes files asks the same question.',
    '  Get-EntraIDUser -Filter "department eq \'Sales\'" | New-EntraIDUserTemporaryAccessPass | Select-Object UserPrincipalName, TemporaryAccessPass | Export-Csv ./passes.csv -Verbose',
    'Transcripts. Start-Transcript records what you run and what the shell shows, in a file readable by you alone. A command line that would be kept out of the history file is recorded as "<command line not recorded: it holds a secret>", and passes, tokens and other secrets the session knows are replaced by asterisks in the recorded output. Your screen still shows them.',
    'Streams and errors. Verbose, debug and warning messages and error messages (including the line an error points at, and the records kept in $Error) have every secret the session knows, and every token-shaped value, replaced by asterisks, whichever command or script wrote them. Output and Write-Host text are left as they are: showing a pass you have just issued is the point.',
    'What is not caught: a secret shorter than six characters given other than to a secret parameter; a pass that a table wraps over two lines, in a transcript; a pass column renamed before it was saved, read back in a later session.',
  ],
  seeAlso: [
    'about_EntraShell',
    'about_Temporary_Access_Pass',
    'Start-Transcript',
    'Export-Csv',
    'ConvertTo-SecureString',
    'Connect-EntraID',
  ],
};
