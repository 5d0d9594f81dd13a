/**
 * Parses one import file in its own process (parseProcess.ts) with a wall-clock timeout and a heap cap, and turns
 * every way that can end into an `ImportRefusedError` in Italian: a refusal, the time limit, the process running
 * out of memory or dying. Why: the main process (Electron or the harness) or the CLI stays responsive and alive
 * whatever the file, and so releases its lock and leaves the plan file untouched.
 */
import type { WorkbookData } from '../../shared/exchange/sheetTypes';
import { ImportRefusedError, OUT_OF_MEMORY_MESSAGE, tooLargeMessage } from './importRefused';
import { DEFAULT_LIMITS, type ParseLimits } from './limits';
import { startParseProcess } from './parseProcess';
import { unpackWorkbook, type WorkerReply } from './workerProtocol';

/** How V8 reports running out of heap on stderr (the process then aborts). */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed|Invalid array length|invalid table size/i;

/** The user's message for a parse process that ended without answering. */
function endMessage(end: { code: number | null; signal: string | null; stderr: string }): string {
  if (OUT_OF_MEMORY.test(end.stderr) || end.signal === 'SIGABRT' || end.code === 134) {
    return OUT_OF_MEMORY_MESSAGE;
  }
  const how = end.signal ? `segnale ${end.signal}` : `codice ${end.code ?? '?'}`;
  return `La lettura del file si è interrotta in modo imprevisto (${how}): il file non è stato importato.`;
}

export async function parseWorkbookInWorker(bytes: Uint8Array, limits: ParseLimits = DEFAULT_LIMITS): Promise<WorkbookData> {
  if (bytes.byteLength === 0) throw new ImportRefusedError('Il file è vuoto.');
  if (bytes.byteLength > limits.maxFileBytes) {
    throw new ImportRefusedError(tooLargeMessage(bytes.byteLength, limits.maxFileBytes));
  }
  const child = startParseProcess(limits);
  let answered = false;
  const reply = await new Promise<WorkerReply>((resolve) => {
    const seconds = Math.round(limits.timeoutMs / 1000);
    const timer = setTimeout(() => {
      resolve({ ok: false, message: `La lettura del file ha superato il tempo massimo (${seconds} s): file troppo complesso.` });
    }, limits.timeoutMs);
    child.onReply((message) => {
      clearTimeout(timer);
      answered = true;
      resolve(message);
    });
    child.onEnd((end) => {
      clearTimeout(timer);
      resolve({ ok: false, message: endMessage(end) });
    });
    child.send({ bytes, limits });
  });
  // After a reply the process ends by itself; one that does not (or did not answer) is stopped.
  if (answered) child.release();
  else child.kill();
  if (!reply.ok) throw new ImportRefusedError(reply.message);
  return unpackWorkbook(reply.workbook);
}
