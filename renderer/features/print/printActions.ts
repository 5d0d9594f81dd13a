/**
 * What "Stampa…" and "Esporta PDF…" do on each host, with the Italian message the preview shows afterwards.
 * Why: on the desktop the back end prints/exports the print route; in a browser there is no back-end printer, so
 * the print route opens in a new window and the browser's own print() runs there once the view is ready.
 */
import type { HostKind, PrintScope } from '../../../shared/api';
import { printRouteFor } from '../../../shared/printRoute';
import { api } from '../../api';
import { downloadBase64 } from '../exchange/fileTransfer';

const READY_TIMEOUT_MS = 60_000;

function errorText(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Operazione non riuscita.';
}

/** Browser host: opens the print route in a new window and prints it there once the view says it is ready. */
export function printInNewWindow(route: string): Promise<string> {
  const target = window.open(`${window.location.pathname}${window.location.search}${route}`, '_blank');
  if (!target) return Promise.resolve('Il browser ha bloccato la nuova finestra: consentire le finestre pop-up e riprovare.');
  const started = Date.now();
  return new Promise((resolve) => {
    const poll = () => {
      if (target.closed) return resolve('Finestra di stampa chiusa.');
      const ready = target.document.body?.dataset.ready;
      if (ready === 'true') {
        target.focus();
        target.print();
        return resolve('Documento aperto in una nuova finestra per la stampa.');
      }
      if (ready === 'error' || Date.now() - started > READY_TIMEOUT_MS) {
        return resolve('La vista di stampa non si è preparata: controllare la nuova finestra.');
      }
      setTimeout(poll, 150);
    };
    poll();
  });
}

export async function printScope(host: HostKind, planId: number, scope: PrintScope): Promise<string> {
  if (host === 'web') return printInNewWindow(printRouteFor(scope, planId));
  try {
    const { printed } = await api.printDocument({ planId, scope });
    return printed ? 'Documento inviato alla stampante.' : 'Stampa annullata.';
  } catch (error) {
    return errorText(error);
  }
}

/**
 * The back end renders the PDF on every host: the desktop saves it where the user chooses; a browser downloads it
 * when its host can render PDFs (the e2e harness), otherwise the back end says to use the browser's print.
 */
export async function exportScopePdf(host: HostKind, planId: number, scope: PrintScope): Promise<string> {
  try {
    const file = await api.exportPdf({ planId, scope });
    if (file.cancelled) return 'Esportazione annullata.';
    if (host === 'web' && file.dataBase64) {
      downloadBase64(file.fileName, file.dataBase64);
      return `Scaricato «${file.fileName}».`;
    }
    return file.savedPath ? `PDF salvato in ${file.savedPath}.` : `PDF «${file.fileName}» creato.`;
  } catch (error) {
    return errorText(error);
  }
}
