/**
 * A tiny HTTP server on 127.0.0.1 for the Graph client's tests: each request takes the next step
 * of a script (a response, a connection reset, or no answer at all) and is recorded.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type ScriptStep =
  | { readonly status: number; readonly headers?: Record<string, string>; readonly body?: unknown }
  | { readonly reset: true }
  | { readonly hang: true }
  | ((request: RecordedRequest, response: ServerResponse) => void);

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface ScriptedServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Steps still to be played; when empty, requests get 500 `ScriptExhausted`. */
  readonly script: ScriptStep[];
  close(): Promise<void>;
}

export async function startScriptedServer(script: ScriptStep[] = []): Promise<ScriptedServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const recorded: RecordedRequest = {
        method: request.method ?? 'GET',
        url: request.url ?? '/',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      play(script.shift(), recorded, response);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function play(step: ScriptStep | undefined, request: RecordedRequest, response: ServerResponse): void {
  if (step === undefined) {
    sendJson(response, 500, {}, { error: { code: 'ScriptExhausted', message: 'No scripted response left' } });
  } else if (typeof step === 'function') {
    step(request, response);
  } else if ('reset' in step) {
    response.socket?.destroy();
  } else if ('hang' in step) {
    // Never answer: the client's timeout has to end it.
  } else {
    sendJson(response, step.status, step.headers ?? {}, step.body);
  }
}

export function sendJson(response: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    ...(text === '' ? {} : { 'content-type': 'application/json' }),
    ...headers,
  });
  response.end(text);
}

/** A Graph-shaped error body. */
export function graphErrorBody(code: string, message: string, requestId = '11111111-2222-3333-4444-555555555555'): unknown {
  return { error: { code, message, innerError: { date: '2026-01-02T03:04:05', 'request-id': requestId, 'client-request-id': 'x' } } };
}

/** A credential that hands out token-1, token-2... and counts calls. */
export function countingCredential(lifetimeMs = 3_600_000): {
  calls: number;
  getToken(): Promise<{ token: string; expiresOnTimestamp: number }>;
} {
  const credential = {
    calls: 0,
    getToken() {
      credential.calls++;
      return Promise.resolve({ token: `token-${credential.calls}`, expiresOnTimestamp: Date.now() + lifetimeMs });
    },
  };
  return credential;
}
