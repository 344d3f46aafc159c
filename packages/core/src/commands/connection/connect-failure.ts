/**
 * Turning a failed Connect-EntraID into a PowerShell error: a category that says what kind of
 * problem it is, and a message with any secret the user typed taken out (a library could echo
 * one back; we never let it reach the screen, $Error or history).
 */
import { CloudConfigurationError } from '../../auth/clouds.js';
import { TokenFormatError } from '../../auth/claims.js';
import { MissingClientIdError } from '../../auth/client-id.js';
import { SignInError } from '../../auth/connection.js';
import { CredentialConfigurationError } from '../../auth/credentials.js';
import { ExpiredTokenError } from '../../auth/static-token.js';
import { TenantResolutionError } from '../../auth/tenant.js';
import type { ErrorInfo } from '../../pipeline/records.js';

export function connectFailure(error: unknown, secrets: readonly (string | undefined)[]): ErrorInfo {
  const message = redact(error instanceof Error ? error.message : String(error), secrets);
  if (error instanceof MissingClientIdError) {
    return { message, errorId: 'MissingClientId', category: 'InvalidArgument', exceptionType: 'ArgumentException' };
  }
  if (
    error instanceof CloudConfigurationError ||
    error instanceof TenantResolutionError ||
    error instanceof CredentialConfigurationError ||
    error instanceof TokenFormatError
  ) {
    return { message, errorId: 'InvalidConnectionParameters', category: 'InvalidArgument', exceptionType: 'ArgumentException' };
  }
  if (error instanceof ExpiredTokenError) {
    return { message, errorId: 'AccessTokenExpired', category: 'AuthenticationError', exceptionType: 'AuthenticationException' };
  }
  if (error instanceof SignInError) {
    return { message, errorId: 'SignInFailed', category: 'AuthenticationError', exceptionType: 'AuthenticationException' };
  }
  return { message: `Connecting failed: ${message}`, errorId: 'ConnectFailed', category: 'ConnectionError', exceptionType: 'InvalidOperationException' };
}

/** Replaces every occurrence of a secret (long enough to matter) with '***'. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret === undefined || secret.length < 4) continue;
    result = result.split(secret).join('***');
  }
  return result;
}
