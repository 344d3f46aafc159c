/**
 * `/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass`:
 * GET, PATCH (validated, `@odata.type` required) and DELETE (back to Graph's defaults).
 */
import { hasDirectoryRole, type PermissionSpec } from '../auth/principal.js';
import { ROLE } from '../directory/roles.js';
import { GraphHttpError } from '../http/graph-types.js';
import { contextUrl, json, noContent } from '../http/odata.js';
import { applyPolicyPatch, GRAPH_DEFAULT_POLICY, PolicyValidationError, TAP_POLICY_TYPE, type TapPolicy } from '../tap/policy.js';
import { forbidden, type Handler, type HandlerContext } from './context.js';

export const POLICY_READ: PermissionSpec = {
  delegated: ['Policy.Read.All', 'Policy.Read.AuthenticationMethod', 'Policy.ReadWrite.AuthenticationMethod'],
  application: ['Policy.Read.All', 'Policy.Read.AuthenticationMethod', 'Policy.ReadWrite.AuthenticationMethod'],
};

export const POLICY_WRITE: PermissionSpec = {
  delegated: ['Policy.ReadWrite.AuthenticationMethod'],
  application: ['Policy.ReadWrite.AuthenticationMethod'],
};

const READ_ROLES = [ROLE.globalReader, ROLE.securityReader, ROLE.securityAdministrator, ROLE.authenticationPolicyAdministrator, ROLE.globalAdministrator];
const WRITE_ROLES = [ROLE.authenticationPolicyAdministrator, ROLE.globalAdministrator];

export function serializePolicy(policy: TapPolicy, baseUrl: string): Record<string, unknown> {
  return {
    '@odata.context': contextUrl(baseUrl, 'authenticationMethodConfigurations/$entity'),
    '@odata.type': TAP_POLICY_TYPE,
    id: 'TemporaryAccessPass',
    state: policy.state,
    defaultLifetimeInMinutes: policy.defaultLifetimeInMinutes,
    defaultLength: policy.defaultLength,
    minimumLifetimeInMinutes: policy.minimumLifetimeInMinutes,
    maximumLifetimeInMinutes: policy.maximumLifetimeInMinutes,
    isUsableOnce: policy.isUsableOnce,
    'includeTargets@odata.context': contextUrl(baseUrl, "policies/authenticationMethodsPolicy/authenticationMethodConfigurations('TemporaryAccessPass')/microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration/includeTargets"),
    includeTargets: policy.includeTargets.map((t) => ({ targetType: t.targetType, id: t.id, isRegistrationRequired: t.isRegistrationRequired ?? false })),
    excludeTargets: policy.excludeTargets.map((t) => ({ id: t.id, targetType: t.targetType })),
  };
}

function requireRoles(context: HandlerContext, roles: readonly string[]): void {
  if (!hasDirectoryRole(context.principal, roles)) throw forbidden();
}

export const getPolicy: Handler = (_request, _match, context) => {
  requireRoles(context, READ_ROLES);
  return json(200, serializePolicy(context.state.policy, context.baseUrl));
};

export const updatePolicy: Handler = (request, _match, context) => {
  requireRoles(context, WRITE_ROLES);
  if (request.bodyInvalid) throw new GraphHttpError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  try {
    context.state.policy = applyPolicyPatch(context.state.policy, request.body, { requireODataType: true });
  } catch (error) {
    if (error instanceof PolicyValidationError) throw new GraphHttpError(400, 'badRequest', error.message);
    throw error;
  }
  return noContent();
};

export const resetPolicy: Handler = (_request, _match, context) => {
  requireRoles(context, WRITE_ROLES);
  context.state.policy = GRAPH_DEFAULT_POLICY;
  return noContent();
};
