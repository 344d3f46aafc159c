/** A sign-in request that cannot work as given (missing or contradictory parameters, an unreadable certificate). */
export class CredentialConfigurationError extends Error {
  override readonly name = 'CredentialConfigurationError';
}
