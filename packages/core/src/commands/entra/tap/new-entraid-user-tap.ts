/**
 * New-EntraIDUserTemporaryAccessPass (New-PnPEntraIDUserTemporaryAccessPass,
 * New-PnPAzureADUserTemporaryAccessPass): issues a Temporary Access Pass per user.
 *
 * Unlike PnP it encodes guest and `$` UPNs, calls v1.0, sends only what was specified (so the
 * tenant policy's defaults apply), checks the token's permissions first, explains refusals with
 * the policy's actual limits, and works through piped users concurrently within the tenant's
 * write budget while keeping the output in input order.
 */
import type { CmdletContext } from '../../../cmdlet/context.js';
import { defineCmdlet, parameter, switchParameter, types } from '../../../cmdlet/index.js';
import { createAdaptiveLimiter } from '../../../graph/adaptive-limiter.js';
import { BulkProgress } from '../bulk/bulk-progress.js';
import { OrderedBulk } from '../bulk/ordered-bulk.js';
import { requireGraph } from '../../connection/current-connection.js';
import { declared, TAP_WRITE } from '../graph/permissions.js';
import type { UserIdentity } from '../identity/user-pipe-bind.js';
import { userPipeBindType } from '../identity/user-pipe-bind-type.js';
import type { TapRequestOptions } from './tap-body.js';
import { issueTap, type IssueOutcome } from './tap-issuer.js';
import { TapPolicyReader } from './tap-policy-reader.js';
import { TAP_TYPE_NAME } from './tap-record.js';
import { NEW_TAP_EXAMPLES, NEW_TAP_DESCRIPTION } from './new-entraid-user-tap-help.js';

/** Enough requests in flight to reach Graph's ~20 writes/s at typical latencies; the limiter backs off on 429s. */
export const DEFAULT_TAP_THROTTLE_LIMIT = 16;

/**
 * Users taken ahead of the oldest one still in progress. Output keeps input order, so one slow
 * user (a request that never answers and times out, then its retry) holds back everything behind
 * it; with only a few dozen read ahead, the whole run stood still for every such user. This many
 * covers a minute at Graph's write rate, for a few MB of pending records.
 */
const BULK_LOOKAHEAD = 1024;

interface PendingPass {
  readonly identity: UserIdentity;
  readonly options: TapRequestOptions;
}

interface Run {
  readonly bulk: OrderedBulk<PendingPass, IssueOutcome>;
  readonly progress: BulkProgress;
}

interface State {
  run: Run | undefined;
}

async function startRun(ctx: CmdletContext, throttleLimit: number): Promise<Run> {
  const graph = await requireGraph(ctx, declared(TAP_WRITE));
  const issuer = { client: graph.client, claims: graph.claims, policy: new TapPolicyReader(graph.client, graph.claims, ctx.signal), command: ctx.commandName };
  const limiter = createAdaptiveLimiter({ max: throttleLimit });
  const bulk = new OrderedBulk<PendingPass, IssueOutcome>((item, _index, slot) => issueTap(issuer, item.identity, item.options, slot), limiter, ctx.signal, {
    maxLookahead: BULK_LOOKAHEAD,
  });
  const progress = new BulkProgress({ activity: 'Issuing Temporary Access Passes' });
  return { bulk, progress };
}

/** Writes one user's outcome, in input order, from inside process or end. */
function emitter(ctx: CmdletContext, run: Run): (outcome: IssueOutcome) => Promise<void> {
  return async (outcome) => {
    run.progress.advance(outcome.ok, ctx);
    if (outcome.ok) {
      await ctx.write(outcome.record);
      return;
    }
    if (outcome.terminating) {
      // Nothing after this can succeed (the token is refused): stop the work in flight and the command.
      await run.bulk.dispose();
      run.progress.complete(ctx);
      ctx.throwTerminating(outcome.error);
    }
    await ctx.writeError(outcome.error);
  };
}

export const newEntraIDUserTemporaryAccessPass = defineCmdlet({
  name: 'New-EntraIDUserTemporaryAccessPass',
  aliases: ['New-PnPEntraIDUserTemporaryAccessPass', 'New-PnPAzureADUserTemporaryAccessPass'],
  synopsis: 'Issues a Temporary Access Pass to one user, or to every user piped in.',
  description: NEW_TAP_DESCRIPTION,
  examples: NEW_TAP_EXAMPLES,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  outputType: TAP_TYPE_NAME,
  outputSecretProperties: ['TemporaryAccessPass'],
  defaultDisplayProperties: ['UserPrincipalName', 'TemporaryAccessPass', 'StartDateTime', 'EndDateTime', 'IsUsableOnce'],
  requiredPermissions: declared(TAP_WRITE),
  parameters: {
    Identity: parameter(userPipeBindType, {
      mandatory: true,
      position: 0,
      fromPipeline: 'both',
      pipelinePropertyNames: ['Id', 'UserPrincipalName', 'UserId', 'ObjectId'],
      help: 'The user: a user principal name, an object id (GUID), or a user object such as the output of Get-EntraIDUser or a row of Import-Csv with an Id, UserPrincipalName, UserId or ObjectId column.',
    }),
    StartDateTime: parameter(types.dateTime, {
      help: 'When the pass becomes usable. Without it the pass is usable at once. Sent to Graph in UTC.',
    }),
    LifeTimeInMinutes: parameter(types.int32, {
      validate: { range: [10, 43200] },
      help: "How many minutes the pass stays usable once it has started. Without it the tenant policy's default lifetime applies; the policy's minimum and maximum bound what Graph accepts.",
    }),
    IsUsableOnce: switchParameter({
      aliases: ['IsUseableOnce'],
      help: "Whether the pass works for a single sign-in. -IsUsableOnce or -IsUsableOnce:$true asks for a one-time pass, -IsUsableOnce:$false for a reusable one; leave it out to follow the tenant policy's default.",
    }),
    ThrottleLimit: parameter(types.int32, {
      default: DEFAULT_TAP_THROTTLE_LIMIT,
      validate: { range: [1, 128] },
      help: 'The most passes requested at the same time for piped users. Fewer are used while Microsoft Graph is throttling.',
    }),
  },
  state: (): State => ({ run: undefined }),
  async process(args, ctx, state) {
    const identity = args.Identity.identity;
    if (!(await ctx.shouldProcess(identity.display, 'Create a Temporary Access Pass (replaces any existing pass)'))) return;
    const options: TapRequestOptions = {
      ...(args.StartDateTime === undefined ? {} : { startDateTime: args.StartDateTime }),
      ...(args.LifeTimeInMinutes === undefined ? {} : { lifetimeInMinutes: args.LifeTimeInMinutes }),
      // A switch is false when absent; only an explicit -IsUsableOnce[:$x] is sent.
      ...(ctx.boundParameters.has('IsUsableOnce') ? { isUsableOnce: args.IsUsableOnce } : {}),
    };
    state.run ??= await startRun(ctx, args.ThrottleLimit);
    ctx.writeVerbose(`Requesting a Temporary Access Pass for '${identity.display}'.`);
    await state.run.bulk.push({ identity, options }, emitter(ctx, state.run));
  },
  async end(_args, ctx, state) {
    const run = state.run;
    if (run === undefined) return;
    await run.bulk.finish(emitter(ctx, run));
    run.progress.complete(ctx);
    ctx.writeVerbose(`Issued ${run.progress.done - run.progress.failed} Temporary Access Passes; ${run.progress.failed} failed.`);
  },
});
