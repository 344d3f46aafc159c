import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entraSession, type EntraSession } from '../commands/entra/test-support/entra-session.js';
import { createEntraShellSession } from '../commands/index.js';
import { collect } from '../session/collect.js';

const JWT =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20ifQ.c2lnbmF0dXJl';
/** The start of a base64-encoded PFX file: no keyword, no token shape, only its parameter says it is secret. */
const PFX =
  'MIIKcQIBAzCCCjcGCSqGSIb3DQEHAaCCCigEggokMIIKIDCCBNcGCSqGSIb3DQEHBqCCBMgwggTEAgEAMIIEvQYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYwDgQI';

const session = createEntraShellSession().session;
const sensitive = (line: string): boolean => session.isSensitiveInput(line);

describe('PSReadLine’s keyword rule, which stays', () => {
  it.each([
    'Get-Date',
    'New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com',
    'Get-PnPEntraIDUser -Identity johndoe@contoso.onmicrosoft.com | New-PnPEntraIDUserTemporaryAccessPass -StartDateTime (Get-Date).AddMinutes(10) -LifeTimeInMinutes 15 -IsUseableOnce:$false',
    // a parameter whose value is a variable or a (command)
    'Connect-EntraID -Tenant contoso -ClientId $id -ClientSecret $secret',
    'Connect-EntraID -ClientSecret:$s',
    'Connect-EntraID -AccessToken $(Get-Date)',
    'Connect-EntraID -CertificatePassword $certPassword.Value',
    // a switch with no value
    'ConvertTo-SecureString $plain -AsPlainText -Force',
    'ConvertTo-SecureString $plain -AsPlainText',
    // a variable that is used, or assigned something other than a literal
    '$token.Length',
    'Write-Output $apiKey',
    '$secret = Read-Host -AsSecureString',
    '$token = Get-Date',
  ])('writes harmless lines to the file: %s', (line) => {
    expect(sensitive(line)).toBe(false);
  });

  it.each([
    "$secret = 'abc'",
    '$Password = "P@ssw0rd!"',
    '[string]$token = "xyz"',
    '$apikey = 12345',
    '$secrets = @("a", "b")',
    'Get-Date -ClientSecret abc',
    "Connect-EntraID -ClientSecret 'abc' -Tenant contoso",
    'Connect-EntraID -ClientSecret:abc',
    'Connect-EntraID -CertificatePassword ("pw")',
    'Write-Output "my secret is xyz"',
    'Get-Date # password is hunter2',
    'Get-AzAccessToken',
    "$h = @{ ClientSecret = 'abc' }",
    '$cred.Password',
    'Connect-EntraID -AccessToken (Get-Content token.txt)',
    "$secret = 'abc",
  ])('keeps sensitive lines out of the file: %s', (line) => {
    expect(sensitive(line)).toBe(true);
  });

  it('judges every match, and multi-line entries', () => {
    expect(sensitive('Connect-EntraID -ClientSecret $s; $token = "x"')).toBe(true);
    expect(sensitive('Connect-EntraID -ClientSecret $s; Write-Output $token')).toBe(false);
    expect(sensitive('if ($true) {\n  $secret = "abc"\n}')).toBe(true);
    expect(sensitive('if ($true) {\n  Connect-EntraID -ClientSecret $s\n}')).toBe(false);
  });
});

describe('secrets by meaning: a literal that binds to a secret parameter', () => {
  it.each([
    [`Connect-EntraID -Acce '${JWT.slice(0, 12)}x'`, 'a unique prefix of -AccessToken'],
    [
      "Connect-EntraID -Tenant contoso.onmicrosoft.com -ClientId 1b2c -ClientS 'Qx8~abcdefgh'",
      'a unique prefix of -ClientSecret',
    ],
    [
      `Connect-EntraID -Tenant contoso.onmicrosoft.com -ClientId 1b2c -CertificateBase64Encoded '${PFX}'`,
      'a parameter without a keyword in its name',
    ],
    [`Connect-EntraID -CertificateBase64Encoded:${PFX}`, 'the colon form, a bareword value'],
    [
      "Connect-EntraID -CertificatePath ./app.pfx -CertificateP 'pfx-pass1'",
      'a SecureString parameter given plain text',
    ],
    ["Connect-EntraID -Cert 'pfx-pass1'", 'an ambiguous prefix (the binder fails, the text is still there)'],
    [
      "$pw = ConvertTo-SecureString 'pfx-pass1' -AsPlainText -Force",
      'a positional value of ConvertTo-SecureString',
    ],
    ["$pw = ConvertTo-SecureString -AsP -Fo -S 'pfx-pass1'", 'prefixes everywhere'],
    ["$pw = 'pfx-pass1' | ConvertTo-SecureString -AsPlainText", 'a literal piped into it'],
    ['$pw = ConvertTo-SecureString "pass-$n" -AsPlainText', 'an expandable string with literal text'],
    [
      "$p = @{ Tenant = 'contoso'; AccessToken = 'abcdefgh' }; Connect-EntraID @p",
      'a hashtable splatted in the same line',
    ],
    [
      "$p = @{ CertificateBase64Encoded = 'MIIKcQIB' }",
      'a hashtable key naming a by-name-only secret parameter',
    ],
  ])('%s (%s)', (line) => {
    expect(sensitive(line)).toBe(true);
  });

  it.each([
    'Connect-EntraID -AccessToken $t',
    'Connect-EntraID -CertificateBase64Encoded $pfx -CertificatePassword (Read-Host -AsSecureString)',
    'Connect-EntraID @params',
    '$pw = ConvertTo-SecureString $plain -AsPlainText',
    '$pw = Get-Content pw.txt | ConvertTo-SecureString -AsPlainText',
    "Connect-EntraID -CertificatePath './app.pfx' -Tenant contoso.onmicrosoft.com -ClientId abc",
    "$h = @{ Name = 'Ada'; Value = 'x' }",
  ])('leaves lines whose secrets are computed, or that hold none: %s', (line) => {
    expect(sensitive(line)).toBe(false);
  });

  it('counts script functions whose parameters are SecureStrings, by prefix and by position', async () => {
    const local = createEntraShellSession().session;
    await collect(local.run('function Protect-Pfx { param([SecureString]$Key, [string]$Path) }'));
    expect(local.isSensitiveInput("Protect-Pfx -K 'pfx-pass1'")).toBe(true);
    expect(local.isSensitiveInput("Protect-Pfx 'pfx-pass1' ./app.pfx")).toBe(true);
    expect(local.isSensitiveInput('Protect-Pfx $pw ./app.pfx')).toBe(false);
    expect(local.isSensitiveInput("Protect-Pfx -Path 'pfx-pass1'")).toBe(false);
  });
});

describe('secrets by meaning: plain text made into a credential', () => {
  it.each([
    "$c = [pscredential]::new('admin', 'P@ssw0rd')",
    "$c = [System.Management.Automation.PSCredential]::new('admin', (ConvertTo-SecureString 'Pass-word1' -AsPlainText -Force))",
    "$c = New-Object System.Management.Automation.PSCredential('admin', 'Pass-word1')",
    "$c = New-Object -TypeName PSCredential -ArgumentList 'admin', 'Pass-word1'",
    "$s = [System.Net.NetworkCredential]::new('', 'Pass-word1').SecurePassword",
  ])('%s', (line) => {
    expect(sensitive(line)).toBe(true);
  });

  it('leaves a credential built from a SecureString variable', () => {
    expect(sensitive("$c = [pscredential]::new('admin', $securePassword)")).toBe(false);
    expect(sensitive("$c = New-Object PSCredential('admin', $securePassword)")).toBe(false);
  });
});

describe('secrets by shape', () => {
  it.each([
    [`$t = '${JWT}'`, 'a JWT in a variable'],
    ["$t = 'eyJ0eXAi...'", 'the start of one'],
    [
      `Invoke-RestMethod -Uri https://graph.microsoft.com/v1.0/me -Headers @{ Authorization = 'Bearer ${'a'.repeat(40)}' }`,
      'a bearer header',
    ],
    ["$tap = 'kP5v#Wq2'", 'a pass-looking string assigned to a variable'],
    ["[string]$tap = 'oK5e$j6TH4JTo@x2H&HaCA*&=@tWxe@'", 'a long one, in a typed assignment'],
  ])('%s (%s)', (line) => {
    expect(sensitive(line)).toBe(true);
  });

  it('does not mistake names and addresses for passes', () => {
    expect(sensitive("$upn = 'johndoe@contoso.onmicrosoft.com'")).toBe(false);
    expect(sensitive("$dept = 'Sales'")).toBe(false);
    expect(sensitive("$id = '2b1f3c4d-0000-4000-8000-000000000000'")).toBe(false);
    expect(sensitive("Get-EntraIDUser -Identity 'kP5v#Wq2'")).toBe(false);
  });
});

describe('secrets the session knows', () => {
  let entra: EntraSession;
  beforeAll(async () => {
    entra = await entraSession();
    await entra.connect();
  });
  afterAll(() => entra.close());

  it('a pass it issued, wherever it is typed or pasted later', async () => {
    const issued = await entra.run(
      'New-EntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com',
    );
    const pass = (issued.output[0] as { get(name: string): unknown }).get('TemporaryAccessPass');
    expect(typeof pass).toBe('string');
    expect(entra.session.isSensitiveInput(`Write-Host "Your pass: ${String(pass)}"`)).toBe(true);
    expect(entra.session.isSensitiveInput(`$x = ${JSON.stringify(pass)}.Length`)).toBe(true);
  });

  it('a value computed at run time and bound to a secret parameter', async () => {
    await entra.run("$plain = 'computed-' + 'at-run-time'; $pw = ConvertTo-SecureString $plain -AsPlainText");
    expect(entra.session.isSensitiveInput("Write-Output 'computed-at-run-time'")).toBe(true);
  });

  it('the token it was given', async () => {
    const token = entra.emulator.mintToken({});
    await entra.run(
      `Connect-EntraID -AccessToken ${token} -AzureEnvironment Custom -MicrosoftGraphEndPoint ${entra.emulator.url}`,
    );
    expect(entra.session.secrets.contains(token)).toBe(true);
  });
});

describe('what a session learns from a line before running it', () => {
  it('the literals surely given to a secret parameter, not those an ambiguous prefix may give to one', async () => {
    const local = createEntraShellSession().session;
    await collect(
      local.run(
        "$null = ConvertTo-SecureString -S 'surely-secret-1' -AsP; Connect-EntraID -Cert 'maybe-a-path' -Demo",
      ),
    );
    expect(local.secrets.contains('surely-secret-1')).toBe(true);
    expect(local.secrets.contains('maybe-a-path')).toBe(false);
    expect(local.isSensitiveInput("Connect-EntraID -Cert 'maybe-a-path' -Demo")).toBe(true);
  });
});
