import { describe, expect, it } from 'vitest';
import { displayed } from '../commands/utility/test-support/run.js';
import { findCommentHelp, parseCommentHelp } from './comment-help.js';

const HELP = `
    .SYNOPSIS
    Issues a pass to a new hire.
    .DESCRIPTION
    Looks the user up and issues a one-hour pass.

    Second paragraph.
    .PARAMETER User
    The new hire's
    user principal name.
    .EXAMPLE
    PS C:\\> Issue-Tap -User johndoe@contoso.onmicrosoft.com

    Issues a pass to John.
    .EXAMPLE
    Issue-Tap jane@contoso.onmicrosoft.com
    .LINK
    New-EntraIDUserTemporaryAccessPass
    about_Temporary_Access_Pass
`;

describe('parseCommentHelp', () => {
  it('reads the sections pwsh knows', () => {
    const help = parseCommentHelp(HELP);
    expect(help?.synopsis).toBe('Issues a pass to a new hire.');
    expect(help?.description).toBe('Looks the user up and issues a one-hour pass.\n\nSecond paragraph.');
    expect([...(help?.parameters ?? [])]).toEqual([['user', "The new hire's user principal name."]]);
    expect(help?.examples).toEqual([
      { code: 'Issue-Tap -User johndoe@contoso.onmicrosoft.com', remarks: 'Issues a pass to John.' },
      { code: 'Issue-Tap jane@contoso.onmicrosoft.com', remarks: '' },
    ]);
    expect(help?.links).toEqual(['New-EntraIDUserTemporaryAccessPass', 'about_Temporary_Access_Pass']);
  });

  it('takes keywords in any case, and ignores comments that are not help', () => {
    expect(parseCommentHelp('.synopsis\n  Lower case works.')?.synopsis).toBe('Lower case works.');
    expect(parseCommentHelp(' just a note ')).toBeUndefined();
    expect(parseCommentHelp('Note first\n.SYNOPSIS\nx')).toBeUndefined();
    expect(parseCommentHelp('.SYNOPSIS\nx\n.BOGUS\ny')).toBeUndefined();
  });
});

describe('findCommentHelp', () => {
  const block = '<#\n.SYNOPSIS\nFound.\n#>';
  it('looks at the start of the body, its end, then before the function', () => {
    expect(findCommentHelp(`\n  ${block}\n  param($a)\n`, '')?.synopsis).toBe('Found.');
    expect(findCommentHelp(`\n  param($a)\n  ${block}\n`, '')?.synopsis).toBe('Found.');
    expect(findCommentHelp(' param($a) ', `$x = 1\n${block}\n`)?.synopsis).toBe('Found.');
    expect(findCommentHelp(' param($a) ', `${block}\n\n`)?.synopsis).toBe('Found.');
  });

  it('accepts # line comments', () => {
    expect(findCommentHelp('\n  # .SYNOPSIS\n  # In lines.\n  param($a)', '')?.synopsis).toBe('In lines.');
  });

  it('needs the comment before the function to be no more than one blank line away', () => {
    expect(findCommentHelp(' param($a) ', `${block}\n\n\n`)).toBeUndefined();
    expect(findCommentHelp(' param($a) ', '')).toBeUndefined();
  });
});

describe('Get-Help on a function with comment-based help', () => {
  const define = `function Issue-Tap {\n<#${HELP}#>\n  param([Parameter(Mandatory)][string]$User)\n}`;

  it('shows synopsis, syntax, description and links', async () => {
    const text = await displayed(`${define}\nGet-Help Issue-Tap`);
    expect(text).toContain('SYNOPSIS\n    Issues a pass to a new hire.');
    expect(text).toContain('SYNTAX\n    Issue-Tap [-User] <String> [<CommonParameters>]');
    expect(text).toContain('DESCRIPTION\n    Looks the user up and issues a one-hour pass.');
    expect(text).toContain('RELATED LINKS\n    New-EntraIDUserTemporaryAccessPass\n    about_Temporary_Access_Pass');
  });

  it('shows parameter texts and examples', async () => {
    expect(await displayed(`${define}\nGet-Help Issue-Tap -Parameter User`)).toContain("-User <String>\n    The new hire's user principal name.");
    const examples = await displayed(`${define}\nGet-Help Issue-Tap -Examples`);
    expect(examples).toMatch(/PS > Issue-Tap -User johndoe@contoso\.onmicrosoft\.com\n\n {4}Issues a pass to John\./);
    expect(examples).toContain('PS > Issue-Tap jane@contoso.onmicrosoft.com');
  });
});
