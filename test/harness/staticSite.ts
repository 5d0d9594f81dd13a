/**
 * Serves the built web UI (`out/web`) with the desktop app's security headers, and injects the harness bridge
 * into index.html before the app's first script. Why: the e2e suite must load the same bundle, under the same
 * CSP, as Electron's app:// protocol; only `window.api` differs.
 */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { securityHeaders } from '../../electron/main/contentSecurityPolicy';
import { contentTypeOf, resolveUnderRoot } from '../../electron/main/staticPaths';

export const BRIDGE_PATH = '/__harness/bridge.js';

/** Inserts the bridge script tag before the first `<script` (or before `</head>` if there is none). */
export function injectBridge(indexHtml: string): string {
  const tag = `<script src="${BRIDGE_PATH}"></script>\n    `;
  const at = indexHtml.search(/<script\b/i);
  if (at >= 0) return indexHtml.slice(0, at) + tag + indexHtml.slice(at);
  const head = indexHtml.search(/<\/head>/i);
  if (head < 0) throw new Error('index.html dell’interfaccia web senza <head>: impossibile inserire il bridge.');
  return indexHtml.slice(0, head) + tag + indexHtml.slice(head);
}

function reply(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

export async function serveStatic(webRoot: string, pathname: string, res: ServerResponse): Promise<void> {
  const resolved = resolveUnderRoot(webRoot, pathname);
  if (!resolved.ok) {
    reply(res, resolved.status, 'text/plain; charset=utf-8', 'Percorso non valido.');
    return;
  }
  let data: Buffer;
  try {
    data = await readFile(resolved.filePath);
  } catch {
    reply(res, 404, 'text/plain; charset=utf-8', 'File non trovato.');
    return;
  }
  const type = contentTypeOf(resolved.filePath);
  const isIndex = path.basename(resolved.filePath) === 'index.html';
  reply(res, 200, type, isIndex ? injectBridge(data.toString('utf8')) : data);
}

export function serveScript(res: ServerResponse, code: string): void {
  reply(res, 200, 'text/javascript; charset=utf-8', code);
}
