/**
 * The `TemporaryAccessPass` record: Graph's temporaryAccessPassAuthenticationMethod plus the user
 * it belongs to (so bulk output and CSV exports are attributable) and the computed expiry.
 */
import { PSDateTime, PSObject } from '../../../values/model.js';
import { parseGraphDate } from './graph-date.js';

export const TAP_TYPE_NAME = 'EntraShell.TemporaryAccessPass';
/** A pass as listed later: Graph no longer returns the secret, so the view shows usability instead. */
export const TAP_METHOD_TYPE_NAME = 'EntraShell.TemporaryAccessPassMethod';

export interface TapOwner {
  readonly userPrincipalName: string | null;
  readonly userId: string | null;
}

function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function asBoolean(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function tapRecordFromGraph(json: Record<string, unknown>, owner: TapOwner, typeName: string = TAP_TYPE_NAME): PSObject {
  const created = parseGraphDate(json['createdDateTime']);
  // Graph fills startDateTime in; should it ever be missing, the pass started when it was created.
  const start = parseGraphDate(json['startDateTime']) ?? created;
  const lifetime = asNumber(json['lifetimeInMinutes']);
  const end = start !== null && lifetime !== null ? new PSDateTime(start.epochMs + lifetime * 60_000, start.kind) : null;
  return new PSObject(
    [
      ['UserPrincipalName', owner.userPrincipalName],
      ['UserId', owner.userId],
      ['TemporaryAccessPass', asString(json['temporaryAccessPass'])],
      ['StartDateTime', start],
      ['EndDateTime', end],
      ['LifetimeInMinutes', lifetime],
      ['IsUsableOnce', asBoolean(json['isUsableOnce'])],
      ['IsUsable', asBoolean(json['isUsable'])],
      ['MethodUsabilityReason', asString(json['methodUsabilityReason'])],
      ['CreatedDateTime', created],
      ['Id', asString(json['id'])],
    ],
    [typeName, 'System.Management.Automation.PSCustomObject'],
  );
}
