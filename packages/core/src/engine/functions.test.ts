/**
 * Script functions end to end through a session: definition, binding through the cmdlet binder
 * (named, positional, switches, defaults, types, mandatory, pipeline), begin/process/end, return,
 * scopes, recursion, precedence over cmdlets, Get-Command, and script blocks with param blocks.
 */
import { describe, expect, it } from 'vitest';
import { utilityCmdlets } from '../commands/utility/index.js';
import { collect, createSession } from '../session/index.js';
import { ScriptedHost } from '../pipeline/hosts.js';
import { PSObject } from '../values/model.js';
import { memoryEnvironment } from './scope.js';

function session() {
  return createSession({ commands: utilityCmdlets, environment: memoryEnvironment({}) });
}
async function run(script: string, s = session()) {
  return collect(s.run(script));
}
function messages(r: Awaited<ReturnType<typeof run>>): string[] {
  return r.errors.map((e) => e.message);
}

describe('defining and calling functions', () => {
  it('a function without parameters emits its output; names are case-insensitive', async () => {
    const r = await run(`function Get-Greeting { 'hello'; 1 + 1 }
Get-Greeting
get-greeting`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['hello', 2, 'hello', 2]);
  });

  it('binds named (unique prefix), positional and switch parameters', async () => {
    const r = await run(`function Show-Thing($Name, [int]$Count = 2, [switch]$Loud) {
  $text = "$Name x$Count"
  if ($Loud) { $text.ToUpper() } else { $text }
}
Show-Thing a
Show-Thing -Name b -Count 3
Show-Thing c 4 -Loud
Show-Thing -Cou 5 -N d
Show-Thing -Loud:$false e`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual(['a x2', 'b x3', 'C X4', 'd x5', 'e x2']);
  });

  it('converts typed parameters and reports failures in PowerShell wording', async () => {
    const r = await run(`function Add-One([int]$n) { $n + 1 }
Add-One '41'
Add-One abc
function When([datetime]$at) { $at.Year }
When '2026-12-01T08:00'`);
    expect(r.output).toEqual([42, 2026]);
    expect(messages(r)).toEqual([
      `Cannot process argument transformation on parameter 'n'. Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."`,
    ]);
  });

  it('string[] parameters take one value or several; untyped ones keep arrays', async () => {
    const r = await run(`function Count-Them([string[]]$Items, $Other) { $Items.Count; $Other.Count }
Count-Them a
Count-Them a,b,c -Other 1,2`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual([1, 0, 3, 2]);
  });

  it('defaults are evaluated at call time and may use earlier parameters', async () => {
    const r = await run(`$base = 10
function Get-Sum($a = $base, $b = $a * 2) { $a + $b }
Get-Sum
$base = 1
Get-Sum
Get-Sum 5 1`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual([30, 3, 6]);
  });

  it('unbound typed parameters start empty: "" for [string], 0 for [int], $false for [switch]', async () => {
    const r = await run(`function f([string]$s, [int]$n, [switch]$w, $o) { $s -eq ''; $n; $w; $null -eq $o }
f`);
    expect(r.output).toEqual([true, 0, false, true]);
  });

  it('unknown parameters and extra arguments of a simple function go to $args', async () => {
    const r = await run(`function f($a) { "a=$a"; $args.Count; $args }
f 1 2 3
f -x 1`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual(['a=1', 2, 2, 3, 'a=', 2, '-x', 1]);
  });

  it('$PSBoundParameters holds what the caller bound; ValueFromRemainingArguments collects the rest', async () => {
    const r = await run(`function f($a, $b = 2) { $PSBoundParameters.Keys -join ','; $PSBoundParameters.ContainsKey('b') }
f -a 1
f 1 3
function g { param([Parameter(Position = 0)]$First, [Parameter(ValueFromRemainingArguments)]$Rest) "$First|$($Rest -join '+')" }
g x y z`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual(['a', false, 'a,b', true, 'x|y+z']);
  });

  it('$PSBoundParameters of an advanced function also holds the common parameters given, so splatting passes them on', async () => {
    const r = await run(`function inner { [CmdletBinding()] param($a) "inner: $($PSBoundParameters.Keys -join ',') verbose=$VerbosePreference" }
function outer { [CmdletBinding()] param($a) $PSBoundParameters.ContainsKey('Verbose'); $PSBoundParameters['ErrorAction']; inner @PSBoundParameters }
outer -a 1 -Verbose -ErrorAction SilentlyContinue
outer -a 1
function plain($a) { $PSBoundParameters.Keys -join ',' }
plain -a 1`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual([
      true,
      'SilentlyContinue',
      'inner: a,Verbose,ErrorAction verbose=Continue',
      false,
      null,
      'inner: a verbose=SilentlyContinue',
      'a',
    ]);
  });

  it('a parameter may take the name of a common parameter or alias, which then gives way', async () => {
    const r = await run(`function Connect-Db($db, $Verbose) { "db=$db verbose=$Verbose" }
Connect-Db -db main -Verbose yes
Connect-Db -ErrorAction SilentlyContinue other`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual(['db=main verbose=yes', 'db=other verbose=']);
  });

  it('an advanced function reports PowerShell binding errors', async () => {
    const r = await run(`function Get-It {
  [CmdletBinding()]
  param([Parameter(Mandatory)][string]$Name, [int]$Count)
  "$Name $Count"
}
Get-It -Name a -Count 1
Get-It -Bogus 1 -Name a
Get-It a 1 c
Get-It a b
Get-It -Count 1
'after'`);
    expect(r.output).toEqual(['a 1', 'after']);
    expect(messages(r)).toEqual([
      "A parameter cannot be found that matches parameter name 'Bogus'.",
      "A positional parameter cannot be found that accepts argument 'c'.",
      `Cannot process argument transformation on parameter 'Count'. Cannot convert value "b" to type "System.Int32". Error: "The input string 'b' was not in a correct format."`,
      'Cannot process command because of one or more missing mandatory parameters: Name.',
    ]);
    expect(r.errors[0]?.commandName).toBe('Get-It');
  });

  it('Mandatory = $true, Position, Alias and ValidateSet', async () => {
    const r = await run(`function Set-Mode {
  param(
    [Parameter(Mandatory = $true, Position = 1)][ValidateSet('on', 'off')][string]$Mode,
    [Parameter(Position = 0)][Alias('Id')]$Target
  )
  "$Target=$Mode"
}
Set-Mode t1 on
Set-Mode -Id t2 -Mode OFF
Set-Mode t3 maybe`);
    expect(r.output).toEqual(['t1=on', 't2=OFF']);
    expect(messages(r)).toEqual([
      `Cannot validate argument on parameter 'Mode'. The argument "maybe" does not belong to the set "on,off" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
    ]);
  });

  it('parameter sets from ParameterSetName, with CmdletBinding(DefaultParameterSetName); ValidateRange', async () => {
    const r = await run(`function Get-Item2 {
  [CmdletBinding(DefaultParameterSetName = 'ById')]
  param(
    [Parameter(ParameterSetName = 'ById', Position = 0)][int]$Id,
    [Parameter(ParameterSetName = 'ByName', Mandatory)][string]$Name,
    [ValidateRange(1, 5)][int]$Top = 1
  )
  "$($PSBoundParameters.Keys -join ',') top=$Top"
}
Get-Item2 7
Get-Item2 -Name x -Top 5
Get-Item2 -Top 6
Get-Item2 -Id 1 -Name x`);
    expect(r.output).toEqual(['Id top=1', 'Name,Top top=5']);
    expect(messages(r)).toEqual([
      "Cannot validate argument on parameter 'Top'. The 6 argument is greater than the maximum allowed range of 5. Supply an argument that is less than or equal to 5 and then try the command again.",
      'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
    ]);
  });

  it('common parameters act inside the body through its preference variables', async () => {
    const r = await run(`function Step { [CmdletBinding()] param() Write-Verbose 'detail'; Write-Error 'bad'; 'done' }
Step
Step -Verbose -ErrorAction SilentlyContinue
$VerbosePreference`);
    expect(r.output).toEqual(['done', 'done', 'SilentlyContinue']);
    expect(r.verbose.map((v) => v.message)).toEqual(['detail']);
    expect(messages(r)).toEqual(['bad']);
  });

  it('an interactive host is prompted for missing mandatory parameters', async () => {
    const host = new ScriptedHost({ prompts: [{ Name: 'prompted' }] });
    const s = createSession({ commands: utilityCmdlets, environment: memoryEnvironment({}), host });
    const r = await run(`function Need([Parameter(Mandatory)]$Name) { "got $Name" }
Need`, s);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual(['got prompted']);
  });
});

describe('pipeline input', () => {
  it('a process block runs per record with $_ and the ValueFromPipeline parameter', async () => {
    const r = await run(`function Double {
  param([Parameter(ValueFromPipeline)][int]$Value)
  begin { $total = 0; 'begin' }
  process { $total += $Value; if ($null -ne $_) { $_ * 2 } else { "named $Value" } }
  end { "total $total" }
}
1..3 | Double
Double -Value 5`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual(['begin', 2, 4, 6, 'total 6', 'begin', 'named 5', 'total 5']);
  });

  it('ByPropertyName binds from the properties of records (Import-Csv-like objects)', async () => {
    const s = session();
    s.variables.set('rows', [new PSObject({ UserPrincipalName: 'a@x', Department: 'IT' }), new PSObject({ UserPrincipalName: 'b@x', Department: 'HR' })]);
    const r = await run(`function Show-User {
  param(
    [Parameter(ValueFromPipelineByPropertyName)][Alias('UserPrincipalName')][string]$Upn,
    [Parameter(ValueFromPipelineByPropertyName)]$Department
  )
  process { "$Upn in $Department" }
}
$rows | Show-User`, s);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual(['a@x in IT', 'b@x in HR']);
  });

  it('a simple function takes any input: $_ in process, $input in end', async () => {
    const r = await run(`function Each { process { "item $_" } }
function All { "count $($input.Count)"; $input }
'a', 'b' | Each
'a', 'b' | All`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual(['item a', 'item b', 'count 2', 'a', 'b']);
  });

  it('a filter runs its body once per record', async () => {
    const r = await run(`filter Double { $_ * 2 }
1..3 | Double
filter Tag([string]$Prefix = 'x') { "$Prefix$_" }
'a', 'b' | Tag -Prefix p`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual([2, 4, 6, 'pa', 'pb']);
  });

  it('an advanced function without pipeline parameters refuses input', async () => {
    const r = await run(`function Strict { [CmdletBinding()] param($x) 'ran' }
1 | Strict`);
    expect(r.output).toEqual(['ran']);
    expect(messages(r)[0]).toMatch(/^The input object cannot be bound to any parameters for the command/);
  });

  it('function output flows on down the pipeline', async () => {
    const r = await run(`function Numbers { 1; 2; 3 }
Numbers | Where-Object { $_ -gt 1 } | ForEach-Object { $_ * 10 }`);
    expect(r.output).toEqual([20, 30]);
  });
});

describe('return, scope and recursion', () => {
  it('return ends the function with its value; in process it ends that record only', async () => {
    const r = await run(`function Find($x) { if ($x -gt 1) { return 'big' }; 'small' }
Find 5
Find 1
function Skip { process { if ($_ -eq 2) { return }; $_ } }
1..3 | Skip
$v = Find 9
$v`);
    expect(r.output).toEqual(['big', 'small', 1, 3, 'big']);
  });

  it('variables assigned inside are local; reads fall through to the caller', async () => {
    const r = await run(`$outer = 'o'; $count = 1
function f { $count = 99; $inner = 'i'; "$outer $count" }
f
$count
$null -eq $inner
function g { $script:count = 5 }
g
$count`);
    expect(r.output).toEqual(['o 99', 1, true, 5]);
  });

  it('a function defined inside a function is local to that call', async () => {
    const r = await run(`function Outer { function Inner { 'inner' }; Inner }
Outer
Inner`);
    expect(r.output).toEqual(['inner']);
    expect(messages(r)[0]).toMatch(/^The term 'Inner' is not recognized/);
  });

  it('recursion works; runaway recursion stops with the call depth error', async () => {
    const r = await run(`function Fact([int]$n) { if ($n -le 1) { 1 } else { $n * (Fact ($n - 1)) } }
Fact 10
function Forever { Forever }
Forever
'next'`);
    expect(r.output).toEqual([3628800, 'next']);
    expect(messages(r)).toEqual(['The script failed due to call depth overflow.']);
  });

  it('a redefinition replaces the function; functions persist across runs of a session', async () => {
    const s = session();
    await run(`function v { 1 }
function v { 2 }`, s);
    const r = await run('v', s);
    expect(r.output).toEqual([2]);
  });

  it('errors inside a function are reported and the function goes on; try catches them', async () => {
    const r = await run(`function f { Get-Nothing-Here; 'still' }
f
try { function g { throw 'boom' }; g } catch { "caught $_" }`);
    expect(r.output).toEqual(['still', 'caught boom']);
    expect(messages(r)[0]).toMatch(/^The term 'Get-Nothing-Here' is not recognized/);
  });
});

describe('functions among commands', () => {
  it('take precedence over cmdlets but not over aliases', async () => {
    const r = await run(`function Write-Output { 'mine' }
Write-Output 'x'
function echo { 'never' }
echo 'alias'`);
    expect(r.output).toEqual(['mine', 'alias']);
  });

  it('are listed by Get-Command as functions and found by name', async () => {
    const r = await run(`function Get-Widget($Size) { }
function helper { }
Get-Command Get-Widget, helper | ForEach-Object { "$($_.CommandType) $($_.Name)" }
(Get-Command -CommandType Function).Name`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual(['Function Get-Widget', 'Function helper', 'Get-Widget', 'helper']);
  });

  it('a misspelt call suggests the function', async () => {
    const r = await run(`function Get-Widget { }
Get-Widgit`);
    expect(messages(r)[0]).toContain('The most similar commands are: Get-Widget.');
  });
});

describe('script blocks with param blocks', () => {
  it('& binds arguments through the binder; Invoke and ForEach-Object pass positional arguments', async () => {
    const r = await run(`& { param($x, [int]$y = 1) $x * $y } 3 -y 4
& { param($x) $x * 2 } 5
$sb = { param([int]$n) $n + 1 }
$sb.Invoke('41')
& { $args.Count } a b`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual([12, 10, 42, 2]);
  });

  it('a script block with a process block can take pipeline input after &', async () => {
    const r = await run(`1..3 | & { process { $_ * 3 } }`);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual([3, 6, 9]);
  });
});

describe('scripts with a param block', () => {
  it('the defaults apply when a script runs without arguments', async () => {
    const r = await run(`param([string]$Greeting = 'hi', [int]$Times = 2)
1..$Times | ForEach-Object { $Greeting }`);
    expect(r.output).toEqual(['hi', 'hi']);
  });

  it('binds the script arguments (the $args of -File) to the param block, named and positional', async () => {
    const s = session();
    s.variables.set('args', ['-Times', '3', 'yo']);
    const r = await run(`param([string]$Greeting = 'hi', [int]$Times = 2)
function Say { $Greeting }
1..$Times | ForEach-Object { Say }`, s);
    expect(messages(r)).toEqual([]);
    expect(r.output).toEqual(['yo', 'yo', 'yo']);
    // The script ran in the global scope: its function stays defined.
    expect((await run('Say', s)).output).toEqual(['yo']);
  });

  it('a script argument its param block cannot take is a binding error', async () => {
    const s = session();
    s.variables.set('args', ['-Nope', 'x']);
    const r = await run(`[CmdletBinding()] param($Name)
'body'`, s);
    expect(r.output).toEqual([]);
    expect(messages(r)).toEqual(["A parameter cannot be found that matches parameter name 'Nope'."]);
  });
});
