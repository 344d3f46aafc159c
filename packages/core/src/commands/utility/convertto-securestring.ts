/**
 * ConvertTo-SecureString: makes a SecureString from plain text (-AsPlainText), the way PnP scripts
 * build -CertificatePassword. Without -AsPlainText pwsh decrypts a string ConvertFrom-SecureString
 * exported with Windows DPAPI; this shell has no DPAPI, so it says so instead of guessing.
 */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import { PSSecureString } from '../../values/secure-string.js';

export const convertToSecureString = defineCmdlet({
  name: 'ConvertTo-SecureString',
  synopsis: 'Converts plain text to a SecureString.',
  description:
    'ConvertTo-SecureString -AsPlainText wraps text in a SecureString, which shows as System.Security.SecureString ' +
    'wherever it is displayed, logged or exported, and which secret parameters such as -CertificatePassword take. ' +
    'Strings encrypted with Windows DPAPI (ConvertFrom-SecureString without -AsPlainText on Windows) cannot be decrypted here. ' +
    '-Force is accepted for compatibility; PowerShell 7 no longer requires it.',
  examples: [
    {
      code: "$password = ConvertTo-SecureString -String 'pfx-password' -AsPlainText -Force",
      remarks: 'Makes a SecureString from text, as PnP scripts do for -CertificatePassword.',
    },
    {
      code: "Connect-EntraID -ClientId $appId -Tenant contoso.onmicrosoft.com -CertificatePath .\\app.pfx -CertificatePassword (ConvertTo-SecureString $env:PFX_PASSWORD -AsPlainText)",
      remarks: 'Signs in with a PFX file whose password comes from an environment variable.',
    },
  ],
  parameters: {
    String: parameter(types.string, {
      mandatory: true,
      position: 0,
      fromPipeline: 'value',
      secret: true,
      help: 'The text to protect: plain text with -AsPlainText.',
    }),
    AsPlainText: switchParameter({ help: 'The -String is plain text (required: encrypted input is not supported).' }),
    Force: switchParameter({ help: 'Accepted for compatibility with Windows PowerShell, which required it with -AsPlainText.' }),
  },
  async process({ String: text, AsPlainText }, ctx) {
    if (!AsPlainText) {
      // Never echo the input: it may be the plain secret typed without -AsPlainText.
      await ctx.writeError({
        message:
          'ConvertTo-SecureString without -AsPlainText decrypts a string encrypted with Windows DPAPI (ConvertFrom-SecureString output), ' +
          'which entra-shell cannot decrypt. To make a SecureString from text, add -AsPlainText: ConvertTo-SecureString -String <text> -AsPlainText',
        errorId: 'ImportSecureString',
        category: 'NotImplemented',
        exceptionType: 'PlatformNotSupportedException',
        recommendedAction: 'Add -AsPlainText.',
      });
      return;
    }
    await ctx.write(new PSSecureString(text));
  },
});
