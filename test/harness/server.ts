/**
 * The HTTP test harness: serves the built web UI and the back end's handlers on 127.0.0.1, so the React app
 * runs in a plain browser (Debian Chromium via playwright-core) against a real plan file.
 * Why: the desktop app cannot be driven here (no Electron binary); this exercises everything but the shell.
 * CLI: `npm run dev:web -- --db FILE [--port PORT] [--sample]`; tests: `startHarness({ dbPath, port: 0 })`.
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultDataDir } from '../../db/dataDir';
import { createSampleFile } from '../../db/planFile';
import { knownApiError } from '../../electron/app/apiFailure';
import { invocationDir } from '../../electron/app/invocationDir';
import { createDocumentSession } from '../../electron/app/documentSession';
import { createHandlers } from '../../electron/app/handlers';
import { bridgeScript } from './bridgeBundle';
import { parseHarnessArgs } from './harnessArgs';
import { handleApiRequest } from './httpApi';
import { refuseForeignHost } from './requestGuard';
import { BRIDGE_PATH, serveScript, serveStatic } from './staticSite';
import { createWebHost, type WebHostOptions } from './webHost';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../out/web', import.meta.url));

export interface HarnessOptions {
  dbPath: string;
  /** 0 (default) picks a free port. */
  port?: number;
  webRoot?: string;
  /** Create the file with the sample plan when it does not exist (otherwise a missing file is refused). */
  sample?: boolean;
  /** Backups and working copies (default: the user's data folder, or PIRA_DESK_DATA_DIR). */
  dataDir?: string;
  /** PDF export for the e2e tests (the web host has none): the print route rendered as Electron does. */
  renderPdf?: WebHostOptions['renderPdf'];
}

export interface Harness {
  url: string;
  close(): Promise<void>;
}

export class HarnessError extends Error {}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const dbPath = path.resolve(options.dbPath);
  if (!existsSync(dbPath) && !options.sample) {
    throw new HarnessError(`Il file di piano ${dbPath} non esiste: indicare un file esistente con --db, ` +
      'oppure aggiungere --sample per crearlo con il piano di esempio.');
  }
  const webRoot = path.resolve(options.webRoot ?? DEFAULT_WEB_ROOT);
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    throw new HarnessError(`Interfaccia web non compilata: manca ${path.join(webRoot, 'index.html')}. ` +
      'Eseguire prima `npm run build:web`.');
  }
  if (!existsSync(dbPath)) createSampleFile(dbPath).close();
  // A file another user holds opens read-only: the page shows who holds it and refuses edits.
  const session = createDocumentSession(createWebHost(options.renderPdf ? { renderPdf: options.renderPdf } : {}), { dataDir: options.dataDir ?? defaultDataDir() });
  await session.open(dbPath);
  const handlers = createHandlers(session.context);
  const bridge = await bridgeScript();

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const { port } = server.address() as AddressInfo;
    const foreign = refuseForeignHost(req, port);
    if (foreign) {
      req.resume();
      res.writeHead(foreign.status, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
      res.end(foreign.message);
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (pathname.startsWith('/api/')) return handleApiRequest(handlers, pathname.slice('/api/'.length), req, res, port);
    if (pathname === BRIDGE_PATH) return serveScript(res, bridge);
    return serveStatic(webRoot, pathname, res);
  };
  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('[harness]', error instanceof Error ? error.stack : error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Errore interno del server di prova.');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  }).catch(async (error: unknown) => {
    await session.close();
    const code = (error as { code?: string }).code;
    throw new HarnessError(code === 'EADDRINUSE'
      ? `La porta ${options.port} è già in uso: sceglierne un'altra con --port.`
      : `Impossibile avviare il server di prova: ${(error as Error).message}`);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          void session.close().then(resolve);
        });
      }),
  };
}

/** What the harness prints when it cannot start: the Italian message; a stack only for an unforeseen error. */
export function startFailureText(error: unknown): string {
  if (error instanceof HarnessError) return error.message;
  const known = knownApiError(error);
  if (known) return `Impossibile avviare il server di prova: ${known.message}`;
  return `Impossibile avviare il server di prova (errore imprevisto): ${error instanceof Error ? error.stack : String(error)}`;
}

/** `npm run dev:web -- …`: starts the harness and reports on `log`; resolves to the exit code (0 while it runs). */
export async function runHarnessCommand(
  argv: string[],
  options: { webRoot?: string; log?: (text: string) => void; logError?: (text: string) => void } = {},
): Promise<{ exitCode: number; harness: Harness | null }> {
  const log = options.log ?? console.log;
  const logError = options.logError ?? console.error;
  const parsed = parseHarnessArgs(argv);
  if (!parsed.ok) {
    logError(parsed.message);
    return { exitCode: 2, harness: null };
  }
  try {
    const harness = await startHarness({ ...parsed.options, webRoot: options.webRoot });
    log(`PIRA Desk (server di prova) su ${harness.url} — file: ${path.resolve(parsed.options.dbPath)}`);
    log('Ctrl+C per terminare.');
    return { exitCode: 0, harness };
  } catch (error) {
    logError(startFailureText(error));
    return { exitCode: 1, harness: null };
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.chdir(invocationDir());
  const { exitCode, harness } = await runHarnessCommand(process.argv.slice(2));
  process.exitCode = exitCode;
  if (harness) {
    const stop = () => void harness.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
}
