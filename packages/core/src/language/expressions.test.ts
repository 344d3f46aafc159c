/**
 * Expression and statement shapes: operator precedence and associativity, casts and type
 * literals, member access and calls, assignments, keyword statements. Trees are printed as
 * compact S-expressions so expectations read like the code they describe.
 */
import { describe, expect, it } from 'vitest';
import { parseScript } from './parse-script.js';
import { parse } from './test-support/sexpr.js';

describe('operator precedence (as PowerShell)', () => {
  it.each([
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['(1 + 2) * 3', '(* (paren (+ 1 2)) 3)'],
    ['10 - 2 - 3', '(- (- 10 2) 3)'],
    ['8 / 2 % 3', '(% (/ 8 2) 3)'],
    ["'{0}:{1}' -f 1, 2 + 1", "(+ (-f '{0}:{1}' (, 1 2)) 1)"],
    ['1..3 + 4', '(+ (.. 1 3) 4)'],
    ['1..$n', '(.. 1 $n)'],
    ['$a -lt 2 -and $b -gt 2 -or $c', '(-or (-and (-lt $a 2) (-gt $b 2)) $c)'],
    ['$a -xor $b -and $c', '(-and (-xor $a $b) $c)'],
    ['$a -band 1 -eq 1', '(-band $a (-eq 1 1))'],
    ['$a + 1 -eq $b * 2', '(-eq (+ $a 1) (* $b 2))'],
    ['1,2 -join ","', '(-join (, 1 2) ",")'],
    ['1,2 + 3', '(+ (, 1 2) 3)'],
    ['-not $a -eq $b', '(-eq (-not $a) $b)'],
    ['!$a -and $b', '(-and (! $a) $b)'],
    ['-split $s', '(-split $s)'],
    ["$s -split ','", "(-split $s ',')"],
    ['-join $parts', '(-join $parts)'],
    ["-join 'a','b'", "(, (-join 'a') 'b')"],
    ['- $x + 1', '(+ (- $x) 1)'],
    ['-1', '(- 1)'],
    ['5 -1', '(- 5 1)'],
    ['$x -is [string]', '(-is $x [string])'],
    ['$x -as [int] -eq 5', '(-eq (-as $x [int]) 5)'],
    ["$u.Mail -replace '@.*$', '' -like '*x*'", "(-like (-replace (. $u Mail) (, '@.*$' '')) '*x*')"],
    ['$a -in 1, 2, 3', '(-in $a (, 1 2 3))'],
    ['$list -contains $x', '(-contains $list $x)'],
    ['$a -shl 2', '(-shl $a 2)'],
    ['$a -ne $null -and $a.Count -ge 1', '(-and (-ne $a $null) (-ge (. $a Count) 1))'],
  ])('%s', (source, expected) => {
    expect(parse(source)).toBe(expected);
  });

  it('operators are case-insensitive; -c/-i variants set the flag and normalise', () => {
    expect(parse('$a -EQ 1')).toBe('(-eq $a 1)');
    expect(parse('$a -CEQ "X"')).toBe('(-eq:c $a "X")');
    expect(parse('$a -ieq "X"')).toBe('(-eq $a "X")');
    expect(parse("$a -cmatch '^A'")).toBe("(-match:c $a '^A')");
    expect(parse("$a -CReplace 'a', 'b'")).toBe("(-replace:c $a (, 'a' 'b'))");
    expect(parse("-csplit $a")).toBe('(-split:c $a)');
    expect(parse('$a \u2013eq 1')).toBe('(-eq $a 1)');
  });

  it('allows a newline after a binary operator and a comma', () => {
    expect(parse('$a -and\n  $b')).toBe('(-and $a $b)');
    expect(parse('1,\n2')).toBe('(, 1 2)');
  });
});

describe('casts, types, members', () => {
  it.each([
    ["[datetime]'2026-12-01T08:00'", "([datetime] '2026-12-01T08:00')"],
    ['[datetime]::UtcNow', '(:: [datetime] UtcNow)'],
    ['[guid]::NewGuid()', '(::call [guid] NewGuid)'],
    ['[System.Guid]::Parse($s).ToString()', '(.call (::call [System.Guid] Parse $s) ToString)'],
    ['[string[]]$list', '([string[]] $list)'],
    ['[int] $x', '([int] $x)'],
    ['[int]-1', '([int] (- 1))'],
    ["[int]'5' + 1", "(+ ([int] '5') 1)"],
    ['[int]$s.Length', '([int] (. $s Length))'],
    ['[int][string]$x', '([int] ([string] $x))'],
    ['[bool]', '[bool]'],
    ['[System.Collections.Generic.List[string]]::new()', '(::call [System.Collections.Generic.List[string]] new)'],
    ['[Dictionary[string,int]]', '[Dictionary[string,int]]'],
    ['[int[,]]', '[int[,]]'],
    ['[ordered]@{ b = 2; a = 1 }', '(ordered @{ b=2 a=1})'],
    ['(Get-Date).AddHours(2)', '(.call (paren (cmd Get-Date)) AddHours 2)'],
    ['(Get-Date).AddHours(2) - (Get-Date)', '(- (.call (paren (cmd Get-Date)) AddHours 2) (paren (cmd Get-Date)))'],
    ['$a.b.c(1, 2)[0]', '([] (.call (. $a b) c 1 2) 0)'],
    ['$a.Split(",", 2)', '(.call $a Split "," 2)'],
    ['$a.Foo((1, 2))', '(.call $a Foo (paren (, 1 2)))'],
    ["$a.'odd name'", "(. $a 'odd name')"],
    ['$a.$prop', '(. $a $prop)'],
    ['$a.("Na" + "me")', '(. $a (paren (+ "Na" "me")))'],
    ['$t::Value', '(:: $t Value)'],
    ['$a[-1]', '([] $a (- 1))'],
    ['$a[1, 2]', '([] $a (, 1 2))'],
    ["$h['key'].Length", "(. ([] $h 'key') Length)"],
    ['$h.Keys.Count', '(. (. $h Keys) Count)'],
    ['$s.ToUpper(\n)', '(.call $s ToUpper)'],
  ])('%s', (source, expected) => {
    expect(parse(source)).toBe(expected);
  });

  it('binds member access and indexing only without whitespace', () => {
    expect(() => parseScript('$a .b')).toThrow("Unexpected token '.' in expression or statement.");
    expect(() => parseScript('$a [0]')).toThrow();
  });
});

describe('primaries', () => {
  it.each([
    ['@()', '(@ )'],
    ['@(Get-X; 1)', '(@ (cmd Get-X); 1)'],
    ['$(1; 2)', '($ 1; 2)'],
    ['@{}', '(@{ })'],
    ["@{ Name = 'x'\n  Expression = { $_.Mail }\n}", "(@{ Name='x' Expression={ $_.Mail }})"],
    ["@{ 'quoted key' = 1; 2 = 'two'; $k = 3; (1 + 1) = 4 }", "(@{ 'quoted key'=1 2='two' $k=3 (paren (+ 1 1))=4})"],
    ['@{ Now = Get-Date -Format o }', '(@{ Now=(cmd Get-Date -Format o)})'],
    ['{ $_.Name -eq "x" }', '{ $_.Name -eq "x" }'],
    [',1', '(, 1)'],
    ['$true, $false, $null', '(, $true $false $null)'],
    ['$env:USERNAME', '$env:USERNAME'],
    ['${my var}', '$my var'],
    ['${env:ProgramFiles(x86)}', '$env:ProgramFiles(x86)'],
    ['$global:count', '$global:count'],
    ['$_', '$_'],
    ['$PSItem', '$PSItem'],
    ['$?', '$?'],
    ['$$', '$$'],
  ])('%s', (source, expected) => {
    expect(parse(source)).toBe(expected);
  });
});

describe('statements', () => {
  it.each([
    ['$x = 1', '(= $x 1)'],
    ['$x += 1; $y -= 2; $z *= 3; $w /= 4; $v %= 5', '(+= $x 1); (-= $y 2); (*= $z 3); (/= $w 4); (%= $v 5)'],
    ["$h['k'] = 1", "(= ([] $h 'k') 1)"],
    ['$u.Mail = "a@b.c"', '(= (. $u Mail) "a@b.c")'],
    ['$a, $b = 1, 2', '(= (, $a $b) (, 1 2))'],
    ["[int]$n = '5'", "(= ([int] $n) '5')"],
    ['$x =\n  Get-X -A 1', '(= $x (cmd Get-X -A 1))'],
    ['$x = $y = 2', '(= $x (= $y 2))'],
    ['$x = if ($a) { 1 } else { 2 }', '(= $x (if $a {1} else {2}))'],
    ['$i++', '($i ++)'],
    ['++$i', '(++ $i)'],
    ['--$i', '(-- $i)'],
    ['if ($a) { 1 }', '(if $a {1})'],
    ['if ($a) { 1 } elseif ($b) { 2 } elseif ($c) { 3 } else { 4 }', '(if $a {1} elseif $b {2} elseif $c {3} else {4})'],
    ['if ($a)\n{\n  1\n}\nelse\n{\n  2\n}', '(if $a {1} else {2})'],
    ['if (Test-X -A 1) { }', '(if (cmd Test-X -A 1) {})'],
    ['if ($x = Get-X) { $x }', '(if (= $x (cmd Get-X)) {$x})'],
    ['IF ($a) { 1 } ELSE { 2 }', '(if $a {1} else {2})'],
    ['foreach ($u in $users) { $u.Mail }', '(foreach $u $users {(. $u Mail)})'],
    ['foreach ($u in Get-X -A 1) { }', '(foreach $u (cmd Get-X -A 1) {})'],
    ['foreach ($i in 1..3) { if ($i -eq 2) { continue }; $i }', '(foreach $i (.. 1 3) {(if (-eq $i 2) {(continue)}); $i})'],
    ['while ($i -lt 3) { $i; $i++ }', '(while (-lt $i 3) {$i; ($i ++)})'],
    ['while (Test-X -A 1) { }', '(while (cmd Test-X -A 1) {})'],
    ['WHILE\n($a)\n{\n  1\n}', '(while $a {1})'],
    ['while ($a) { 1 } 2', '(while $a {1}); 2'],
    ["do { 'x' } while ($false)", "(do-while {'x'} $false)"],
    ['do { $n++ } until ($n -ge 3); $n', '(do-until {($n ++)} (-ge $n 3)); $n'],
    ['do\n{\n  1\n}\nUntil\n(\n  $done\n)', '(do-until {1} $done)'],
    ['do { 1 } while ($a) 2', '(do-while {1} $a); 2'],
    ['for ($i = 0; $i -lt 5; $i++) { $i }', '(for (= $i 0) (-lt $i 5) ($i ++) {$i})'],
    ['for ($i = 10; $i -gt 0; $i -= 2) { }', '(for (= $i 10) (-gt $i 0) (-= $i 2) {})'],
    ['for (;;) { break }', '(for _ _ _ {(break)})'],
    ['for ($i = 0;;) { }', '(for (= $i 0) _ _ {})'],
    ['for (; $i -lt 3;) { }', '(for _ (-lt $i 3) _ {})'],
    ['for (;; $i++) { }', '(for _ _ ($i ++) {})'],
    ['for ($i = 0\n  $i -lt 3\n  $i++)\n{ }', '(for (= $i 0) (-lt $i 3) ($i ++) {})'],
    ['$r = while ($a) { 1 }', '(= $r (while $a {1}))'],
    ['try { Get-X } catch { $_ }', '(try {(cmd Get-X)} catch {$_})'],
    [
      'try { 1 } catch [System.Net.WebException], [System.IO.IOException] { 2 } catch { 3 } finally { 4 }',
      '(try {1} catch [System.Net.WebException] [System.IO.IOException] {2} catch {3} finally {4})',
    ],
    ['try { 1 }\nfinally { 2 }', '(try {1} finally {2})'],
    ['throw', '(throw)'],
    ['throw "Boom"', '(throw "Boom")'],
    ['return $x', '(return $x)'],
    ['exit 1', '(exit 1)'],
    ['exit', '(exit)'],
    ['break', '(break)'],
    ['continue outer', '(continue outer)'],
    ['if ($a) { 1 } 2', '(if $a {1}); 2'],
    ['Get-X; Get-Y\nGet-Z', '(cmd Get-X); (cmd Get-Y); (cmd Get-Z)'],
    [';;\n\n Get-X ;', '(cmd Get-X)'],
    ['Get-X # comment\n<# block\ncomment #> Get-Y', '(cmd Get-X); (cmd Get-Y)'],
    ['Get-X | Get-Y | Get-Z', '(| (cmd Get-X) (cmd Get-Y) (cmd Get-Z))'],
    ['Get-X |\n  Get-Y', '(| (cmd Get-X) (cmd Get-Y))'],
    ['Get-X\n  | Get-Y\n  | Get-Z', '(| (cmd Get-X) (cmd Get-Y) (cmd Get-Z))'],
    ['Get-X\n\n# note\n| Get-Y', '(| (cmd Get-X) (cmd Get-Y))'],
    ['1..3 | ForEach-Object { $_ * 2 }', '(| (.. 1 3) (cmd ForEach-Object { $_ * 2 }))'],
    ['$users | foreach { $_ }', '(| $users (cmd foreach { $_ }))'],
  ])('%s', (source, expected) => {
    expect(parse(source)).toBe(expected);
  });
});

describe('commands', () => {
  it.each([
    ['& $cmd -A 1', '(cmd & $cmd -A 1)'],
    ["& 'Get-Date'", "(cmd & 'Get-Date')"],
    ['&{ $_ } 1', '(cmd & { $_ } 1)'],
    ['. .\\setup.ps1', '(cmd . .\\setup.ps1)'],
    ['.\\script.ps1 -A 1', '(cmd .\\script.ps1 -A 1)'],
    ['7z a x.zip', '(cmd 7z a x.zip)'],
    ['Get-X -A -B', '(cmd Get-X -A -B)'],
    ['Get-X -A:-1', '(cmd Get-X -A:-1)'],
    ['Get-X -A:-B', '(cmd Get-X -A:-B)'],
    ['Get-X -A: 1,2', '(cmd Get-X -A:(, 1 2))'],
    ['Get-X -A:(1 + 1)', '(cmd Get-X -A:(paren (+ 1 1)))'],
    ['Get-X -- -A --', '(cmd Get-X -A --)'],
    ['Get-X --foo', '(cmd Get-X --foo)'],
    ['Get-X - a', '(cmd Get-X - a)'],
    ['Get-X -_x -?', '(cmd Get-X -_x -?)'],
    ["Get-X -foo'bar'", '(cmd Get-X -foobar)'],
    ['Get-X a , b ,\n c', '(cmd Get-X (, a b c))'],
    ['Get-X $a,$b', '(cmd Get-X (, $a $b))'],
    ['Get-X [int] a=b x:y', '(cmd Get-X [int] a=b x:y)'],
    ['Get-X $a.b.c', '(cmd Get-X (. (. $a b) c))'],
    ['Get-X "a".Length', '(cmd Get-X (. "a" Length))'],
    ['Get-X (Get-Y)x', '(cmd Get-X (paren (cmd Get-Y)) x)'],
    ['Get-X $(1) @(2) @{a=1} {3}', '(cmd Get-X ($ 1) (@ 2) (@{ a=1}) {3})'],
    ['Get-X -Filter {Name -like "a*"}', '(cmd Get-X -Filter {Name -like "a*"})'],
    ['Get-X -A 1 `\n  -B 2', '(cmd Get-X -A 1 -B 2)'],
    // A blank after the backtick makes it plain whitespace: the newline then ends the statement.
    ['Get-X `  \n  -B 2', '(cmd Get-X); (cmd -B 2)'],
    ['Get-X `\r\n  -B 2', '(cmd Get-X -B 2)'],
  ])('%s', (source, expected) => {
    expect(parse(source)).toBe(expected);
  });

  it('keeps the parameter text as typed', () => {
    const [statement] = parseScript('Get-X -IsUseableOnce:$true -confirm:$false \u2014Force').statements;
    if (statement?.type !== 'Pipeline' || statement.elements[0]?.type !== 'Command') throw new Error('expected a command');
    const elements = statement.elements[0].elements;
    expect(elements.map((e) => (e.type === 'CommandParameter' ? [e.name, e.text, e.colonArgument?.type] : e.type))).toEqual([
      ['IsUseableOnce', '-IsUseableOnce:', 'Variable'],
      ['confirm', '-confirm:', 'Variable'],
      ['Force', '\u2014Force', undefined],
    ]);
  });

  it('a backtick glued to a word escapes the newline into the word, as in PowerShell', () => {
    expect(parse('Get-X a`\n  -B 2')).toBe('(cmd Get-X a\n -B 2)');
  });
});
