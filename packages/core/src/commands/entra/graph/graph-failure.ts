/**
 * Graph failures as PowerShell error records: Graph's code, message and request-id, plus what to
 * do about it (connect again, which permission is missing). Never a stack trace, never a token.
 */
import type { TokenClaims } from '../../../auth/claims.js';
import { explainForbidden, type PermissionRequirement } from '../../../auth/permissions.js';
import { isGraphError } from '../../../graph/errors.js';
import type { ErrorCategory, ErrorInfo } from '../../../pipeline/records.js';

export interface FailureContext {
  /** Names what the request was about, e.g. `User 'x@contoso.com'`. */
  readonly subject?: string;
  readonly requirement: PermissionRequirement;
  /** The token's claims, to say which permission is missing on a 403. */
  readonly claims?: TokenClaims;
  readonly command: string;
  readonly targetObject?: unknown;
}

/** The failure is the pipeline being stopped (Ctrl+C, Select-Object -First), not a Graph problem. */
export function isCancellation(error: unknown, ...signals: (AbortSignal | undefined)[]): boolean {
  if (signals.some((signal) => signal?.aborted === true)) return true;
  return error instanceof Error && error.name === 'AbortError';
}

/** A 401 that survived the client's retry with a fresh token: no later request will do better. */
export function isAuthenticationFailure(error: unknown): boolean {
  return isGraphError(error) && error.status === 401;
}

export const RECONNECT_ADVICE = 'The access token was refused (expired or revoked). Run Connect-EntraID again.';

/** The PowerShell error category for a Graph HTTP status (0: no response at all). */
export function categoryForStatus(status: number): ErrorCategory {
  if (status === 0) return 'ConnectionError';
  if (status === 401) return 'AuthenticationError';
  if (status === 403) return 'PermissionDenied';
  if (status === 404) return 'ObjectNotFound';
  if (status === 429) return 'LimitsExceeded';
  if (status >= 500) return 'ResourceUnavailable';
  return 'InvalidOperation';
}

export function graphFailureInfo(error: unknown, context: FailureContext): ErrorInfo {
  const base = { targetObject: context.targetObject ?? null, cause: error };
  if (!isGraphError(error)) {
    const message = error instanceof Error && error.message !== '' ? error.message : String(error);
    const prefix = context.subject === undefined ? '' : `${context.subject}: `;
    return { ...base, message: `${prefix}${message}`, errorId: 'UnexpectedFailure', category: 'NotSpecified' };
  }
  const message = error.toUserMessage(context.subject);
  switch (error.status) {
    case 401:
      return { ...base, message: `${message} ${RECONNECT_ADVICE}`, errorId: 'AuthenticationFailed', category: 'AuthenticationError', recommendedAction: RECONNECT_ADVICE };
    case 403: {
      const advice =
        context.claims === undefined
          ? 'Check that the app registration has the permission this command needs and that admin consent was granted.'
          : explainForbidden(context.claims, context.requirement, { command: context.command });
      return { ...base, message: `${message} ${advice}`, errorId: 'AccessDenied', category: 'PermissionDenied', recommendedAction: advice };
    }
    case 404:
      return { ...base, message, errorId: 'NotFound', category: 'ObjectNotFound' };
    case 429: {
      const advice = 'Microsoft Graph kept throttling after the retries; run the command again later for the items that failed.';
      return { ...base, message: `${message} ${advice}`, errorId: 'Throttled', category: 'LimitsExceeded', recommendedAction: advice };
    }
    default:
      return { ...base, message, errorId: error.code === '' ? 'GraphError' : error.code, category: categoryForStatus(error.status) };
  }
}
