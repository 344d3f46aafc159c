/** Get-EntraIDTemporaryAccessPassPolicy: the tenant's Temporary Access Pass policy. */
import { defineCmdlet } from '../../../cmdlet/index.js';
import { isGraphError } from '../../../graph/errors.js';
import { requireGraph } from '../../connection/current-connection.js';
import { graphFailureInfo } from '../graph/graph-failure.js';
import { declared, POLICY_READ } from '../graph/permissions.js';
import { TAP_POLICY_PATH, TAP_POLICY_TYPE_NAME, tapPolicyRecordFromGraph } from './tap-policy-record.js';

export const getEntraIDTemporaryAccessPassPolicy = defineCmdlet({
  name: 'Get-EntraIDTemporaryAccessPassPolicy',
  synopsis: "Shows the tenant's Temporary Access Pass policy: whether passes are allowed, their lifetimes, length and one-time use.",
  description:
    'Reads the Temporary Access Pass configuration of the authentication methods policy. State must be Enabled ' +
    'for passes to be issued; a requested lifetime must lie between MinimumLifetimeInMinutes and ' +
    'MaximumLifetimeInMinutes; DefaultLifetimeInMinutes, DefaultLength and IsUsableOnce apply when a request does ' +
    'not say otherwise (and IsUsableOnce set to True forbids reusable passes). IncludeTargets and ExcludeTargets ' +
    'say who is covered. Requires Policy.Read.All or Policy.ReadWrite.AuthenticationMethod.',
  examples: [{ code: 'Get-EntraIDTemporaryAccessPassPolicy', remarks: 'Shows the policy.' }],
  outputType: TAP_POLICY_TYPE_NAME,
  requiredPermissions: declared(POLICY_READ),
  parameters: {},
  async process(_args, ctx) {
    const graph = await requireGraph(ctx, declared(POLICY_READ));
    try {
      const response = await graph.client.get<Record<string, unknown>>(TAP_POLICY_PATH, { signal: ctx.signal });
      await ctx.write(tapPolicyRecordFromGraph(response.body));
    } catch (error) {
      if (ctx.signal.aborted || !isGraphError(error)) throw error;
      ctx.throwTerminating(graphFailureInfo(error, { subject: 'The Temporary Access Pass policy', requirement: POLICY_READ, claims: graph.claims, command: ctx.commandName }));
    }
  },
});
