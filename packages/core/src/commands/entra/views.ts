/**
 * Default displays of the Entra records, registered with the formatter: what a person wants to
 * see first. Every property stays on the record (Format-List *, Select-Object, Export-Csv).
 */
import { registerDefaultView } from '../../format/views.js';
import { PSObject } from '../../values/model.js';
import { ENTRA_USER_TYPE_NAME } from './users/user-record.js';
import { ENTRA_USER_DELTA_TYPE_NAME } from './users/user-listing.js';
import { TAP_METHOD_TYPE_NAME, TAP_TYPE_NAME } from './tap/tap-record.js';
import { TAP_POLICY_TYPE_NAME } from './tap/tap-policy-record.js';

/** The user a pass belongs to: the UPN when the input named one, else the object id. */
function passOwner(record: unknown): unknown {
  if (!(record instanceof PSObject)) return null;
  return record.get('UserPrincipalName') ?? record.get('UserId');
}

function userCount(record: unknown): unknown {
  if (!(record instanceof PSObject)) return null;
  const users = record.get('Users');
  return Array.isArray(users) ? users.length : 0;
}

export function registerEntraViews(): void {
  registerDefaultView(ENTRA_USER_TYPE_NAME, { kind: 'table', properties: ['DisplayName', 'UserPrincipalName', 'Id'] });
  registerDefaultView(TAP_TYPE_NAME, {
    kind: 'table',
    properties: [{ label: 'User', expression: passOwner }, 'TemporaryAccessPass', 'StartDateTime', 'EndDateTime', 'IsUsableOnce'],
  });
  registerDefaultView(TAP_METHOD_TYPE_NAME, {
    kind: 'table',
    properties: [{ label: 'User', expression: passOwner }, 'StartDateTime', 'EndDateTime', 'IsUsable', 'MethodUsabilityReason'],
  });
  registerDefaultView(TAP_POLICY_TYPE_NAME, {
    kind: 'list',
    properties: ['State', 'DefaultLifetimeInMinutes', 'MinimumLifetimeInMinutes', 'MaximumLifetimeInMinutes', 'DefaultLength', 'IsUsableOnce', 'IncludeTargets', 'ExcludeTargets'],
  });
  registerDefaultView(ENTRA_USER_DELTA_TYPE_NAME, { kind: 'list', properties: [{ label: 'Users', expression: userCount }, 'DeltaToken'] });
}
