/** Secrets: the session's registry of secret values, the sensitive-line rules, owner-only files, masking. */
export { SecretRegistry, secretRegistryKey, secretsOf, MIN_SECRET_LENGTH } from './secret-registry.js';
export {
  SecretFileGuard,
  secretAwareMode,
  makeOwnerOnly,
  OWNER_ONLY_MODE,
  type SecretFileContext,
} from './secret-files.js';
export { holdsSecret } from './holds-secret.js';
export { holdsTokenShape, looksLikePass } from './token-shapes.js';
export { isSensitiveInput, type SensitiveInputContext } from './sensitive-input.js';
export { typedSecrets, type SecretLookup, type TypedSecret } from './typed-secrets.js';
