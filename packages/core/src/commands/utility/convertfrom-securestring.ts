/**
 * ConvertFrom-SecureString -AsPlainText (pwsh 7): the text a SecureString holds. pwsh without
 * -AsPlainText exports the secret encrypted with Windows DPAPI or a key; this shell has neither,
 * and an export it cannot read back would be worse than a clear error.
 */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';

export const convertFromSecureString = defineCmdlet({
  name: 'ConvertFrom-SecureString',
  synopsis: 'Returns the plain text of a SecureString (-AsPlainText).',
  description:
    'ConvertFrom-SecureString -AsPlainText returns the text a SecureString holds, as PowerShell 7 does. ' +
    'Encrypted export (without -AsPlainText, with Windows DPAPI or -Key) is not supported: keep secrets in a vault or an environment variable instead.',
  examples: [
    {
      code: "$secret = Read-Host -Prompt 'Client secret' -AsSecureString\nConvertFrom-SecureString -SecureString $secret -AsPlainText",
      remarks: 'Reads a secret without echo, then shows its text.',
    },
  ],
  parameters: {
    SecureString: parameter(types.secureString, { mandatory: true, position: 0, fromPipeline: 'value', secret: true, help: 'The SecureString to convert.' }),
    AsPlainText: switchParameter({ help: 'Return the plain text (required: encrypted export is not supported).' }),
  },
  async process({ SecureString, AsPlainText }, ctx) {
    if (!AsPlainText) {
      await ctx.writeError({
        message:
          'ConvertFrom-SecureString without -AsPlainText exports the secret encrypted with Windows DPAPI, which entra-shell does not support. ' +
          'To get the text, add -AsPlainText; to store a secret, use a key vault or an environment variable.',
        errorId: 'ExportSecureString',
        category: 'NotImplemented',
        exceptionType: 'PlatformNotSupportedException',
        recommendedAction: 'Add -AsPlainText.',
      });
      return;
    }
    await ctx.write(SecureString.revealPlainText());
  },
});
