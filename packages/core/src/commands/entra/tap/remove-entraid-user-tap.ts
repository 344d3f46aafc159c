/**
 * Remove-EntraIDUserTemporaryAccessPass: deletes a user's Temporary Access Pass, e.g. once the user
 * has registered their own methods or when a pass was handed out by mistake.
 */
import { defineCmdlet, parameter, types } from '../../../cmdlet/index.js';
import { isGraphError } from '../../../graph/errors.js';
import { requireGraph } from '../../connection/current-connection.js';
import { graphFailureInfo, isAuthenticationFailure } from '../graph/graph-failure.js';
import { declared, TAP_WRITE } from '../graph/permissions.js';
import { tapMethodPath, tapMethodsPath } from '../identity/user-path.js';
import { userPipeBindType } from '../identity/user-pipe-bind-type.js';
import { userSubject } from './tap-issuer.js';

export const removeEntraIDUserTemporaryAccessPass = defineCmdlet({
  name: 'Remove-EntraIDUserTemporaryAccessPass',
  synopsis: "Deletes a user's Temporary Access Pass.",
  description:
    'Deletes the Temporary Access Pass of each user given or piped in, so it can no longer be used to sign in. ' +
    'Without -Id the user\'s current pass is looked up first; a user without a pass gets a warning, not an error. ' +
    'Supports -WhatIf and -Confirm. Requires UserAuthenticationMethod.ReadWrite.All (with delegated sign-in also ' +
    'the Authentication Administrator or Privileged Authentication Administrator role).',
  examples: [
    { code: 'Remove-EntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com', remarks: "Deletes John Doe's pass." },
    {
      code: 'Import-Csv taps.csv | Remove-EntraIDUserTemporaryAccessPass -WhatIf',
      remarks: 'Shows which passes of an earlier export would be deleted (the Id column is the user id, UserPrincipalName names the user).',
    },
  ],
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  requiredPermissions: declared(TAP_WRITE),
  parameters: {
    Identity: parameter(userPipeBindType, {
      mandatory: true,
      position: 0,
      fromPipeline: 'both',
      pipelinePropertyNames: ['UserId', 'UserPrincipalName', 'Id', 'ObjectId'],
      help: 'The user: a user principal name, an object id (GUID), or a user object.',
    }),
    MethodId: parameter(types.string, {
      help: "The id of the pass to delete (the Id of Get-EntraIDUserTemporaryAccessPass's output). Without it, the user's current pass.",
    }),
  },
  async process(args, ctx) {
    const identity = args.Identity.identity;
    if (!(await ctx.shouldProcess(identity.display, 'Remove the Temporary Access Pass'))) return;
    const graph = await requireGraph(ctx, declared(TAP_WRITE));
    const subject = userSubject(identity);
    try {
      let methodIds: string[];
      if (args.MethodId !== undefined) {
        methodIds = [args.MethodId];
      } else {
        const listed = await graph.client.get<{ value?: unknown }>(tapMethodsPath(identity.key), { signal: ctx.signal });
        const methods = Array.isArray(listed.body.value) ? listed.body.value : [];
        methodIds = methods.map((m) => (m !== null && typeof m === 'object' ? (m as { id?: unknown }).id : undefined)).filter((id): id is string => typeof id === 'string');
      }
      if (methodIds.length === 0) {
        await ctx.writeWarning(`${subject} has no Temporary Access Pass; nothing was removed.`);
        return;
      }
      for (const methodId of methodIds) {
        await graph.client.delete(tapMethodPath(identity.key, methodId), { signal: ctx.signal });
        ctx.writeVerbose(`Removed the Temporary Access Pass of '${identity.display}'.`);
      }
    } catch (error) {
      if (ctx.signal.aborted || !isGraphError(error)) throw error;
      const info = graphFailureInfo(error, { subject, requirement: TAP_WRITE, claims: graph.claims, command: ctx.commandName, targetObject: identity.display });
      if (isAuthenticationFailure(error)) ctx.throwTerminating(info);
      await ctx.writeError(info);
    }
  },
});
