import type { AboutTopic } from './topic.js';

export const aboutEntraShellLanguage: AboutTopic = {
  name: 'about_EntraShell_Language',
  synopsis: 'The part of the PowerShell language entra-shell understands, and what it leaves out.',
  body: [
    'entra-shell reads command lines and scripts with the PowerShell 7 rules: commands with named, positional and switch parameters (-Name value, -Name:value, -Switch:$false), barewords, splatting (@params), pipelines, and expressions wherever PowerShell allows them.',
    'Values: strings in single and double quotes with $variable and $(sub-expression) expansion, here-strings, numbers (with kb/mb/gb and hex), $true, $false, $null, arrays (1, 2, 3 and @( )), ranges (1..10), hashtables (@{ } and [ordered]@{ }), [pscustomobject]@{ } records, script blocks, dates, time spans and GUIDs, with casts such as [int], [string], [datetime], [guid] and [string[]].',
    'Operators: arithmetic, assignment (=, +=, -= ...), comparison (-eq, -ne, -gt, -lt, -ge, -le, -like, -match, -contains, -in and their -c and -i forms, -notlike, -notmatch, -notcontains, -notin), -replace, -split, -join, -f, -and, -or, -xor, -not, -is, -as, member access and method calls ($user.DisplayName, (Get-Date).AddDays(1)), indexing ($a[0], $a[-1], $h["key"]) and the static members [math]::Round and [datetime]::Now.',
    "Statements: if / elseif / else, foreach, for, while, do / while, do / until, switch (with -Wildcard, -Regex, -Exact, -CaseSensitive and script-block cases), break and continue, try / catch / finally, throw, return, and functions and filters with param() blocks, [Parameter()] attributes, validation attributes, pipeline input and begin / process / end blocks. [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')] gives a function -WhatIf and -Confirm, and advanced functions have $PSCmdlet (ShouldProcess, ShouldContinue, WriteVerbose, WriteError, ThrowTerminatingError, ParameterSetName, MyInvocation).",
    'Automatic variables: $_ and $PSItem, $args, $input, $Matches, $Error, $?, $PWD, $HOME, $PSBoundParameters and $PSCmdlet in functions, and the preference variables such as $ErrorActionPreference and $WhatIfPreference.',
    'Not supported: classes and enums, trap, loop labels, switch -File, modules and Import-Module, running other script files or external programs (so $LASTEXITCODE is never set), and .NET types beyond the ones named above. Each of them is refused with an error that says so, never silently ignored.',
  ],
  seeAlso: ['about_EntraShell', 'about_CommonParameters', 'Get-Command'],
};
