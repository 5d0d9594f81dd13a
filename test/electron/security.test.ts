// The security settings every window and page gets: webPreferences, CSP, the app origin and the IPC sender check.
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, appPageUrl, appRequestPath, isAppUrl } from '../../electron/main/appUrl';
import { CONTENT_SECURITY_POLICY, securityHeaders } from '../../electron/main/contentSecurityPolicy';
import { isTrustedSender } from '../../electron/main/ipcChannels';
import { secureWebPreferences } from '../../electron/main/webPreferences';

describe('secureWebPreferences', () => {
  it('follows Electron’s security checklist', () => {
    const prefs = secureWebPreferences('/app/out/preload/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });
});

describe('Content Security Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s is %j', (name, values) => {
    expect(directives.get(name)).toEqual(values);
  });
  it('allows no inline or evaluated script anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
  it('is sent with nosniff and no referrer', () => {
    expect(securityHeaders()).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });
});

describe('app origin', () => {
  it('builds page URLs for hash routes', () => {
    expect(appPageUrl()).toBe(`${APP_ORIGIN}/index.html`);
    expect(appPageUrl('#/stampa/01_01_OS01?piano=1')).toBe('app://pira/index.html#/stampa/01_01_OS01?piano=1');
    expect(appPageUrl('/stampa')).toBe('app://pira/index.html#/stampa');
  });
  it.each([
    ['app://pira/index.html', true],
    ['app://pira/index.html#/stampa', true],
    ['app://pira/assets/x.js', true],
    ['app://other/index.html', false],
    ['app://pira.evil.com/index.html', false],
    ['app://user@pira/index.html', false],
    ['file:///etc/passwd', false],
    ['https://pira/index.html', false],
    ['http://127.0.0.1:5180/', false],
    ['devtools://devtools/bundled/x.html', false],
    ['not a url', false],
    ['', false],
  ])('isAppUrl(%j) = %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
  it('gives the request path only for our origin', () => {
    expect(appRequestPath('app://pira/assets/a%20b.js')).toBe('/assets/a%20b.js');
    expect(appRequestPath('app://evil/assets/a.js')).toBeNull();
  });
});

describe('IPC sender check', () => {
  it.each([
    [{ url: 'app://pira/index.html#/', isTopFrame: true }, true],
    [{ url: 'app://pira/index.html', isTopFrame: false }, false],
    [{ url: 'https://example.com/', isTopFrame: true }, false],
    [{ url: 'file:///percorso/x.html', isTopFrame: true }, false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (frame, expected) => {
    expect(isTrustedSender(frame)).toBe(expected);
  });
});
