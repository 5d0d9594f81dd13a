/**
 * The Content Security Policy and companion headers of every page of the UI (Electron's app:// protocol and the
 * HTTP test harness send the same ones). Why: one strict policy, tested once, so the e2e suite on the harness
 * catches any script or style the desktop app would refuse. No electron import: unit-tested under Node.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // React sets inline styles through the CSSOM, which style-src does not govern: no 'unsafe-inline' needed.
  "style-src 'self'",
  // Vite inlines small images and fonts as data: URLs.
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** Headers sent with every UI response. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
