/**
 * The `Host` of the HTTP harness: produced files go back to the browser as base64 for a download, and
 * native printing / PDF are unavailable (the web UI uses window.print()) — unless a test gives it `renderPdf`, which
 * prints the route the way Electron's print window does (test/e2e/printPdf.ts), so "Esporta PDF…" runs end to end.
 */
import { readFileSync } from 'node:fs';
import { ApiFailure } from '../../electron/app/apiFailure';
import type { Host } from '../../electron/app/host';

const PRINT_UNAVAILABLE =
  'La stampa e l’esportazione PDF diretta sono disponibili solo nell’applicazione desktop: nel browser usare ' +
  'la stampa del browser (Ctrl+P), che consente anche di salvare in PDF.';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

export interface WebHostOptions {
  /** Renders a print route to PDF (e2e tests only: Chromium through the DevTools protocol). */
  renderPdf?(hashRoute: string): Promise<Uint8Array>;
}

export function createWebHost(options: WebHostOptions = {}): Host {
  return {
    kind: 'web',
    appVersion: packageVersion(),
    async deliverFile(file) {
      return { fileName: file.suggestedName, dataBase64: Buffer.from(file.data).toString('base64') };
    },
    async deliverFiles(files) {
      return { files: files.map((f) => ({ fileName: f.name, dataBase64: Buffer.from(f.data).toString('base64') })) };
    },
    async renderPdf(hashRoute) {
      if (options.renderPdf) return options.renderPdf(hashRoute);
      throw new ApiFailure('unavailable', PRINT_UNAVAILABLE);
    },
    async printRoute() {
      throw new ApiFailure('unavailable', PRINT_UNAVAILABLE);
    },
  };
}
