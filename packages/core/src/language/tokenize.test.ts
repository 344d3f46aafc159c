/**
 * Tokens for colouring: every character covered exactly once, classes as PSReadLine colours them
 * (a word is a command only where it would run as one), erroneous and unfinished input included.
 */
import { describe, expect, it } from 'vitest';
import { highlightTokens, tokenize } from './tokenize.js';
import type { HighlightToken } from './tokens.js';

function classes(text: string): string[] {
  return highlightTokens(text)
    .filter((h) => text.slice(h.start, h.end).trim() !== '')
    .map((h) => `${h.kind}:${text.slice(h.start, h.end)}`);
}

function expectCovers(text: string, runs: readonly HighlightToken[]): void {
  let pos = 0;
  for (const run of runs) {
    expect(run.start).toBe(pos);
    expect(run.end).toBeGreaterThan(run.start);
    pos = run.end;
  }
  expect(pos).toBe(text.length);
}

describe('highlightTokens', () => {
  it('classifies a command line the way PSReadLine colours it', () => {
    expect(classes("New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com -StartDateTime (Get-Date).AddHours(2) -IsUseableOnce:$true # TAP")).toEqual([
      'command:New-PnPEntraIDUserTemporaryAccessPass',
      'parameter:-Identity',
      'text:johndoe@contoso.onmicrosoft.com',
      'parameter:-StartDateTime',
      'punctuation:(',
      'command:Get-Date',
      'punctuation:)',
      'operator:.',
      'member:AddHours',
      'punctuation:(',
      'number:2',
      'punctuation:)',
      'parameter:-IsUseableOnce:',
      'variable:$true',
      'comment:# TAP',
    ]);
  });

  it('colours variables inside expandable strings and barewords separately', () => {
    expect(classes('Write-Host "Hi $name, $($u.Mail)!" $env:USERNAME@x')).toEqual([
      'command:Write-Host',
      'string:"Hi ',
      'variable:$name',
      'string:, ',
      'punctuation:$(',
      'variable:$u',
      'operator:.',
      'member:Mail',
      'punctuation:)',
      'string:!"',
      'variable:$env:USERNAME',
      'text:@x',
    ]);
  });

  it('knows keywords, types, static members, operators and hashtable keys', () => {
    expect(classes("if ($d -lt [datetime]::Now) { $h = @{ Name = 'x' } } else { throw 'late' }")).toEqual([
      'keyword:if',
      'punctuation:(',
      'variable:$d',
      'operator:-lt',
      'type:[datetime]',
      'operator:::',
      'member:Now',
      'punctuation:)',
      'punctuation:{',
      'variable:$h',
      'operator:=',
      'punctuation:@{',
      'member:Name',
      'operator:=',
      "string:'x'",
      'punctuation:}',
      'punctuation:}',
      'keyword:else',
      'punctuation:{',
      'keyword:throw',
      "string:'late'",
      'punctuation:}',
    ]);
  });

  it('colours a word as a command only in command position', () => {
    expect(classes('Get-X Get-Y | Get-Z; Get-W')).toEqual(['command:Get-X', 'text:Get-Y', 'operator:|', 'command:Get-Z', 'punctuation:;', 'command:Get-W']);
    expect(classes('$users | foreach { $_ }')).toEqual(['variable:$users', 'operator:|', 'command:foreach', 'punctuation:{', 'variable:$_', 'punctuation:}']);
  });

  it('shows an unterminated string as a string while it is typed', () => {
    expect(classes("Get-Thing 'abc def")).toEqual(['command:Get-Thing', "string:'abc def"]);
    expect(classes('Get-Thing "abc $x')).toEqual(['command:Get-Thing', 'string:"abc ', 'variable:$x']);
  });

  it('marks the offending token and keeps colouring after it', () => {
    expect(classes('Get-X ) -Name $a')).toEqual(['command:Get-X', 'error:)', 'command:-Name', 'variable:$a']);
    expect(classes('$a $b + 1')).toEqual(['variable:$a', 'error:$b', 'operator:+', 'number:1']);
    expect(classes('Get-X -Name:')).toEqual(['command:Get-X', 'error:-Name:']);
  });

  it.each([
    '',
    ' ',
    'Get-X',
    "Get-Thing 'abc",
    'if ($x) {',
    '"a $(Get-Date b',
    '@"\nunfinished $x',
    '<# open comment',
    'Get-X `',
    '} ) ] | | ;',
    '$a.Foo(1,',
    "O'Brien 'x' \"y\" @{",
    '\t\r\n\u00a0Get-X\r\n',
    '((((',
    'Write-Output `u{zz} "`u{zz}"',
  ])('covers every character of %j', (text) => {
    expectCovers(text, highlightTokens(text));
  });
});

describe('tokenize', () => {
  it('returns tokens in order with kinds, text, spans and roles', () => {
    const tokens = tokenize('Get-X -A 1 | Select-Object Name\n$x.Count');
    expect(tokens.map((t) => [t.kind, t.text, t.role])).toEqual([
      ['Generic', 'Get-X', 'command'],
      ['Parameter', '-A', undefined],
      ['Number', '1', undefined],
      ['Operator', '|', undefined],
      ['Generic', 'Select-Object', 'command'],
      ['Generic', 'Name', undefined],
      ['NewLine', '\n', undefined],
      ['Variable', '$x', undefined],
      ['Operator', '.', undefined],
      ['Identifier', 'Count', 'member'],
    ]);
    expect(tokens[7]?.span).toEqual({ start: 32, end: 34, line: 2, column: 1 });
  });

  it('nests the tokens of an expandable string inside it', () => {
    const [, string] = tokenize('Write-Host "a $b c"');
    expect(string).toMatchObject({ kind: 'String', text: '"a $b c"' });
    expect(string?.nested?.map((t) => t.text)).toEqual(['$b']);
  });

  it('records comments and line continuations', () => {
    const tokens = tokenize('Get-X `\n  -A 1 <# why #> # done');
    expect(tokens.filter((t) => t.kind === 'Comment' || t.kind === 'LineContinuation').map((t) => t.text)).toEqual(['`\n', '<# why #>', '# done']);
  });

  it('flags the culprit of a parse error', () => {
    const tokens = tokenize('Get-X | | Get-Y');
    expect(tokens.filter((t) => t.inError).map((t) => t.text)).toEqual(['|']);
  });
});
