export { createGraphClient, DEFAULT_TIMEOUT_MS, DEFAULT_USER_AGENT, type GraphClient } from './client.js';
export type {
  BodyRequestOptions,
  GraphClientOptions,
  GraphRequester,
  GraphResponse,
  RequestOptions,
  RetryEvent,
  ThrottleEvent,
} from './types.js';
export { GraphError, GraphNetworkError, GraphTimeoutError, GraphTokenError, isGraphError, type GraphErrorInit } from './errors.js';
export { DEFAULT_RETRY_POLICY, decideRetry, backoffDelay, type RetryPolicy } from './retry-policy.js';
export { parseRetryAfter } from './retry-after.js';
export type { AccessTokenLike, TokenCredentialLike } from './token-cache.js';
export { iteratePages, iterateItems, type GraphPage, type PageOptions } from './paging.js';
export { executeBatch, MAX_BATCH_SIZE, type BatchItemResult, type BatchOptions, type BatchRequestItem } from './batch.js';
export {
  createAdaptiveLimiter,
  type AdaptiveLimiter,
  type AdaptiveLimiterOptions,
  type LimiterSlot,
  type LimiterStats,
} from './adaptive-limiter.js';
export { mapConcurrentOrdered, type MapOrderedOptions } from './map-ordered.js';
export { encodeQuery, type Query, type QueryValue } from './url.js';
