/**
 * Who may call the test routes. They mint tokens and show the demo tenant's passes, so a web page
 * open in the user's browser must not reach them: a request needs the secret the emulator printed
 * (header `X-Emulator-Secret`), a `Host` naming this emulator on a loopback name and its own port
 * (a DNS-rebinding page sends its own host name), and no cross-origin marks (`Origin` of another
 * site, `Sec-Fetch-Site` other than same-origin or none), which browsers add even to simple requests.
 */
import { timingSafeEqual } from 'node:crypto';

export const SECRET_HEADER = 'X-Emulator-Secret';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Why a request may not use the test routes, or undefined when it may. Headers are lower-case. */
export function testRouteRefusal(
  headers: Readonly<Record<string, string>>,
  port: number,
  secret: string,
): string | undefined {
  const allowedHosts = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  const host = (headers['host'] ?? '').trim().toLowerCase();
  if (!allowedHosts.includes(host)) {
    return `Host '${host}' is not this emulator: its test routes answer only to ${allowedHosts.join(', ')}.`;
  }
  const origin = headers['origin'];
  if (origin !== undefined && !allowedHosts.some((allowed) => origin.toLowerCase() === `http://${allowed}`)) {
    return `Cross-origin requests to the emulator's test routes are refused (Origin '${origin}').`;
  }
  const site = headers['sec-fetch-site']?.toLowerCase();
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return `Cross-site requests to the emulator's test routes are refused (Sec-Fetch-Site '${site}').`;
  }
  const given = headers[SECRET_HEADER.toLowerCase()];
  if (given === undefined || !sameSecret(given, secret)) {
    return `The emulator's test routes need the header ${SECRET_HEADER} with the secret the emulator printed when it started (emulator.secret in-process).`;
  }
  return undefined;
}
