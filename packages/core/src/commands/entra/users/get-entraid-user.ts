/**
 * Get-EntraIDUser (Get-PnPEntraIDUser, Get-PnPAzureADUser): users from Entra ID, by identity, as
 * a list streamed page by page, or as a delta round. PnP's parameter sets and names, without its
 * defects: -Select honoured with a GUID, guest and `$` UPNs encoded, `$orderby` spelled right,
 * advanced queries sent in advanced mode, delta pointed at /users/delta with a resumable token.
 */
import { defineCmdlet, parameter, switchParameter, types, arrayOf } from '../../../cmdlet/index.js';
import { userPipeBindType } from '../identity/user-pipe-bind-type.js';
import { requireGraph } from '../../connection/current-connection.js';
import { isGraphError } from '../../../graph/errors.js';
import { graphFailureInfo, isAuthenticationFailure } from '../graph/graph-failure.js';
import { declared, USER_READ } from '../graph/permissions.js';
import { getUserByIdentity, listUsers, userDelta } from './user-listing.js';
import { ENTRA_USER_TYPE_NAME } from './user-record.js';

const LIST = 'List';
const BY_IDENTITY = 'ByIdentity';
const DELTA = 'Delta';

export const getEntraIDUser = defineCmdlet({
  name: 'Get-EntraIDUser',
  aliases: ['Get-PnPEntraIDUser', 'Get-PnPAzureADUser'],
  synopsis: 'Gets users from Entra ID: one by identity, a filtered list, or the changes since a delta token.',
  description:
    'Without -Identity, returns users page by page as Microsoft Graph delivers them, so the first users appear ' +
    'at once and a pipeline can start working on them. -Filter and -OrderBy are OData expressions; queries that ' +
    'Graph only runs in advanced mode (endsWith, ne, not, a filter together with an ordering) are sent with ' +
    'ConsistencyLevel: eventual and $count=true automatically. -Select adds properties to the default set; each ' +
    'extra one becomes a property of its own (department → Department) and is also kept under ' +
    'AdditionalProperties, where PnP scripts look for it. With -Identity, pass a user principal name (guest #EXT# names ' +
    'and names starting with $ work), an object id, or a user object. With -Delta, returns one object holding the ' +
    'users and a DeltaToken; pass that token back with -DeltaToken to get only what changed since.',
  examples: [
    { code: 'Get-EntraIDUser', remarks: 'Lists every user of the tenant, streaming page by page.' },
    { code: 'Get-EntraIDUser -Identity johndoe@contoso.onmicrosoft.com -Select Department', remarks: 'Gets one user with their department, as the Department property.' },
    { code: 'Get-EntraIDUser -Select Department | Group-Object Department', remarks: 'Counts the users of each department.' },
    { code: "Get-EntraIDUser -Filter \"department eq 'Sales'\" -OrderBy displayName", remarks: 'Lists the Sales department sorted by name (sent as an advanced query).' },
    { code: "Get-EntraIDUser -Filter \"endsWith(mail,'@contoso.com')\"", remarks: 'An advanced filter: ConsistencyLevel and $count are added for you.' },
    { code: '$round = Get-EntraIDUser -Delta; Get-EntraIDUser -Delta -DeltaToken $round.DeltaToken', remarks: 'Takes a full snapshot, then later asks only for what changed.' },
  ],
  parameterSets: [LIST, BY_IDENTITY, DELTA],
  defaultParameterSet: LIST,
  outputType: ENTRA_USER_TYPE_NAME,
  defaultDisplayProperties: ['DisplayName', 'UserPrincipalName', 'Id'],
  requiredPermissions: declared(USER_READ),
  parameters: {
    Identity: parameter(userPipeBindType, {
      sets: { [BY_IDENTITY]: { mandatory: true, position: 0, fromPipeline: 'both' } },
      pipelinePropertyNames: ['Id', 'UserPrincipalName', 'UserId', 'ObjectId'],
      help: 'The user: a user principal name, an object id (GUID), or a user object.',
    }),
    Filter: parameter(types.string, { sets: { [LIST]: {}, [DELTA]: {} }, help: "An OData filter, e.g. \"department eq 'Sales'\"." }),
    OrderBy: parameter(types.string, { sets: { [LIST]: {}, [DELTA]: {} }, help: 'An OData ordering, e.g. "displayName desc".' }),
    Select: parameter(arrayOf(types.string), {
      help: 'Properties to load besides the default set (or instead of it, with -IgnoreDefaultProperties).',
    }),
    Delta: switchParameter({ sets: { [DELTA]: { mandatory: true } }, help: 'Run a delta query: all users now, and a token to ask for changes later.' }),
    DeltaToken: parameter(types.string, { sets: { [DELTA]: {} }, help: 'The DeltaToken of an earlier -Delta result: return only what changed since.' }),
    StartIndex: parameter(types.int32, {
      sets: { [LIST]: {}, [DELTA]: {} },
      default: 0,
      validate: { range: [0, 2147483647] },
      help: 'The position of the first user to return, counting from 1 (0 also means the first).',
    }),
    EndIndex: parameter(types.int32, {
      sets: { [LIST]: {}, [DELTA]: {} },
      validate: { range: [0, 2147483647] },
      help: 'The position of the last user to return; paging stops there.',
    }),
    IgnoreDefaultProperties: switchParameter({
      sets: { [LIST]: {}, [BY_IDENTITY]: {} },
      help: 'Load only the properties named by -Select.',
    }),
  },
  async process(args, ctx) {
    if (args.IgnoreDefaultProperties && args.Select === undefined) {
      ctx.throwTerminating({
        message: 'When providing IgnoreDefaultProperties, you must provide Select',
        errorId: 'IgnoreDefaultPropertiesWithoutSelect',
        category: 'InvalidArgument',
        exceptionType: 'ArgumentException',
      });
    }
    const graph = await requireGraph(ctx, declared(USER_READ));
    const failure = (error: unknown, subject?: string, targetObject?: unknown) =>
      graphFailureInfo(error, { command: ctx.commandName, requirement: USER_READ, claims: graph.claims, ...(subject === undefined ? {} : { subject }), targetObject });
    try {
      if (ctx.parameterSetName === BY_IDENTITY && args.Identity !== undefined) {
        const identity = args.Identity.identity;
        try {
          await ctx.write(await getUserByIdentity(graph.client, identity, args.Select, args.IgnoreDefaultProperties, ctx.signal));
        } catch (error) {
          if (ctx.signal.aborted || !isGraphError(error) || isAuthenticationFailure(error)) throw error;
          // One unknown user among many piped ones must not stop the others.
          await ctx.writeError(failure(error, `User '${identity.display}'`, identity.display));
        }
        return;
      }
      const window = { startIndex: args.StartIndex, endIndex: args.EndIndex };
      const query = { filter: args.Filter, orderBy: args.OrderBy, select: args.Select, ignoreDefaultProperties: args.IgnoreDefaultProperties };
      if (ctx.parameterSetName === DELTA) {
        if (args.DeltaToken !== undefined && (args.Filter !== undefined || args.OrderBy !== undefined || args.Select !== undefined)) {
          await ctx.writeWarning('-Filter, -OrderBy and -Select are part of the delta token; the values given with -DeltaToken are not sent.');
        }
        await ctx.write(await userDelta(graph.client, { ...query, ...window, deltaToken: args.DeltaToken }, ctx));
        return;
      }
      await listUsers(graph.client, { ...query, ...window }, ctx);
    } catch (error) {
      // Only Graph's answers are explained here; pipeline signals (stop, -ErrorAction Stop) pass through.
      if (ctx.signal.aborted || !isGraphError(error)) throw error;
      ctx.throwTerminating(failure(error));
    }
  },
});
