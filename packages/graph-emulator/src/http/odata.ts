/** Graph's wire conventions: content types, the error envelope, @odata.context URLs. */
import { innerErrorDate } from '../core/dates.js';
import type { GraphRequest, GraphResponse } from './graph-types.js';

export const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): GraphResponse {
  return { status, headers: { 'Content-Type': JSON_CONTENT_TYPE, 'OData-Version': '4.0', ...headers }, json: body };
}

export function noContent(headers: Record<string, string> = {}): GraphResponse {
  return { status: 204, headers };
}

export function text(status: number, body: string): GraphResponse {
  return { status, headers: { 'Content-Type': 'text/plain;charset=utf-8' }, text: body };
}

/** `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`. */
export function errorResponse(request: Pick<GraphRequest, 'requestId' | 'clientRequestId'>, nowMs: number, status: number, code: string, message: string, headers: Record<string, string> = {}): GraphResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
    json: {
      error: {
        code,
        message,
        innerError: { date: innerErrorDate(nowMs), 'request-id': request.requestId, 'client-request-id': request.clientRequestId },
      },
    },
  };
}

/** `<base>/v1.0/$metadata#<fragment>`. */
export function contextUrl(baseUrl: string, fragment: string): string {
  return `${baseUrl}/v1.0/$metadata#${fragment}`;
}

/** An OData key literal: `'value'` with quotes doubled. */
export function keyLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Query string that keeps `$` readable in names, as Graph's own nextLinks do. */
export function buildQuery(params: Iterable<readonly [string, string]>): string {
  const parts: string[] = [];
  for (const [name, value] of params) parts.push(`${encodeURIComponent(name).replace(/%24/g, '$')}=${encodeURIComponent(value)}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
