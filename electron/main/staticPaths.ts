/**
 * Maps a requested URL path to a file inside the built UI folder, refusing anything that escapes it.
 * Why: both the app:// protocol handler and the HTTP harness serve files from disk; path traversal
 * (`..`, encoded `%2e%2e`, backslashes, NUL) must be refused in one tested place. No electron import.
 */
import path from 'node:path';

export type StaticResolution = { ok: true; filePath: string } | { ok: false; status: 400 | 404 };

/** Resolves `urlPathname` (still percent-encoded, as in `URL.pathname`) under `root`; `/` means `index.html`. */
export function resolveUnderRoot(root: string, urlPathname: string): StaticResolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 };
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return { ok: false, status: 404 };
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const base = path.resolve(root);
  const filePath = path.resolve(base, relative);
  if (filePath !== base && !filePath.startsWith(base + path.sep)) return { ok: false, status: 404 };
  return { ok: true, filePath };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
