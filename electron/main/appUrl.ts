/**
 * The UI's origin `app://pira` and the checks built on it: which URLs may load, and which IPC senders are trusted.
 * Why: a privileged custom protocol (not file://) gives the UI a real origin for CSP 'self'; every trust decision
 * compares against this one origin. No electron import: unit-tested under Node.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pira';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Options for `protocol.registerSchemesAsPrivileged` (must run before the app is ready). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** The page to load for a hash route (`#/stampa/01_01_OS01?piano=1`); `''` opens the main view. */
export function appPageUrl(hashRoute = ''): string {
  const hash = hashRoute === '' || hashRoute.startsWith('#') ? hashRoute : `#${hashRoute}`;
  return `${APP_ORIGIN}/index.html${hash}`;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for pages of our own origin (`app://pira/…`): the IPC sender check and the navigation guard. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username;
}

/** The request path of an `app://pira/…` URL for the protocol handler, or null when the URL is not ours. */
export function appRequestPath(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || !isAppUrl(url)) return null;
  return parsed.pathname;
}
