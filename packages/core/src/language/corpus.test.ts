/**
 * Real command lines as admins paste them (PnP docs, blogs, scripts), each with the argument list
 * the parser must produce. A summary keeps expectations readable:
 *   -Name / -Name:<value>       parameters as typed
 *   word                        bareword string;  'x' / "x" / @x@  quoted strings
 *   10:Int32                    numbers with their original text and type
 *   $name / $env:NAME / @name   variables and splats
 *   [a, b]                      array literals
 *   <Type> <source>             anything else: node type and its source text
 */
import { describe, expect, it } from 'vitest';
import type { CommandElementAst, StatementAst } from './ast.js';
import { parseScript } from './parse-script.js';

function summarize(node: CommandElementAst, src: string): string {
  switch (node.type) {
    case 'CommandParameter':
      return node.colonArgument ? `${node.text}${summarize(node.colonArgument, src)}` : node.text;
    case 'Splat':
      return `@${node.variableName}`;
    case 'StringConstant':
      if (node.quoteKind === 'bareword') return node.value;
      if (node.quoteKind === 'single') return `'${node.value}'`;
      if (node.quoteKind === 'double') return `"${node.value}"`;
      return `@${node.value}@`;
    case 'NumberConstant':
      return `${node.text}:${node.numberType}`;
    case 'Variable':
      return `$${node.scope ? `${node.scope}:` : ''}${node.name}`;
    case 'ArrayLiteral':
      return `[${node.elements.map((e) => summarize(e, src)).join(', ')}]`;
    default:
      return `${node.type} ${src.slice(node.span.start, node.span.end)}`;
  }
}

/** Each pipeline element as [commandName, ...elements] (or [expression summary]). */
function summarizeStatement(statement: StatementAst, src: string): string[][] {
  if (statement.type !== 'Pipeline') return [[`${statement.type} ${src.slice(statement.span.start, statement.span.end)}`]];
  return statement.elements.map((element) =>
    element.type === 'Command'
      ? [element.name ?? summarize(element.nameElement, src), ...element.elements.map((e) => summarize(e, src))]
      : [summarize(element, src)],
  );
}

function summarizeScript(src: string): string[][][] {
  return parseScript(src).statements.map((s) => summarizeStatement(s, src));
}

/** The four examples of New-PnPEntraIDUserTemporaryAccessPass, verbatim. */
const SEEDS: [string, string[][][]][] = [
  [
    'New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com',
    [[['New-PnPEntraIDUserTemporaryAccessPass', '-Identity', 'johndoe@contoso.onmicrosoft.com']]],
  ],
  [
    'New-PnPEntraIDUserTemporaryAccessPass -Identity 72e2eb87-c124-4bd9-8e01-a447a1752058 -IsUseableOnce:$true',
    [[['New-PnPEntraIDUserTemporaryAccessPass', '-Identity', '72e2eb87-c124-4bd9-8e01-a447a1752058', '-IsUseableOnce:$true']]],
  ],
  [
    'New-PnPEntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com -StartDateTime (Get-Date).AddHours(2) -LifeTimeInMinutes 10 -IsUseableOnce:$true',
    [[[
      'New-PnPEntraIDUserTemporaryAccessPass', '-Identity', 'johndoe@contoso.onmicrosoft.com',
      '-StartDateTime', 'InvokeMember (Get-Date).AddHours(2)', '-LifeTimeInMinutes', '10:Int32', '-IsUseableOnce:$true',
    ]]],
  ],
  [
    'Get-PnPEntraIDUser -Identity johndoe@contoso.onmicrosoft.com | New-PnPEntraIDUserTemporaryAccessPass -StartDateTime (Get-Date).AddMinutes(10) -LifeTimeInMinutes 15 -IsUseableOnce:$false',
    [[
      ['Get-PnPEntraIDUser', '-Identity', 'johndoe@contoso.onmicrosoft.com'],
      ['New-PnPEntraIDUserTemporaryAccessPass', '-StartDateTime', 'InvokeMember (Get-Date).AddMinutes(10)', '-LifeTimeInMinutes', '15:Int32', '-IsUseableOnce:$false'],
    ]],
  ],
];

const APP = '6c5c98c7-e05a-4a0f-bcfa-0cfc65aa1f28';
const TAP = 'New-PnPEntraIDUserTemporaryAccessPass';

const CORPUS: [string, string[][][]][] = [
  // Get-PnPEntraIDUser, as documented
  ['Get-PnPEntraIDUser', [[['Get-PnPEntraIDUser']]]],
  ['Get-PnPEntraIDUser -EndIndex 50', [[['Get-PnPEntraIDUser', '-EndIndex', '50:Int32']]]],
  ['Get-PnPEntraIDUser -Identity 328c7693-5524-44ac-a946-73e02d6b0f98', [[['Get-PnPEntraIDUser', '-Identity', '328c7693-5524-44ac-a946-73e02d6b0f98']]]],
  ['Get-PnPEntraIDUser -Identity john@contoso.com', [[['Get-PnPEntraIDUser', '-Identity', 'john@contoso.com']]]],
  [
    'Get-PnPEntraIDUser -Identity john@contoso.com -Select "DisplayName","extension_3721d05137db455ad81aa442e3c2d4f9_extensionAttribute1"',
    [[['Get-PnPEntraIDUser', '-Identity', 'john@contoso.com', '-Select', '["DisplayName", "extension_3721d05137db455ad81aa442e3c2d4f9_extensionAttribute1"]']]],
  ],
  ['Get-PnPEntraIDUser -Filter "accountEnabled eq false"', [[['Get-PnPEntraIDUser', '-Filter', '"accountEnabled eq false"']]]],
  [
    `Get-PnPEntraIDUser -Filter "startswith(DisplayName, 'John')" -OrderBy "DisplayName"`,
    [[['Get-PnPEntraIDUser', '-Filter', `"startswith(DisplayName, 'John')"`, '-OrderBy', '"DisplayName"']]],
  ],
  ['Get-PnPEntraIDUser -Delta', [[['Get-PnPEntraIDUser', '-Delta']]]],
  ['Get-PnPEntraIDUser -Delta -DeltaToken abcdef', [[['Get-PnPEntraIDUser', '-Delta', '-DeltaToken', 'abcdef']]]],
  ['Get-PnPEntraIDUser -StartIndex 10 -EndIndex 20', [[['Get-PnPEntraIDUser', '-StartIndex', '10:Int32', '-EndIndex', '20:Int32']]]],
  [`Get-PnPEntraIDUser -Filter "userType eq 'Guest'"`, [[['Get-PnPEntraIDUser', '-Filter', `"userType eq 'Guest'"`]]]],
  [
    'Get-PnPEntraIDUser -Identity johndoe@contoso.onmicrosoft.com -Select DisplayName,Mail,UserPrincipalName',
    [[['Get-PnPEntraIDUser', '-Identity', 'johndoe@contoso.onmicrosoft.com', '-Select', '[DisplayName, Mail, UserPrincipalName]']]],
  ],
  [
    "Get-PnPEntraIDUser -Identity john@contoso.com -Select @('DisplayName', 'Mail')",
    [[['Get-PnPEntraIDUser', '-Identity', 'john@contoso.com', '-Select', "ArrayExpression @('DisplayName', 'Mail')"]]],
  ],
  ['Get-PnPEntraIDUser -Identity:john@contoso.com', [[['Get-PnPEntraIDUser', '-Identity:john@contoso.com']]]],
  ["Get-PnPEntraIDUser -Identity 'O''Brien@contoso.com'", [[['Get-PnPEntraIDUser', '-Identity', "'O'Brien@contoso.com'"]]]],
  ['Get-PnPEntraIDUser -Identity $env:USERNAME@contoso.com', [[['Get-PnPEntraIDUser', '-Identity', 'ExpandableString $env:USERNAME@contoso.com']]]],
  ['Get-PnPEntraIDUser -Identity "$($env:USERNAME)@contoso.com"', [[['Get-PnPEntraIDUser', '-Identity', 'ExpandableString "$($env:USERNAME)@contoso.com"']]]],
  [
    'Get-PnPEntraIDUser -Identity johndoe@contoso.onmicrosoft.com -ErrorAction SilentlyContinue -ErrorVariable err',
    [[['Get-PnPEntraIDUser', '-Identity', 'johndoe@contoso.onmicrosoft.com', '-ErrorAction', 'SilentlyContinue', '-ErrorVariable', 'err']]],
  ],
  ['Get-PnPEntraIDUser -Identity john@contoso.com -- -NotAParameter', [[['Get-PnPEntraIDUser', '-Identity', 'john@contoso.com', '-NotAParameter']]]],
  ['& Get-PnPEntraIDUser -Identity john@contoso.com', [[['Get-PnPEntraIDUser', '-Identity', 'john@contoso.com']]]],
  ['Get-PnPEntraIDUser -Filter $filter -Verbose:$false', [[['Get-PnPEntraIDUser', '-Filter', '$filter', '-Verbose:$false']]]],
  [
    `Get-PnPEntraIDUser -Filter "createdDateTime ge $((Get-Date).AddDays(-7).ToString('yyyy-MM-ddTHH:mm:ssZ'))"`,
    [[['Get-PnPEntraIDUser', '-Filter', `ExpandableString "createdDateTime ge $((Get-Date).AddDays(-7).ToString('yyyy-MM-ddTHH:mm:ssZ'))"`]]],
  ],

  // Connect-PnPOnline
  [`Connect-PnPOnline -Url https://contoso.sharepoint.com -Interactive -ClientId ${APP}`, [[['Connect-PnPOnline', '-Url', 'https://contoso.sharepoint.com', '-Interactive', '-ClientId', APP]]]],
  [
    `Connect-PnPOnline -Url https://contoso.sharepoint.com -ClientId ${APP} -Tenant contoso.onmicrosoft.com -CertificatePath c:\\path\\cert.pfx -CertificatePassword (ConvertTo-SecureString -AsPlainText 'x' -Force)`,
    [[[
      'Connect-PnPOnline', '-Url', 'https://contoso.sharepoint.com', '-ClientId', APP, '-Tenant', 'contoso.onmicrosoft.com',
      '-CertificatePath', 'c:\\path\\cert.pfx', '-CertificatePassword', "Paren (ConvertTo-SecureString -AsPlainText 'x' -Force)",
    ]]],
  ],
  [
    `Connect-PnPOnline -Url "https://contoso.sharepoint.com/sites/marketing" -DeviceLogin -ClientId ${APP}`,
    [[['Connect-PnPOnline', '-Url', '"https://contoso.sharepoint.com/sites/marketing"', '-DeviceLogin', '-ClientId', APP]]],
  ],
  [
    "Connect-PnPOnline -Url https://contoso.sharepoint.com -ClientId 344b8aab-389c-4e4a-8fa1-4c1ae2c0a60d -Tenant 'contoso.onmicrosoft.com' -Thumbprint 34CFAA860E5FB8C44335A38A097C1E41EEA206AA",
    [[[
      'Connect-PnPOnline', '-Url', 'https://contoso.sharepoint.com', '-ClientId', '344b8aab-389c-4e4a-8fa1-4c1ae2c0a60d',
      '-Tenant', "'contoso.onmicrosoft.com'", '-Thumbprint', '34CFAA860E5FB8C44335A38A097C1E41EEA206AA',
    ]]],
  ],
  ['Connect-PnPOnline -Url https://contoso.sharepoint.com -Credentials (Get-Credential)', [[['Connect-PnPOnline', '-Url', 'https://contoso.sharepoint.com', '-Credentials', 'Paren (Get-Credential)']]]],
  ['Connect-PnPOnline -Url https://contoso.sharepoint.com -ManagedIdentity', [[['Connect-PnPOnline', '-Url', 'https://contoso.sharepoint.com', '-ManagedIdentity']]]],
  [
    'Connect-PnPOnline -Url https://contoso.sharepoint.com -ManagedIdentity -UserAssignedManagedIdentityObjectId 363c1b31-6872-47fd-a616-574d3aec2a51',
    [[['Connect-PnPOnline', '-Url', 'https://contoso.sharepoint.com', '-ManagedIdentity', '-UserAssignedManagedIdentityObjectId', '363c1b31-6872-47fd-a616-574d3aec2a51']]],
  ],
  ['Connect-PnPOnline -Url https://contoso.sharepoint.com -AccessToken $token', [[['Connect-PnPOnline', '-Url', 'https://contoso.sharepoint.com', '-AccessToken', '$token']]]],
  [
    'Connect-PnPOnline -Url https://contoso-admin.sharepoint.com -Interactive -ClientId $env:ENTRAID_APP_ID',
    [[['Connect-PnPOnline', '-Url', 'https://contoso-admin.sharepoint.com', '-Interactive', '-ClientId', '$env:ENTRAID_APP_ID']]],
  ],
  [
    `Connect-PnPOnline -Url https://contoso.sharepoint.com -ClientId ${APP} -ClientSecret $secret -WarningAction Ignore`,
    [[['Connect-PnPOnline', '-Url', 'https://contoso.sharepoint.com', '-ClientId', APP, '-ClientSecret', '$secret', '-WarningAction', 'Ignore']]],
  ],
  [
    'Connect-PnPOnline -Url https://contoso.sharepoint.us -ClientId $clientId -Interactive -AzureEnvironment USGovernmentHigh',
    [[['Connect-PnPOnline', '-Url', 'https://contoso.sharepoint.us', '-ClientId', '$clientId', '-Interactive', '-AzureEnvironment', 'USGovernmentHigh']]],
  ],
  // Typographic dashes and quotes pasted from blogs
  ['Connect-PnPOnline \u2013Url https://contoso.sharepoint.com \u2013Interactive', [[['Connect-PnPOnline', '\u2013Url', 'https://contoso.sharepoint.com', '\u2013Interactive']]]],
  [`${TAP} -Identity \u2018johndoe@contoso.onmicrosoft.com\u2019`, [[[TAP, '-Identity', "'johndoe@contoso.onmicrosoft.com'"]]]],
  ['Disconnect-PnPOnline', [[['Disconnect-PnPOnline']]]],
  ['Get-PnPConnection | Select-Object -Property Url, ConnectionType', [[['Get-PnPConnection'], ['Select-Object', '-Property', '[Url, ConnectionType]']]]],
  ['Get-PnPAccessToken -ResourceTypeName Graph -Decoded', [[['Get-PnPAccessToken', '-ResourceTypeName', 'Graph', '-Decoded']]]],

  // Temporary Access Passes: guests (#EXT#), GUIDs, dates, switches
  [`${TAP} -Identity "guest_fabrikam.com#EXT#@contoso.onmicrosoft.com" -LifeTimeInMinutes 60`, [[[TAP, '-Identity', '"guest_fabrikam.com#EXT#@contoso.onmicrosoft.com"', '-LifeTimeInMinutes', '60:Int32']]]],
  [`${TAP} -Identity guest_fabrikam.com#EXT#@contoso.onmicrosoft.com`, [[[TAP, '-Identity', 'guest_fabrikam.com#EXT#@contoso.onmicrosoft.com']]]],
  [
    `${TAP} -Identity $user -StartDateTime ([datetime]'2026-12-01T08:00') -LifeTimeInMinutes 480 -IsUseableOnce:$false`,
    [[[TAP, '-Identity', '$user', '-StartDateTime', "Paren ([datetime]'2026-12-01T08:00')", '-LifeTimeInMinutes', '480:Int32', '-IsUseableOnce:$false']]],
  ],
  [
    `${TAP} -Identity 72e2eb87-c124-4bd9-8e01-a447a1752058 -StartDateTime (Get-Date).AddDays(1).Date.AddHours(8) -LifeTimeInMinutes 240`,
    [[[TAP, '-Identity', '72e2eb87-c124-4bd9-8e01-a447a1752058', '-StartDateTime', 'InvokeMember (Get-Date).AddDays(1).Date.AddHours(8)', '-LifeTimeInMinutes', '240:Int32']]],
  ],
  [`${TAP} -Identity $_.UserPrincipalName -LifeTimeInMinutes 60`, [[[TAP, '-Identity', 'MemberAccess $_.UserPrincipalName', '-LifeTimeInMinutes', '60:Int32']]]],
  [`${TAP} -Identity johndoe@contoso.onmicrosoft.com -WhatIf`, [[[TAP, '-Identity', 'johndoe@contoso.onmicrosoft.com', '-WhatIf']]]],
  [`${TAP} @params -Verbose`, [[[TAP, '@params', '-Verbose']]]],
  [
    `${TAP} \`\n  -Identity johndoe@contoso.onmicrosoft.com \`\n  -LifeTimeInMinutes 15`,
    [[[TAP, '-Identity', 'johndoe@contoso.onmicrosoft.com', '-LifeTimeInMinutes', '15:Int32']]],
  ],
  [
    `$guest = "guest_fabrikam.com#EXT#@contoso.onmicrosoft.com"; ${TAP} -Identity $guest`,
    [[['Assignment $guest = "guest_fabrikam.com#EXT#@contoso.onmicrosoft.com"']], [[TAP, '-Identity', '$guest']]],
  ],
  [
    `$tap = ${TAP} -Identity johndoe@contoso.onmicrosoft.com; $tap.TemporaryAccessPass`,
    [[[`Assignment $tap = ${TAP} -Identity johndoe@contoso.onmicrosoft.com`]], [['MemberAccess $tap.TemporaryAccessPass']]],
  ],
  [
    "$params = @{ Identity = 'johndoe@contoso.onmicrosoft.com'; LifeTimeInMinutes = 30; IsUseableOnce = $true }",
    [[["Assignment $params = @{ Identity = 'johndoe@contoso.onmicrosoft.com'; LifeTimeInMinutes = 30; IsUseableOnce = $true }"]]],
  ],
  [
    "$ids = 'johndoe@contoso.onmicrosoft.com'; Get-PnPEntraIDUser @ids",
    [[["Assignment $ids = 'johndoe@contoso.onmicrosoft.com'"]], [['Get-PnPEntraIDUser', '@ids']]],
  ],

  // Pipelines with Where-Object / ForEach-Object / Select-Object
  [
    "Get-PnPEntraIDUser -Filter \"accountEnabled eq true\" | Where-Object { $_.Mail -like '*@contoso.com' } | Select-Object DisplayName, Mail",
    [[
      ['Get-PnPEntraIDUser', '-Filter', '"accountEnabled eq true"'],
      ['Where-Object', "ScriptBlockExpression { $_.Mail -like '*@contoso.com' }"],
      ['Select-Object', '[DisplayName, Mail]'],
    ]],
  ],
  [
    `Get-PnPEntraIDUser | Where-Object UserType -eq Guest | ForEach-Object { ${TAP} -Identity $_.Id -LifeTimeInMinutes 60 }`,
    [[['Get-PnPEntraIDUser'], ['Where-Object', 'UserType', '-eq', 'Guest'], ['ForEach-Object', `ScriptBlockExpression { ${TAP} -Identity $_.Id -LifeTimeInMinutes 60 }`]]],
  ],
  [
    `Import-Csv .\\users.csv | ForEach-Object { ${TAP} -Identity $_.UPN -IsUseableOnce:$true } | Export-Csv .\\taps.csv -NoTypeInformation`,
    [[
      ['Import-Csv', '.\\users.csv'],
      ['ForEach-Object', `ScriptBlockExpression { ${TAP} -Identity $_.UPN -IsUseableOnce:$true }`],
      ['Export-Csv', '.\\taps.csv', '-NoTypeInformation'],
    ]],
  ],
  ['Get-PnPEntraIDUser | Select-Object -First 10 -Property DisplayName, UserPrincipalName', [[['Get-PnPEntraIDUser'], ['Select-Object', '-First', '10:Int32', '-Property', '[DisplayName, UserPrincipalName]']]]],
  [
    "Get-PnPEntraIDUser | Select-Object DisplayName, @{Name='Upn'; Expression={ $_.UserPrincipalName }}",
    [[['Get-PnPEntraIDUser'], ['Select-Object', "[DisplayName, HashtableLiteral @{Name='Upn'; Expression={ $_.UserPrincipalName }}]"]]],
  ],
  ['Get-PnPEntraIDUser | Select-Object -ExpandProperty Mail', [[['Get-PnPEntraIDUser'], ['Select-Object', '-ExpandProperty', 'Mail']]]],
  [
    "Get-PnPEntraIDUser | Where-Object { $_.AccountEnabled -and $_.Mail -notlike '*#EXT#*' } | Measure-Object",
    [[['Get-PnPEntraIDUser'], ['Where-Object', "ScriptBlockExpression { $_.AccountEnabled -and $_.Mail -notlike '*#EXT#*' }"], ['Measure-Object']]],
  ],
  [
    "Get-PnPEntraIDUser | ? { $_.DisplayName -match '^J' } | % { $_.Id }",
    [[['Get-PnPEntraIDUser'], ['?', "ScriptBlockExpression { $_.DisplayName -match '^J' }"], ['%', 'ScriptBlockExpression { $_.Id }']]],
  ],
  ['Get-PnPEntraIDUser | Sort-Object DisplayName -Descending | Select-Object -Last 5', [[['Get-PnPEntraIDUser'], ['Sort-Object', 'DisplayName', '-Descending'], ['Select-Object', '-Last', '5:Int32']]]],
  ['Get-PnPEntraIDUser | ConvertTo-Json -Depth 3 -Compress', [[['Get-PnPEntraIDUser'], ['ConvertTo-Json', '-Depth', '3:Int32', '-Compress']]]],
  [
    "Get-PnPEntraIDUser | Where-Object -Property Mail -Like -Value '*@contoso.com'",
    [[['Get-PnPEntraIDUser'], ['Where-Object', '-Property', 'Mail', '-Like', '-Value', "'*@contoso.com'"]]],
  ],
  ['Get-PnPEntraIDUser | ForEach-Object -MemberName UserPrincipalName', [[['Get-PnPEntraIDUser'], ['ForEach-Object', '-MemberName', 'UserPrincipalName']]]],
  [
    "Get-PnPEntraIDUser | Where-Object { $_.Mail -and ($_.Mail.EndsWith('@contoso.com')) }",
    [[['Get-PnPEntraIDUser'], ['Where-Object', "ScriptBlockExpression { $_.Mail -and ($_.Mail.EndsWith('@contoso.com')) }"]]],
  ],
  ['Get-PnPEntraIDUser -Identity johndoe@contoso.onmicrosoft.com | Format-List *', [[['Get-PnPEntraIDUser', '-Identity', 'johndoe@contoso.onmicrosoft.com'], ['Format-List', '*']]]],
  [
    "$upns = 'a@contoso.com', 'b@contoso.com'; $upns | ForEach-Object { New-PnPEntraIDUserTemporaryAccessPass -Identity $_ }",
    [[["Assignment $upns = 'a@contoso.com', 'b@contoso.com'"]], [['$upns'], ['ForEach-Object', 'ScriptBlockExpression { New-PnPEntraIDUserTemporaryAccessPass -Identity $_ }']]],
  ],
  [
    'Get-PnPEntraIDUser -Filter "accountEnabled eq true"\n| Select-Object DisplayName',
    [[['Get-PnPEntraIDUser', '-Filter', '"accountEnabled eq true"'], ['Select-Object', 'DisplayName']]],
  ],
  ['$users = Get-PnPEntraIDUser -Filter "department eq \'Sales\'"', [[['Assignment $users = Get-PnPEntraIDUser -Filter "department eq \'Sales\'"']]]],

  // Other PnP cmdlets
  ['Remove-PnPList -Identity "Demo List" -Force', [[['Remove-PnPList', '-Identity', '"Demo List"', '-Force']]]],
  ['Get-PnPList -Identity "Lists/Announcements" | Set-PnPList -EnableVersioning:$true', [[['Get-PnPList', '-Identity', '"Lists/Announcements"'], ['Set-PnPList', '-EnableVersioning:$true']]]],
  [
    'Add-PnPListItem -List "Demo List" -Values @{"Title" = "Test Title"; "Category"="Test Category"}',
    [[['Add-PnPListItem', '-List', '"Demo List"', '-Values', 'HashtableLiteral @{"Title" = "Test Title"; "Category"="Test Category"}']]],
  ],
  [
    'Add-PnPField -List "Demo list" -DisplayName "Location" -InternalName "SPSLocation" -Type Choice -Group "Demo Group" -AddToDefaultView -Choices "Stockholm","Helsinki","Oslo"',
    [[[
      'Add-PnPField', '-List', '"Demo list"', '-DisplayName', '"Location"', '-InternalName', '"SPSLocation"', '-Type', 'Choice',
      '-Group', '"Demo Group"', '-AddToDefaultView', '-Choices', '["Stockholm", "Helsinki", "Oslo"]',
    ]]],
  ],
  [
    `Get-PnPListItem -List Tasks -Query "<View><Query><Where><Eq><FieldRef Name='GUID'/><Value Type='Guid'>bd6c5b3b-d960-4ee7-a02c-85dc6cd78cc3</Value></Eq></Where></Query></View>"`,
    [[['Get-PnPListItem', '-List', 'Tasks', '-Query', `"<View><Query><Where><Eq><FieldRef Name='GUID'/><Value Type='Guid'>bd6c5b3b-d960-4ee7-a02c-85dc6cd78cc3</Value></Eq></Where></Query></View>"`]]],
  ],
  ['Set-PnPTenantSite -Identity https://contoso.sharepoint.com/sites/team1 -LockState NoAccess', [[['Set-PnPTenantSite', '-Identity', 'https://contoso.sharepoint.com/sites/team1', '-LockState', 'NoAccess']]]],
  ['Get-PnPUser | ? Email -eq "user@tenant.onmicrosoft.com"', [[['Get-PnPUser'], ['?', 'Email', '-eq', '"user@tenant.onmicrosoft.com"']]]],
  ["Get-PnPTenantSite -Detailed -Filter \"Url -like 'sales'\"", [[['Get-PnPTenantSite', '-Detailed', '-Filter', "\"Url -like 'sales'\""]]]],
  ['Invoke-PnPGraphMethod -Url "v1.0/users?`$filter=accountEnabled eq false" -Method Get', [[['Invoke-PnPGraphMethod', '-Url', '"v1.0/users?$filter=accountEnabled eq false"', '-Method', 'Get']]]],
  ["Invoke-PnPGraphMethod -Url 'v1.0/users?$top=5&$select=displayName'", [[['Invoke-PnPGraphMethod', '-Url', "'v1.0/users?$top=5&$select=displayName'"]]]],
  ['Set-PnPList -Identity "Demo List" -EnableVersioning:$true -MajorVersions 10 -Confirm: $false', [[['Set-PnPList', '-Identity', '"Demo List"', '-EnableVersioning:$true', '-MajorVersions', '10:Int32', '-Confirm:$false']]]],
  [
    'Write-Host "Created TAP for $($user.DisplayName): $($tap.TemporaryAccessPass)" -ForegroundColor Green',
    [[['Write-Host', 'ExpandableString "Created TAP for $($user.DisplayName): $($tap.TemporaryAccessPass)"', '-ForegroundColor', 'Green']]],
  ],
  ['Get-Date -Format "yyyy-MM-dd HH:mm"', [[['Get-Date', '-Format', '"yyyy-MM-dd HH:mm"']]]],
  ['(Get-Date).AddHours(2) - (Get-Date)', [[['Binary (Get-Date).AddHours(2) - (Get-Date)']]]],

  // Barewords, numbers and quoting in argument mode
  ['Write-Output P@ss#1 a`tb a"b $x"c', [[['Write-Output', 'P@ss#1', 'a\tb', 'ExpandableString a"b $x"c']]]],
  ["Write-Output a'b'c", [[['Write-Output', 'abc']]]],
  ["Write-Output 'a'b", [[['Write-Output', "'a'", 'b']]]],
  [
    'Get-PnPEntraIDUser -EndIndex 1kb -X 0x1F -Y 10l -Z 1e3 -W 007 -V -1 -U 1.5 -T 77z -S 10.0.0.1 -R 9999999999 -Q 1d',
    [[[
      'Get-PnPEntraIDUser', '-EndIndex', '1kb:Int32', '-X', '0x1F:Int32', '-Y', '10l:Int64', '-Z', '1e3:Double', '-W', '007:Int32',
      '-V', '-1:Int32', '-U', '1.5:Double', '-T', '77z', '-S', '10.0.0.1', '-R', '9999999999:Int64', '-Q', '1d:Decimal',
    ]]],
  ],
  ['Write-Output $a.b $a .b $a[0] $a-b', [[['Write-Output', 'MemberAccess $a.b', '$a', '.b', 'Index $a[0]', 'ExpandableString $a-b']]]],
  ['Write-Output ,$list -split', [[['Write-Output', '[$list]', '-split']]]],
  ['Write-Output @{a=1}.a', [[['Write-Output', 'MemberAccess @{a=1}.a']]]],
];

describe('command-line corpus', () => {
  it('has the four seed examples and 60+ real lines', () => {
    expect(SEEDS).toHaveLength(4);
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(SEEDS)('seed: %s', (line, expected) => {
    expect(summarizeScript(line)).toEqual(expected);
  });

  it.each(CORPUS)('%s', (line, expected) => {
    expect(summarizeScript(line)).toEqual(expected);
  });
});
