/**
 * The HTTP front: node:http on 127.0.0.1, reading bodies, recording requests, and carrying out
 * the pipeline's outcome: answer after the drawn latency, destroy the socket, or hold the request
 * until the client gives up or the emulator closes.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { GraphRequest, GraphResponse, Outcome } from './graph-types.js';

const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface ServerHandlers {
  /** `/_emulator/...` test routes; undefined when the path is not one. */
  readonly testRoute: (method: string, rawPath: string, headers: Readonly<Record<string, string>>, body: unknown) => GraphResponse | undefined;
  readonly graph: (request: GraphRequest) => Outcome;
  readonly record: (request: GraphRequest, rawBody: string) => void;
}

function headerRecord(message: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function readBody(message: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    message.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    message.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    message.on('error', reject);
  });
}

function parseJson(text: string): { body: unknown; invalid: boolean } {
  if (text.trim() === '') return { body: undefined, invalid: false };
  try {
    return { body: JSON.parse(text) as unknown, invalid: false };
  } catch {
    return { body: undefined, invalid: true };
  }
}

export class EmulatorServer {
  readonly #server: Server;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #held = new Set<ServerResponse>();

  constructor(private readonly handlers: ServerHandlers) {
    this.#server = createServer((request, response) => {
      this.#handle(request, response).catch(() => {
        if (!response.headersSent && !response.destroyed) this.#write(response, { status: 500, headers: { 'Content-Type': 'text/plain' }, text: 'emulator error' }, undefined);
      });
    });
    // A held request must stay open as long as the client waits.
    this.#server.requestTimeout = 0;
  }

  listen(port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, '127.0.0.1', () => {
        const address = this.#server.address();
        if (address === null || typeof address === 'string') reject(new Error('The emulator did not get a TCP port'));
        else resolve(address.port);
      });
    });
  }

  close(): Promise<void> {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    return new Promise((resolve) => {
      this.#server.close(() => resolve());
      for (const response of this.#held) response.destroy();
      this.#held.clear();
      this.#server.closeAllConnections();
    });
  }

  async #handle(message: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = message.url ?? '/';
    const queryAt = url.indexOf('?');
    const rawPath = queryAt < 0 ? url : url.slice(0, queryAt);
    const query = new URLSearchParams(queryAt < 0 ? '' : url.slice(queryAt + 1));
    const method = (message.method ?? 'GET').toUpperCase();
    const rawBody = await readBody(message);
    const requestId = randomUUID();
    const headers = headerRecord(message);
    const clientRequestId = headers['client-request-id'] ?? requestId;
    const ids = { requestId, clientRequestId };
    if (rawBody === undefined) {
      this.#write(response, { status: 413, headers: { 'Content-Type': 'application/json' }, json: { error: { code: 'RequestEntityTooLarge', message: 'The request body is larger than 4 MB.' } } }, ids);
      return;
    }
    const { body, invalid } = parseJson(rawBody);
    const test = this.handlers.testRoute(method, rawPath, headers, body);
    if (test !== undefined) {
      this.#write(response, test, ids);
      return;
    }
    const request: GraphRequest = { method, rawPath, query, headers, body, bodyInvalid: invalid, requestId, clientRequestId };
    this.handlers.record(request, rawBody);
    this.#carryOut(this.handlers.graph(request), message, response, ids);
  }

  #carryOut(outcome: Outcome, message: IncomingMessage, response: ServerResponse, ids: { requestId: string; clientRequestId: string }): void {
    if (outcome.kind === 'hang') {
      this.#held.add(response);
      response.on('close', () => this.#held.delete(response));
      return;
    }
    const act = () => (outcome.kind === 'reset' ? message.socket.destroy() : this.#write(response, outcome.response, ids));
    if (outcome.delayMs <= 0) {
      act();
      return;
    }
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      act();
    }, outcome.delayMs);
    this.#timers.add(timer);
  }

  #write(response: ServerResponse, graph: GraphResponse, ids: { requestId: string; clientRequestId: string } | undefined): void {
    if (response.destroyed || response.writableEnded) return;
    const headers: Record<string, string> = { ...graph.headers };
    if (ids !== undefined) {
      headers['request-id'] = ids.requestId;
      headers['client-request-id'] = ids.clientRequestId;
    }
    const payload = graph.json !== undefined ? JSON.stringify(graph.json) : graph.text;
    response.writeHead(graph.status, headers);
    response.end(graph.status === 204 ? undefined : payload);
  }
}
