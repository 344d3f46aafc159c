/**
 * EntraIDUserPipeBind: what `-Identity` accepts, resolved to the key used in Graph paths plus
 * whatever the input already tells us about the user (so no lookup is needed to label output).
 *
 * Accepted: a UPN string, a GUID (string or [guid]), an EntraIDUser record, or any object with
 * an Id / UserPrincipalName / UserId / ObjectId property (an Import-Csv row, a Graph SDK object,
 * a hashtable). A property is only trusted as an id when it holds a GUID; UserId and ObjectId are
 * preferred over Id, which some records use for something else.
 */
import { PSGuid, PSHashtable, PSObject } from '../../../values/model.js';
import { canonicalGuid } from './guid.js';

export interface UserIdentity {
  /** What goes into the Graph path: the object id when known, else the UPN. */
  readonly key: string;
  /** The object id (canonical GUID) when the input carried one. */
  readonly id?: string;
  /** The user principal name when the input carried one. */
  readonly userPrincipalName?: string;
  /** How to name the user in messages: the UPN when known, else the id. */
  readonly display: string;
}

const ID_PROPERTIES = ['UserId', 'ObjectId', 'Id'] as const;
const UPN_PROPERTIES = ['UserPrincipalName', 'UPN'] as const;

/** A property value as text, for objects of any of the shapes a pipeline can carry. */
function hasProperty(input: object, name: string): boolean {
  if (input instanceof PSObject || input instanceof PSHashtable) return input.has(name);
  return Object.keys(input).some((k) => k.toLowerCase() === name.toLowerCase());
}

function readProperty(input: object, name: string): unknown {
  if (input instanceof PSObject) return input.has(name) ? input.get(name) : undefined;
  if (input instanceof PSHashtable) return input.get(name);
  // Plain JS objects (e.g. parsed JSON): match the name case-insensitively, as PowerShell does.
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(input)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

function asText(value: unknown): string | undefined {
  if (value instanceof PSGuid) return value.value;
  if (typeof value === 'string') {
    const t = value.trim();
    return t.length > 0 ? t : undefined;
  }
  return undefined;
}

function fromText(text: string): UserIdentity {
  const guid = canonicalGuid(text);
  if (guid) return { key: guid, id: guid, display: guid };
  return { key: text, userPrincipalName: text, display: text };
}

/**
 * Resolves an `-Identity` value. Returns undefined when the value names no user (null, empty
 * string, an object without any usable property); the caller reports that in its own words.
 */
export function resolveUserIdentity(input: unknown): UserIdentity | undefined {
  if (input === null || input === undefined) return undefined;
  if (input instanceof PSGuid) return fromText(input.value);
  if (typeof input === 'string') {
    const text = asText(input);
    return text === undefined ? undefined : fromText(text);
  }
  if (typeof input !== 'object') return undefined;

  // An object that names its user with UserId (a TemporaryAccessPass record, its CSV export) uses
  // Id for something else (the pass), so Id must not be mistaken for the user.
  const idProperties = hasProperty(input, 'UserId') ? ID_PROPERTIES.filter((n) => n !== 'Id') : ID_PROPERTIES;
  let id: string | undefined;
  for (const name of idProperties) {
    const text = asText(readProperty(input, name));
    const guid = text === undefined ? undefined : canonicalGuid(text);
    if (guid) {
      id = guid;
      break;
    }
  }
  let upn: string | undefined;
  for (const name of UPN_PROPERTIES) {
    upn = asText(readProperty(input, name));
    if (upn !== undefined) break;
  }
  if (id !== undefined) {
    return upn === undefined ? { key: id, id, display: id } : { key: id, id, userPrincipalName: upn, display: upn };
  }
  if (upn !== undefined) return fromText(upn);
  // An Id column that holds a UPN (common in hand-written CSVs) still identifies the user.
  for (const name of idProperties) {
    const text = asText(readProperty(input, name));
    if (text !== undefined) return fromText(text);
  }
  return undefined;
}

/** Whether a pipeline value can be read as a user identity (for ByValue binding). */
export function isUserIdentityInput(value: unknown): boolean {
  return resolveUserIdentity(value) !== undefined;
}
