/**
 * The create request body. Only what the caller specified is sent: an omitted lifetime or
 * one-time setting must fall back to the tenant policy's default (PnP always sent
 * `isUsableOnce: false`, silently overriding a policy that demands one-time passes).
 */
import type { PSDateTime } from '../../../values/model.js';

export interface TapRequestOptions {
  readonly startDateTime?: PSDateTime;
  readonly lifetimeInMinutes?: number;
  readonly isUsableOnce?: boolean;
}

export interface TapCreateBody {
  startDateTime?: string;
  lifetimeInMinutes?: number;
  isUsableOnce?: boolean;
}

export function buildTapCreateBody(options: TapRequestOptions): TapCreateBody {
  const body: TapCreateBody = {};
  // Graph wants UTC ISO 8601; toISOString converts whatever kind the DateTime had.
  if (options.startDateTime !== undefined) body.startDateTime = options.startDateTime.toISOString();
  if (options.lifetimeInMinutes !== undefined) body.lifetimeInMinutes = options.lifetimeInMinutes;
  if (options.isUsableOnce !== undefined) body.isUsableOnce = options.isUsableOnce;
  return body;
}
