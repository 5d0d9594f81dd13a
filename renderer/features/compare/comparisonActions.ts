/**
 * What the comparison screen's buttons do on each host, each answering the Italian message the screen shows:
 * the workbook (saved by the desktop, downloaded in a browser), the print and the PDF of the print route.
 * Why apart: the same host split as the plan's print (features/print/printActions.ts), for a comparison request.
 */
import type { ComparisonRequest, HostKind } from '../../../shared/api';
import { buildRoute } from '../../../shared/printRoute';
import { api } from '../../api';
import { downloadBase64 } from '../exchange/fileTransfer';
import { printInNewWindow } from '../print/printActions';

const errorText = (error: unknown) => (error instanceof Error && error.message ? error.message : 'Operazione non riuscita.');

export async function exportComparisonWorkbook(req: ComparisonRequest): Promise<string> {
  try {
    const produced = await api.exportComparison({ ...req, format: 'xlsx' });
    if (produced.cancelled) return 'Esportazione annullata.';
    if (produced.dataBase64) downloadBase64(produced.fileName, produced.dataBase64);
    return produced.savedPath ? `Confronto salvato in ${produced.savedPath}.` : `Scaricato ${produced.fileName}.`;
  } catch (error) {
    return errorText(error);
  }
}

export async function printComparison(host: HostKind, req: ComparisonRequest): Promise<string> {
  if (host === 'web') return printInNewWindow(buildRoute({ view: 'printComparison', ...req }));
  try {
    return (await api.printComparison(req)).printed ? 'Confronto inviato alla stampante.' : 'Stampa annullata.';
  } catch (error) {
    return errorText(error);
  }
}

export async function exportComparisonPdf(host: HostKind, req: ComparisonRequest): Promise<string> {
  if (host === 'web') {
    return 'L’esportazione in PDF è disponibile nell’applicazione desktop. Nel browser usare «Stampa il confronto…» e scegliere «Salva come PDF».';
  }
  try {
    const file = await api.exportComparisonPdf(req);
    if (file.cancelled) return 'Esportazione annullata.';
    return file.savedPath ? `PDF salvato in ${file.savedPath}.` : `PDF «${file.fileName}» creato.`;
  } catch (error) {
    return errorText(error);
  }
}
