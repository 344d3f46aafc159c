import { describe, expect, it } from 'vitest';
import { GraphError, GraphNetworkError, GraphTimeoutError, graphErrorFromResponse } from './errors.js';

describe('GraphError messages', () => {
  const base = { method: 'POST', path: '/v1.0/users/x/authentication/temporaryAccessPassMethods', clientRequestId: 'c-1', retryAfterMs: undefined };

  it('puts Graph code and request-id after the message', () => {
    const error = graphErrorFromResponse({
      ...base,
      status: 400,
      statusText: 'Bad Request',
      headers: new Headers(),
      bodyText: JSON.stringify({ error: { code: 'badRequest', message: 'Invalid LifetimeInMinutes specified. The valid range between 60 and 480.', innerError: { 'request-id': 'r-9', date: 'd' } } }),
    });
    expect(error.toUserMessage("User 'x@contoso.com'")).toBe(
      "User 'x@contoso.com': Invalid LifetimeInMinutes specified. The valid range between 60 and 480 (badRequest, request-id r-9).",
    );
    expect(error.toUserMessage()).toBe('Invalid LifetimeInMinutes specified. The valid range between 60 and 480 (badRequest, request-id r-9).');
  });

  it('falls back to the response headers for request-id and date', () => {
    const error = graphErrorFromResponse({
      ...base,
      status: 403,
      statusText: 'Forbidden',
      headers: new Headers({ 'request-id': 'h-1', date: 'Tue, 01 Jan 2030 00:00:00 GMT' }),
      bodyText: '',
    });
    expect(error).toMatchObject({ code: 'Authorization_RequestDenied', requestId: 'h-1', date: 'Tue, 01 Jan 2030 00:00:00 GMT', clientRequestId: 'c-1' });
  });

  it('names the network cause and the timeout without secrets', () => {
    const reset = new GraphNetworkError({ method: 'GET', path: '/v1.0/users?$top=1', host: 'graph.microsoft.com', clientRequestId: 'c-2', cause: new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) }) });
    expect(reset.causeCode).toBe('ECONNRESET');
    expect(reset.toUserMessage()).toBe('Could not reach Microsoft Graph at graph.microsoft.com: the connection was reset (ECONNRESET) (GET /v1.0/users, client-request-id c-2).');
    const timeout = new GraphTimeoutError({ method: 'GET', path: '/v1.0/users', timeoutMs: 30_000, clientRequestId: 'c-3' });
    expect(timeout.toUserMessage("User 'a'")).toBe("User 'a': Microsoft Graph did not answer within 30 s (GET /v1.0/users, client-request-id c-3).");
    expect(timeout).toBeInstanceOf(GraphError);
  });
});
