/** Unsigned JWTs for tests: the code under test decodes claims and never verifies signatures. */
export function makeJwt(payload: Record<string, unknown>): string {
  const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.c2lnbmF0dXJl`;
}

export const TEST_TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** exp in seconds, an hour from now. */
export function inAnHour(): number {
  return Math.floor(Date.now() / 1000) + 3600;
}
