/**
 * Graph user JSON → the `EntraIDUser` record, with PnP's property names so scripts written for
 * Get-PnPEntraIDUser keep working. Properties beyond PnP's set (from -Select) land in
 * AdditionalProperties, a case-insensitive hashtable keyed by Graph's property names, as in PnP; they
 * are also record properties of their own (`department` → `Department`), so what a user selects works
 * where they would reach for it: `Group-Object Department`, `Select-Object DisplayName, Department`.
 */
import { PSHashtable, PSObject } from '../../../values/model.js';

export const ENTRA_USER_TYPE_NAME = 'EntraShell.EntraIDUser';

/** PnP's record properties and the Graph property behind each, in PnP's display order. */
export const USER_RECORD_PROPERTIES: readonly (readonly [recordName: string, graphName: string])[] = [
  ['Id', 'id'],
  ['UserPrincipalName', 'userPrincipalName'],
  ['DisplayName', 'displayName'],
  ['GivenName', 'givenName'],
  ['Surname', 'surname'],
  ['Mail', 'mail'],
  ['JobTitle', 'jobTitle'],
  ['MobilePhone', 'mobilePhone'],
  ['OfficeLocation', 'officeLocation'],
  ['PreferredLanguage', 'preferredLanguage'],
  ['BusinessPhones', 'businessPhones'],
  ['AccountEnabled', 'accountEnabled'],
];

/** What PnP always selects (unless -IgnoreDefaultProperties): the record's own properties. */
export const DEFAULT_USER_SELECT: readonly string[] = USER_RECORD_PROPERTIES.map(([, graph]) => graph);

const RECORD_GRAPH_NAMES = new Set(DEFAULT_USER_SELECT.map((n) => n.toLowerCase()));

/** JSON → script value: arrays and nested objects become arrays and hashtables. */
function toScriptValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(toScriptValue);
  if (value !== null && typeof value === 'object') {
    const table = new PSHashtable();
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) table.set(k, toScriptValue(v));
    return table;
  }
  return value;
}

function findCaseInsensitive(json: Record<string, unknown>, name: string): unknown {
  if (name in json) return json[name];
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(json)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** Graph's camelCase name in the PascalCase of PowerShell properties: `employeeId` → `EmployeeId`. */
function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function userRecordFromGraph(json: Record<string, unknown>): PSObject {
  const record = new PSObject({}, [ENTRA_USER_TYPE_NAME, 'System.Management.Automation.PSCustomObject']);
  for (const [recordName, graphName] of USER_RECORD_PROPERTIES) {
    const value = toScriptValue(findCaseInsensitive(json, graphName));
    record.set(recordName, recordName === 'BusinessPhones' && value === null ? [] : value);
  }
  const additional = new PSHashtable();
  for (const [k, v] of Object.entries(json)) {
    // OData annotations (@odata.context, @odata.type) are transport detail, except a delta
    // query's `@removed`, which says the user was deleted and must stay visible.
    if (k.startsWith('@odata.')) continue;
    if (RECORD_GRAPH_NAMES.has(k.toLowerCase())) continue;
    const value = toScriptValue(v);
    additional.set(k, value);
    if (!k.startsWith('@') && !record.has(k)) record.set(pascalCase(k), value);
  }
  record.set('AdditionalProperties', additional);
  return record;
}

/**
 * The `$select` list: PnP's defaults plus what the caller asked for (or only the latter with
 * -IgnoreDefaultProperties), without duplicates (case-insensitive, first spelling kept).
 * `AdditionalProperties` is a record property, not a Graph one, so it is dropped.
 */
export function buildUserSelect(extra: readonly string[] | undefined, ignoreDefaults: boolean): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (name: string): void => {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.toLowerCase() === 'additionalproperties') return;
    const graphName = USER_RECORD_PROPERTIES.find(([r]) => r.toLowerCase() === trimmed.toLowerCase())?.[1] ?? trimmed;
    const key = graphName.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(graphName);
  };
  if (!ignoreDefaults) DEFAULT_USER_SELECT.forEach(add);
  for (const name of extra ?? []) for (const part of name.split(',')) add(part);
  return out;
}
