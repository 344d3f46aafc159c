/** Test helper: a tiny fetch wrapper for talking to a running emulator over real HTTP. */
import { GRAPH_PUBLIC_URL } from '../emulator.js';
import type { Emulator } from '../emulator-types.js';
import { SECRET_HEADER } from './test-route-guard.js';

export interface GraphReply {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON body (any shape), or undefined when the body is empty or not JSON. */
  readonly body: Record<string, unknown> & { value?: Record<string, unknown>[] };
  readonly text: string;
}

export interface CallOptions {
  readonly token?: string | null;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

function parseBody(text: string): GraphReply['body'] {
  try {
    return text === '' ? {} : (JSON.parse(text) as GraphReply['body']);
  } catch {
    return {};
  }
}

/**
 * Calls `<emulator>/v1.0<path>` (or an absolute URL) with the admin token unless told otherwise. A
 * link Graph-style (`https://graph.microsoft.com/v1.0/...`) is sent to the emulator: tests never
 * leave the machine.
 */
export async function call(emulator: Emulator, method: string, path: string, options: CallOptions = {}): Promise<GraphReply> {
  const local = path.startsWith(GRAPH_PUBLIC_URL) ? `${emulator.url}${path.slice(GRAPH_PUBLIC_URL.length)}` : path;
  const url = local.startsWith('http') ? local : `${emulator.url}${local.startsWith('/_emulator') ? '' : '/v1.0'}${local}`;
  const token = options.token === undefined ? emulator.mintToken() : options.token;
  const testRoute = new URL(url).pathname.startsWith('/_emulator');
  const headers: Record<string, string> = {
    ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
    ...(testRoute ? { [SECRET_HEADER]: emulator.secret } : {}),
    ...options.headers,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: parseBody(text), text };
}

export function errorOf(reply: GraphReply): { code: string; message: string; innerError: Record<string, string> } {
  return reply.body['error'] as { code: string; message: string; innerError: Record<string, string> };
}

export const tapPath = (user: string): string => `/users/${user}/authentication/temporaryAccessPassMethods`;
