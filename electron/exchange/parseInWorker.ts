/**
 * Runs the parse worker for one file with a wall-clock timeout and a heap limit, and turns every failure into
 * an `ImportRefusedError`. Why: the main process (Electron or the harness) stays responsive whatever the file.
 */
import type { WorkbookData } from '../../shared/exchange/sheetTypes';
import { ImportRefusedError, tooLargeMessage } from './importRefused';
import { DEFAULT_LIMITS, type ParseLimits } from './limits';
import { unpackWorkbook, type WorkerReply } from './workerProtocol';
import { startParseWorker } from './workerEntry';

export async function parseWorkbookInWorker(bytes: Uint8Array, limits: ParseLimits = DEFAULT_LIMITS): Promise<WorkbookData> {
  if (bytes.byteLength === 0) throw new ImportRefusedError('Il file è vuoto.');
  if (bytes.byteLength > limits.maxFileBytes) {
    throw new ImportRefusedError(tooLargeMessage(bytes.byteLength, limits.maxFileBytes));
  }
  const worker = startParseWorker({
    workerData: { bytes, limits },
    resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb, maxYoungGenerationSizeMb: 64 },
    stdout: false,
    stderr: false,
  });
  const reply = await new Promise<WorkerReply>((resolve) => {
    const seconds = Math.round(limits.timeoutMs / 1000);
    const timer = setTimeout(() => {
      resolve({ ok: false, message: `La lettura del file ha superato il tempo massimo (${seconds} s): file troppo complesso.` });
      void worker.terminate();
    }, limits.timeoutMs);
    worker.once('message', (message: WorkerReply) => {
      clearTimeout(timer);
      resolve(message);
    });
    worker.once('error', (error: Error & { code?: string }) => {
      clearTimeout(timer);
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      resolve({
        ok: false,
        message: memory
          ? 'Il file richiede troppa memoria per essere letto: file troppo complesso o sospetto.'
          : 'La lettura del file si è interrotta per un errore imprevisto: il file non è stato importato.',
      });
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ ok: false, message: `La lettura del file si è interrotta (codice ${code}).` });
    });
  });
  await worker.terminate();
  if (!reply.ok) throw new ImportRefusedError(reply.message);
  return unpackWorkbook(reply.workbook);
}
