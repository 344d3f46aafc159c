/**
 * The pass itself: a random string from node:crypto (never the seeded PRNG), uniform over a
 * character set of letters, digits and a few symbols like the passes Entra ID issues.
 */
import { randomInt } from 'node:crypto';

export const PASS_CHARACTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%&*+=?';

export function generatePass(length: number): string {
  let pass = '';
  for (let i = 0; i < length; i++) pass += PASS_CHARACTERS.charAt(randomInt(PASS_CHARACTERS.length));
  return pass;
}
