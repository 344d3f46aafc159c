/**
 * Get-EntraIDUserTemporaryAccessPass: a user's current Temporary Access Pass (at most one), with
 * when it is valid and whether it is usable. Graph never returns the pass value again after
 * creation, so TemporaryAccessPass is empty here.
 */
import { defineCmdlet, parameter } from '../../../cmdlet/index.js';
import { isGraphError } from '../../../graph/errors.js';
import { requireGraph } from '../../connection/current-connection.js';
import { graphFailureInfo, isAuthenticationFailure } from '../graph/graph-failure.js';
import { declared, TAP_READ } from '../graph/permissions.js';
import { tapMethodsPath } from '../identity/user-path.js';
import { userPipeBindType } from '../identity/user-pipe-bind-type.js';
import { tapRecordFromGraph, TAP_METHOD_TYPE_NAME } from './tap-record.js';
import { userSubject } from './tap-issuer.js';

export const getEntraIDUserTemporaryAccessPass = defineCmdlet({
  name: 'Get-EntraIDUserTemporaryAccessPass',
  synopsis: "Shows a user's current Temporary Access Pass: when it is valid and whether it can be used.",
  description:
    'Lists the Temporary Access Pass method of each user given or piped in. A user has at most one. The pass ' +
    'itself is only ever shown when it is created, so TemporaryAccessPass is empty; StartDateTime, EndDateTime, ' +
    'IsUsable and MethodUsabilityReason (EnabledByPolicy, NotYetValid, Expired, OneTimeUsed, DisabledByPolicy) say ' +
    'whether it still works. Users without a pass produce no output. Requires UserAuthenticationMethod.Read.All ' +
    'or UserAuthenticationMethod.ReadWrite.All.',
  examples: [
    { code: 'Get-EntraIDUserTemporaryAccessPass -Identity johndoe@contoso.onmicrosoft.com', remarks: "Shows John Doe's pass, if he has one." },
    {
      code: "Get-EntraIDUser -Filter \"department eq 'Sales'\" | Get-EntraIDUserTemporaryAccessPass | Where-Object IsUsable",
      remarks: 'Lists the passes in Sales that can still be used.',
    },
  ],
  outputType: TAP_METHOD_TYPE_NAME,
  defaultDisplayProperties: ['UserPrincipalName', 'StartDateTime', 'EndDateTime', 'IsUsable', 'MethodUsabilityReason'],
  requiredPermissions: declared(TAP_READ),
  parameters: {
    Identity: parameter(userPipeBindType, {
      mandatory: true,
      position: 0,
      fromPipeline: 'both',
      pipelinePropertyNames: ['Id', 'UserPrincipalName', 'UserId', 'ObjectId'],
      help: 'The user: a user principal name, an object id (GUID), or a user object.',
    }),
  },
  async process(args, ctx) {
    const identity = args.Identity.identity;
    const graph = await requireGraph(ctx, declared(TAP_READ));
    try {
      const response = await graph.client.get<{ value?: unknown }>(tapMethodsPath(identity.key), { signal: ctx.signal });
      const methods = Array.isArray(response.body.value) ? response.body.value : [];
      for (const method of methods) {
        if (method === null || typeof method !== 'object') continue;
        await ctx.write(tapRecordFromGraph(method as Record<string, unknown>, { userPrincipalName: identity.userPrincipalName ?? null, userId: identity.id ?? null }, TAP_METHOD_TYPE_NAME));
      }
    } catch (error) {
      if (ctx.signal.aborted || !isGraphError(error)) throw error;
      const info = graphFailureInfo(error, { subject: userSubject(identity), requirement: TAP_READ, claims: graph.claims, command: ctx.commandName, targetObject: identity.display });
      if (isAuthenticationFailure(error)) ctx.throwTerminating(info);
      await ctx.writeError(info);
    }
  },
});
