/**
 * `POST /api/<method>`: reads the JSON body and answers the `ApiResult` of `dispatch`, like Electron's IPC does.
 * Why: the browser e2e suite must exercise the very handlers and validation of the desktop app.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiHandlers, ApiResult } from '../../shared/api';
import { dispatch } from '../../electron/app/dispatch';
import { refuseCrossSiteApiCall } from './requestGuard';

/** Above the largest legitimate payload (a workbook of ~50 MB as base64). */
const MAX_BODY_BYTES = 80 * 1024 * 1024;

function send(res: ServerResponse, status: number, result: ApiResult<unknown>): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(result));
}

function refuse(res: ServerResponse, status: number, message: string): void {
  send(res, status, { ok: false, error: { code: 'invalid-request', message } });
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function handleApiRequest(
  handlers: ApiHandlers,
  method: string,
  req: IncomingMessage,
  res: ServerResponse,
  port: number,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    refuse(res, 405, 'Le operazioni dell’API si invocano con una richiesta POST.');
    return;
  }
  const crossSite = refuseCrossSiteApiCall(req, port);
  if (crossSite) {
    req.resume();
    refuse(res, crossSite.status, crossSite.message);
    return;
  }
  const body = await readBody(req);
  if (body === null) {
    refuse(res, 413, 'La richiesta è troppo grande (oltre 80 MB).');
    return;
  }
  let payload: unknown;
  try {
    payload = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    refuse(res, 400, 'Il corpo della richiesta non è un JSON valido.');
    return;
  }
  send(res, 200, await dispatch(handlers, method, payload));
}
