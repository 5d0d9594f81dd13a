/**
 * Serves the built UI on `app://pira/…` with the strict CSP, from the renderer output folder only.
 * Why: a privileged standard scheme gives the page a real origin ('self') without file:// and its wide reach.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appRequestPath } from './appUrl';
import { securityHeaders } from './contentSecurityPolicy';
import { contentTypeOf, resolveUnderRoot } from './staticPaths';

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

function refusal(status: number): Response {
  return new Response('Risorsa non disponibile.', { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Must run after `app` is ready. */
export function handleAppProtocol(webRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return refusal(405);
    const requestPath = appRequestPath(request.url);
    if (requestPath === null) return refusal(404);
    const resolved = resolveUnderRoot(webRoot, requestPath);
    if (!resolved.ok) return refusal(resolved.status);
    try {
      const data = await readFile(resolved.filePath);
      return new Response(data, {
        status: 200,
        headers: { ...securityHeaders(), 'Content-Type': contentTypeOf(resolved.filePath) },
      });
    } catch {
      return refusal(404);
    }
  });
}
