/**
 * Read-Host: reads a line from the user through the Host. -AsSecureString and -MaskInput read
 * without echo (the REPL shows `*`); the first returns a SecureString, the second the text. A
 * non-interactive host refuses, with the same error every other prompt gives there.
 */
import { defineCmdlet, parameter, switchParameter, types } from '../../cmdlet/index.js';
import { toPSString } from '../../values/stringify.js';
import { PSSecureString } from '../../values/secure-string.js';
import { secretsOf } from '../../secrets/secret-registry.js';

export const readHost = defineCmdlet({
  name: 'Read-Host',
  synopsis: 'Reads a line of input from the console.',
  description:
    'Read-Host shows the prompt followed by a colon and returns what the user types. -AsSecureString reads without echo ' +
    'and returns a SecureString (for -CertificatePassword, for example); -MaskInput reads without echo and returns the text. ' +
    'Answers are never written to the history file. In a non-interactive run (scripts, -Command, CI) Read-Host fails instead of waiting.',
  examples: [
    { code: "$name = Read-Host 'Display name'", remarks: 'Asks for a display name.' },
    {
      code: "$password = Read-Host -Prompt 'PFX password' -AsSecureString\nConnect-EntraID -ClientId $appId -Tenant contoso.onmicrosoft.com -CertificatePath ./app.pfx -CertificatePassword $password",
      remarks: 'Reads the certificate password without echo and signs in with it.',
    },
  ],
  parameters: {
    Prompt: parameter(types.object, { position: 0, allowNull: true, help: 'The text shown before the input; a colon is added.' }),
    AsSecureString: switchParameter({ help: 'Read without echo and return a SecureString.' }),
    MaskInput: switchParameter({ help: 'Read without echo and return the text.' }),
  },
  async process({ Prompt, AsSecureString, MaskInput }, ctx) {
    const prompt = Prompt === undefined || Prompt === null ? '' : toPSString(Prompt);
    if (AsSecureString) {
      await ctx.write(new PSSecureString(await ctx.host.readSecret(prompt)));
      return;
    }
    if (!MaskInput) {
      await ctx.write(await ctx.host.readLine(prompt));
      return;
    }
    // Typed without echo: a secret, whatever it is used for later (a SecureString's text is learnt as it is output).
    const answer = await ctx.host.readSecret(prompt);
    secretsOf(ctx).add(answer);
    await ctx.write(answer);
  },
});
