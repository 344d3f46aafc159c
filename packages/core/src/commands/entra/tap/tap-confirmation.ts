/**
 * Confirming that a freshly issued pass is still the user's current one.
 *
 * Needed only after a retry that followed an ambiguous attempt (reset, timeout, 500/504): the
 * service may finish a request the client gave up on, and if that earlier attempt completes after
 * the retry, its pass replaces the one we received. Handing ours to the help desk would then give
 * the user a pass that no longer works. Reading the user's pass method (a user holds at most one)
 * tells which pass is current; the secret is never returned by reads, the id is enough.
 */
import type { LimiterSlot } from '../../../graph/adaptive-limiter.js';
import type { GraphClient } from '../../../graph/client.js';
import { isGraphError } from '../../../graph/errors.js';
import { tapMethodsPath } from '../identity/user-path.js';

export type PassCheck = 'current' | 'replaced' | 'unknown';

export async function checkPassIsCurrent(client: GraphClient, userKey: string, passId: unknown, slot: LimiterSlot): Promise<PassCheck> {
  try {
    const response = await client.get<{ value?: { id?: unknown }[] }>(tapMethodsPath(userKey), {
      ...(slot.signal === undefined ? {} : { signal: slot.signal }),
      limiterSlot: slot,
    });
    const held = response.body.value?.[0]?.id;
    return typeof passId === 'string' && held === passId ? 'current' : 'replaced';
  } catch (error) {
    // The read failing (after its own retries) leaves the pass we received as the best answer.
    if (slot.signal?.aborted === true || !isGraphError(error)) throw error;
    return 'unknown';
  }
}
