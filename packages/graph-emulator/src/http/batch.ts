/**
 * `POST /$batch`: up to 20 requests with unique ids, run in dependsOn order; a request whose
 * dependency failed answers 424. Every item is dispatched like a direct call (its own routing,
 * auth, throttling, faults), so a throttled item answers 429 with its own Retry-After. A reset
 * or a missing response drawn for any item takes the whole batch down with it, after all items
 * ran: the service did the work, the client never hears about it.
 */
import { randomUUID } from 'node:crypto';
import type { GraphRequest, GraphResponse, Outcome } from './graph-types.js';
import { json } from './odata.js';
import { matchRoute } from './router.js';

export const MAX_BATCH_REQUESTS = 20;

export interface BatchServices {
  readonly authenticate: (request: GraphRequest) => GraphResponse | undefined;
  readonly dispatch: (request: GraphRequest) => Outcome;
  readonly record: (request: GraphRequest) => void;
  readonly error: (request: GraphRequest, status: number, code: string, message: string) => GraphResponse;
}

interface BatchItem {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

class BatchRejection extends Error {}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT']);

function parseItem(value: unknown): BatchItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BatchRejection('Invalid batch payload format: every request must be an object.');
  const item = value as Record<string, unknown>;
  const { id, method, url } = item;
  if (typeof id !== 'string' || id === '') throw new BatchRejection('Invalid batch payload format: every request needs a string id.');
  if (typeof method !== 'string' || !/^(GET|POST|PATCH|PUT|DELETE)$/i.test(method)) throw new BatchRejection(`Invalid method in request id : ${id}.`);
  if (typeof url !== 'string' || url === '') throw new BatchRejection(`Request id : ${id} does not contain a url.`);
  const headers: Record<string, string> = {};
  if (item['headers'] !== undefined) {
    if (typeof item['headers'] !== 'object' || item['headers'] === null) throw new BatchRejection(`Invalid headers in request id : ${id}.`);
    for (const [name, headerValue] of Object.entries(item['headers'] as Record<string, unknown>)) headers[name.toLowerCase()] = String(headerValue);
  }
  const dependsOn = item['dependsOn'] ?? [];
  if (!Array.isArray(dependsOn) || !dependsOn.every((d): d is string => typeof d === 'string')) throw new BatchRejection(`Invalid dependsOn in request id : ${id}.`);
  const upper = method.toUpperCase();
  if ((WRITE_METHODS.has(upper) && item['body'] === undefined) || (item['body'] !== undefined && headers['content-type'] === undefined)) {
    throw new BatchRejection(`Write request id : ${id} does not contain Content-Type header or body.`);
  }
  return { id, method: upper, url, headers, body: item['body'], dependsOn };
}

function parseBatch(body: unknown): BatchItem[] {
  const requests = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['requests'] : undefined;
  if (!Array.isArray(requests) || requests.length === 0) throw new BatchRejection('Invalid batch payload format: a non-empty "requests" array is required.');
  if (requests.length > MAX_BATCH_REQUESTS) throw new BatchRejection(`The batch contains ${requests.length} requests; the maximum is ${MAX_BATCH_REQUESTS}.`);
  const items = requests.map(parseItem);
  const ids = new Set<string>();
  for (const item of items) {
    const key = item.id.toLowerCase();
    if (ids.has(key)) throw new BatchRejection(`The batch contains more than one request with id '${item.id}'. Request ids must be unique.`);
    ids.add(key);
  }
  for (const item of items) {
    for (const dependency of item.dependsOn) {
      if (!ids.has(dependency.toLowerCase()) || dependency.toLowerCase() === item.id.toLowerCase()) throw new BatchRejection(`Request id : ${item.id} depends on '${dependency}', which is not another request of this batch.`);
    }
  }
  return items;
}

/** Items in an order that respects dependsOn (input order otherwise); a cycle is refused. */
function executionOrder(items: readonly BatchItem[]): BatchItem[] {
  const done = new Set<string>();
  const ordered: BatchItem[] = [];
  while (ordered.length < items.length) {
    const ready = items.find((item) => !done.has(item.id.toLowerCase()) && item.dependsOn.every((d) => done.has(d.toLowerCase())));
    if (ready === undefined) throw new BatchRejection('The dependsOn references of this batch form a cycle.');
    ordered.push(ready);
    done.add(ready.id.toLowerCase());
  }
  return ordered;
}

function itemRequest(envelope: GraphRequest, item: BatchItem): GraphRequest | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(item.url)) return undefined;
  const url = new URL(item.url.replace(/^\/+/, ''), 'http://batch.invalid/v1.0/');
  const requestId = randomUUID();
  const authorization = envelope.headers['authorization'];
  return {
    method: item.method,
    rawPath: url.pathname,
    query: url.searchParams,
    headers: { ...item.headers, ...(authorization === undefined ? {} : { authorization }) },
    body: item.body,
    bodyInvalid: false,
    requestId,
    clientRequestId: item.headers['client-request-id'] ?? envelope.clientRequestId,
    batch: { requestId: envelope.requestId, itemId: item.id },
  };
}

function responseItem(id: string, response: GraphResponse): Record<string, unknown> {
  const body = response.json ?? response.text;
  return { id, status: response.status, headers: response.headers, ...(body === undefined ? {} : { body }) };
}

export function executeBatch(envelope: GraphRequest, delayMs: number, services: BatchServices): Outcome {
  const unauthenticated = services.authenticate(envelope);
  if (unauthenticated !== undefined) return { kind: 'respond', response: unauthenticated, delayMs };
  let order: BatchItem[];
  try {
    if (envelope.bodyInvalid) throw new BatchRejection('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
    order = executionOrder(parseBatch(envelope.body));
  } catch (error) {
    if (!(error instanceof BatchRejection)) throw error;
    return { kind: 'respond', response: services.error(envelope, 400, 'BadRequest', error.message), delayMs };
  }
  const statuses = new Map<string, number>();
  const responses: Record<string, unknown>[] = [];
  let slowest = 0;
  let broken: 'reset' | 'hang' | undefined;
  for (const item of order) {
    const request = itemRequest(envelope, item);
    let response: GraphResponse;
    if (request === undefined) {
      response = services.error(envelope, 400, 'BadRequest', `Request id : ${item.id} must use a URL relative to the version, e.g. "/users".`);
    } else {
      services.record(request);
      const failedDependency = item.dependsOn.find((d) => (statuses.get(d.toLowerCase()) ?? 0) >= 400);
      if (failedDependency !== undefined) {
        response = services.error(request, 424, 'FailedDependency', `The request depends on request '${failedDependency}', which failed.`);
      } else if (isNestedBatch(request)) {
        response = services.error(request, 400, 'BadRequest', 'A $batch request cannot contain another $batch request.');
      } else {
        const outcome = services.dispatch(request);
        if (outcome.kind !== 'respond') {
          broken = broken === 'hang' ? 'hang' : outcome.kind;
          continue;
        }
        slowest = Math.max(slowest, outcome.delayMs);
        response = outcome.response;
      }
    }
    statuses.set(item.id.toLowerCase(), response.status);
    responses.push(responseItem(item.id, response));
  }
  if (broken === 'hang') return { kind: 'hang' };
  if (broken === 'reset') return { kind: 'reset', delayMs: delayMs + slowest };
  return { kind: 'respond', response: json(200, { responses }), delayMs: delayMs + slowest };
}

function isNestedBatch(request: GraphRequest): boolean {
  try {
    return matchRoute(request.method, request.rawPath).id === 'batch';
  } catch {
    return false;
  }
}
