/**
 * Which requests the harness serves: only those addressed to it by name (Host 127.0.0.1/localhost and its port,
 * against DNS rebinding) and, for the API, only same-origin JSON calls (Origin, Sec-Fetch-Site, Content-Type).
 * Why: a page of any other site open in the same browser could otherwise POST `deleteCard` as `text/plain`
 * (a "simple" request the browser sends without asking) and edit the plan file.
 */
import type { IncomingMessage } from 'node:http';

export type Refusal = { status: number; message: string } | null;

const LOCAL_HOSTS = ['127.0.0.1', 'localhost'];

function allowedHosts(port: number): Set<string> {
  return new Set(LOCAL_HOSTS.map((host) => `${host}:${port}`));
}

/** Any request: the Host header must name this server, or the page was reached through someone else's name. */
export function refuseForeignHost(req: IncomingMessage, port: number): Refusal {
  const host = (req.headers.host ?? '').toLowerCase();
  if (allowedHosts(port).has(host)) return null;
  return { status: 421, message: `Richiesta rifiutata: il server di prova risponde solo a 127.0.0.1:${port} (indirizzo ricevuto: «${host.slice(0, 80)}»).` };
}

/** API calls: same origin only, and JSON only (a cross-site form or text/plain POST never gets through). */
export function refuseCrossSiteApiCall(req: IncomingMessage, port: number): Refusal {
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts(port).has(origin.replace(/^http:\/\//, '').toLowerCase())) {
    return { status: 403, message: `Richiesta rifiutata: proviene da un altro sito («${origin.slice(0, 80)}»).` };
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { status: 403, message: 'Richiesta rifiutata: proviene da un altro sito.' };
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    return { status: 415, message: 'Richiesta rifiutata: le operazioni dell’API accettano solo contenuto JSON (Content-Type: application/json).' };
  }
  return null;
}
