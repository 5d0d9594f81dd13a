/**
 * Browser-side `window.api` of the HTTP harness: every call is a `POST /api/<method>` returning an `ApiResult`.
 * Why: the same React bundle runs unchanged on the desktop (preload over IPC) and in a test browser (this file).
 * Bundled at harness start and injected before the app's script; never part of the production renderer.
 * Menu commands are simulated with `window.dispatchEvent(new CustomEvent('pira:menu', { detail: 'print' }))`.
 */
import { MENU_COMMANDS, bridgeFromTransport, type ApiResult, type MenuCommand, type PiraBridge } from '../../shared/api';

/** The few browser globals used here (this file is type-checked with the Node config, which has no DOM lib). */
interface BrowserScope {
  api?: PiraBridge;
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
}
const scope = globalThis as unknown as BrowserScope;

const UNREACHABLE = 'Il server di prova non risponde: verificare che `npm run dev:web` sia ancora in esecuzione.';

async function invoke(method: string, req: unknown): Promise<ApiResult<unknown>> {
  try {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(req),
    });
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'unavailable', message: UNREACHABLE } };
  }
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const relay = (event: Event) => {
    const detail = (event as Event & { detail?: unknown }).detail;
    if (isMenuCommand(detail)) listener(detail);
  };
  scope.addEventListener('pira:menu', relay);
  return () => scope.removeEventListener('pira:menu', relay);
}

scope.api = bridgeFromTransport(invoke, onMenuCommand);
