/**
 * Electron's security checklist applied to every session and web contents: no permission is ever granted,
 * no navigation away from the app, no new windows, no <webview>. Why: the UI needs none of these; an injected
 * link or script must not be able to leave `app://pira` or reach the camera, notifications, etc.
 */
import { app, type Session, type WebContents } from 'electron';
import { isAppUrl } from './appUrl';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Installs the guards on every web contents the app will ever create. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}
