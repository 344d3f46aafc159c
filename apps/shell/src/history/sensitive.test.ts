import { parseScript } from '@entra-shell/core';
import { describe, expect, it } from 'vitest';
import { historyDestination } from './sensitive.js';

/** The real parser; a line that does not parse yields undefined. */
function parse(text: string): object | undefined {
  try {
    return parseScript(text);
  } catch {
    return undefined;
  }
}

const destination = (line: string): string => historyDestination(line, parse);

describe('the sensitive-line rule', () => {
  it.each([
    'Get-Date',
    'New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com',
    'Get-PnPEntraIDUser -Identity johndoe@contoso.onmicrosoft.com | New-PnPEntraIDUserTemporaryAccessPass -StartDateTime (Get-Date).AddMinutes(10) -LifeTimeInMinutes 15 -IsUseableOnce:$false',
  ])('writes ordinary lines to the file: %s', (line) => {
    expect(destination(line)).toBe('file');
  });

  it.each([
    // a parameter whose value is a variable or a (command)
    'Connect-EntraID -Tenant contoso -ClientId $id -ClientSecret $secret',
    'Connect-EntraID -ClientSecret:$s',
    'Connect-EntraID -AccessToken (Get-Content jwt.txt)',
    'Connect-EntraID -AccessToken $(Get-Jwt)',
    'Connect-EntraID -CertificatePassword $certPassword.Value',
    // a switch with no value
    'ConvertTo-SecureString $plain -AsPlainText -Force',
    'ConvertTo-SecureString $plain -AsPlainText',
    // a variable that is used, or assigned something other than a literal
    '$token.Length',
    'Write-Output $apiKey',
    '$secret = Read-Host -AsSecureString',
    '$token = Get-Jwt',
  ])('writes harmless uses of sensitive words to the file: %s', (line) => {
    expect(destination(line)).toBe('file');
  });

  it.each([
    "$secret = 'abc'",
    '$Password = "P@ssw0rd!"',
    '[string]$token = "eyJ0eXAi"',
    '$apikey = 12345',
    '$secrets = @("a", "b")',
    'Get-Date -ClientSecret abc',
    "Connect-EntraID -ClientSecret 'abc' -Tenant contoso",
    'Connect-EntraID -ClientSecret:abc',
    'Connect-EntraID -AccessToken eyJ0eXAiOiJKV1Qi',
    'Connect-EntraID -CertificatePassword ("pw")',
    'Write-Output "my secret is xyz"',
    'Get-Date # password is hunter2',
    'Get-AzAccessToken',
    "$h = @{ ClientSecret = 'abc' }",
    // As in PSReadLine: a sensitive member name or a literal word is not one of the harmless cases.
    '$cred.Password',
    'Connect-EntraID -AccessToken (Get-Content token.txt)',
    'Get-Token',
  ])('keeps sensitive lines out of the file: %s', (line) => {
    expect(destination(line)).toBe('memory');
  });

  it('keeps a sensitive line that does not parse out of the file', () => {
    expect(destination("$secret = 'abc")).toBe('memory');
    expect(destination("Get-Date 'abc")).toBe('file');
  });

  it('judges every match: one harmful use is enough', () => {
    expect(destination('Connect-EntraID -ClientSecret $s; $token = "x"')).toBe('memory');
    expect(destination('Connect-EntraID -ClientSecret $s; Write-Output $token')).toBe('file');
  });

  it('handles multi-line entries', () => {
    expect(destination('if ($true) {\n  $secret = "abc"\n}')).toBe('memory');
    expect(destination('if ($true) {\n  Connect-EntraID -ClientSecret $s\n}')).toBe('file');
  });
});
