/**
 * Set-EntraIDTemporaryAccessPassPolicy: changes the tenant's Temporary Access Pass policy. Only
 * the settings given are sent (PATCH), with the @odata.type Graph insists on.
 */
import { defineCmdlet, enumeration, parameter, switchParameter, types } from '../../../cmdlet/index.js';
import { isGraphError } from '../../../graph/errors.js';
import { requireGraph } from '../../connection/current-connection.js';
import { graphFailureInfo } from '../graph/graph-failure.js';
import { declared, POLICY_WRITE } from '../graph/permissions.js';
import { TAP_POLICY_ODATA_TYPE, TAP_POLICY_PATH, TAP_POLICY_TYPE_NAME, tapPolicyRecordFromGraph } from './tap-policy-record.js';

const LIFETIME_RANGE = [10, 43200] as const;

/** Body fields in the order they are described, mapped from the parameters that were given. */
export function buildPolicyPatch(given: {
  readonly state?: 'Enabled' | 'Disabled' | undefined;
  readonly defaultLifetimeInMinutes?: number | undefined;
  readonly minimumLifetimeInMinutes?: number | undefined;
  readonly maximumLifetimeInMinutes?: number | undefined;
  readonly defaultLength?: number | undefined;
  readonly isUsableOnce?: boolean | undefined;
}): Record<string, unknown> {
  const body: Record<string, unknown> = { '@odata.type': TAP_POLICY_ODATA_TYPE };
  if (given.state !== undefined) body['state'] = given.state.toLowerCase();
  if (given.defaultLifetimeInMinutes !== undefined) body['defaultLifetimeInMinutes'] = given.defaultLifetimeInMinutes;
  if (given.minimumLifetimeInMinutes !== undefined) body['minimumLifetimeInMinutes'] = given.minimumLifetimeInMinutes;
  if (given.maximumLifetimeInMinutes !== undefined) body['maximumLifetimeInMinutes'] = given.maximumLifetimeInMinutes;
  if (given.defaultLength !== undefined) body['defaultLength'] = given.defaultLength;
  if (given.isUsableOnce !== undefined) body['isUsableOnce'] = given.isUsableOnce;
  return body;
}

export const setEntraIDTemporaryAccessPassPolicy = defineCmdlet({
  name: 'Set-EntraIDTemporaryAccessPassPolicy',
  synopsis: "Changes the tenant's Temporary Access Pass policy.",
  description:
    'Updates only the settings you give; the rest of the policy stays as it is. Microsoft Graph checks that the ' +
    'default lifetime lies between the minimum and the maximum (10 to 43200 minutes) and that the length is 8 to ' +
    '48. Supports -WhatIf and -Confirm; -PassThru shows the policy afterwards. Requires ' +
    'Policy.ReadWrite.AuthenticationMethod (with delegated sign-in also the Authentication Policy Administrator role).',
  examples: [
    { code: 'Set-EntraIDTemporaryAccessPassPolicy -State Enabled', remarks: 'Allows Temporary Access Passes in the tenant.' },
    {
      code: 'Set-EntraIDTemporaryAccessPassPolicy -MinimumLifetimeInMinutes 10 -MaximumLifetimeInMinutes 480 -DefaultLifetimeInMinutes 60 -PassThru',
      remarks: 'Lets passes last from 10 minutes to 8 hours, one hour by default, and shows the result.',
    },
    { code: 'Set-EntraIDTemporaryAccessPassPolicy -IsUsableOnce:$false', remarks: 'Makes passes reusable by default, which also allows reusable passes to be requested.' },
  ],
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  outputType: TAP_POLICY_TYPE_NAME,
  requiredPermissions: declared(POLICY_WRITE),
  parameters: {
    State: parameter(enumeration('TemporaryAccessPassPolicyState', ['Enabled', 'Disabled'] as const), { help: 'Enabled allows Temporary Access Passes; Disabled refuses new ones.' }),
    DefaultLifetimeInMinutes: parameter(types.int32, { validate: { range: LIFETIME_RANGE }, help: 'The lifetime of a pass when the request names none.' }),
    MinimumLifetimeInMinutes: parameter(types.int32, { validate: { range: LIFETIME_RANGE }, help: 'The shortest lifetime a request may ask for.' }),
    MaximumLifetimeInMinutes: parameter(types.int32, { validate: { range: LIFETIME_RANGE }, help: 'The longest lifetime a request may ask for.' }),
    DefaultLength: parameter(types.int32, { validate: { range: [8, 48] }, help: 'How many characters a pass has.' }),
    IsUsableOnce: switchParameter({
      help: 'With -IsUsableOnce (or :$true) every pass is one-time only and reusable passes are refused; -IsUsableOnce:$false makes reusable passes the default and allows one-time passes on request.',
    }),
    PassThru: switchParameter({ help: 'Output the policy after the change.' }),
  },
  async process(args, ctx) {
    const body = buildPolicyPatch({
      state: args.State,
      defaultLifetimeInMinutes: args.DefaultLifetimeInMinutes,
      minimumLifetimeInMinutes: args.MinimumLifetimeInMinutes,
      maximumLifetimeInMinutes: args.MaximumLifetimeInMinutes,
      defaultLength: args.DefaultLength,
      isUsableOnce: ctx.boundParameters.has('IsUsableOnce') ? args.IsUsableOnce : undefined,
    });
    const changes = Object.keys(body).filter((k) => !k.startsWith('@'));
    if (changes.length === 0) {
      ctx.throwTerminating({
        message: 'Specify at least one setting to change: -State, -DefaultLifetimeInMinutes, -MinimumLifetimeInMinutes, -MaximumLifetimeInMinutes, -DefaultLength or -IsUsableOnce.',
        errorId: 'NothingToChange',
        category: 'InvalidArgument',
      });
    }
    const summary = changes.map((k) => `${k} = ${String(body[k])}`).join(', ');
    if (!(await ctx.shouldProcess('Temporary Access Pass policy', `Set ${summary}`))) return;
    const graph = await requireGraph(ctx, declared(POLICY_WRITE));
    try {
      await graph.client.patch(TAP_POLICY_PATH, body, { signal: ctx.signal });
      if (args.PassThru) {
        const response = await graph.client.get<Record<string, unknown>>(TAP_POLICY_PATH, { signal: ctx.signal });
        await ctx.write(tapPolicyRecordFromGraph(response.body));
      }
    } catch (error) {
      if (ctx.signal.aborted || !isGraphError(error)) throw error;
      ctx.throwTerminating(graphFailureInfo(error, { subject: 'The Temporary Access Pass policy', requirement: POLICY_WRITE, claims: graph.claims, command: ctx.commandName }));
    }
  },
});
