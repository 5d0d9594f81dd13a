/**
 * Parses import files in a process of their own (parseProcess.ts) with a wall-clock timeout and a heap cap, and turns
 * every way that can end into an `ImportRefusedError` in Italian: a refusal, the time limit, the process running
 * out of memory or dying. The files of one import are read one after another by the same process, already started
 * and warm after the first (a round's dozen workbooks paid a dozen process starts); a process that timed out or
 * died is never given another file.
 * Why: the main process (Electron or the harness) or the CLI stays responsive and alive whatever the file, and so
 * releases its lock and leaves the plan file untouched.
 */
import type { WorkbookData } from '../../shared/exchange/sheetTypes';
import { ImportRefusedError, OUT_OF_MEMORY_MESSAGE, tooLargeMessage } from './importRefused';
import { DEFAULT_LIMITS, type ParseLimits } from './limits';
import { startParseProcess, type ParseProcess } from './parseProcess';
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

/** One parse process and the request it is answering; its end answers that request. */
interface Reader {
  child: ParseProcess;
  waiting: ((reply: WorkerReply) => void) | null;
  ended: boolean;
}

/** Reads files one after another in one parse process; `close` lets it go. */
export class ParseSession {
  private reader: Reader | null = null;

  constructor(private readonly limits: ParseLimits = DEFAULT_LIMITS) {}

  /** Reads one file; `sent` is called once its bytes have reached the parse process (see `ParseProcess.send`). */
  async read(bytes: Uint8Array, sent?: () => void): Promise<WorkbookData> {
    const { limits } = this;
    if (bytes.byteLength === 0) throw new ImportRefusedError('Il file è vuoto.');
    if (bytes.byteLength > limits.maxFileBytes) throw new ImportRefusedError(tooLargeMessage(bytes.byteLength, limits.maxFileBytes));
    const reader = this.readerNow();
    const reply = await new Promise<WorkerReply>((resolve) => {
      const seconds = Math.round(limits.timeoutMs / 1000);
      const timer = setTimeout(() => {
        this.drop(reader);
        resolve({ ok: false, message: `La lettura del file ha superato il tempo massimo (${seconds} s): file troppo complesso.` });
      }, limits.timeoutMs);
      reader.waiting = (message) => {
        clearTimeout(timer);
        resolve(message);
      };
      reader.child.send({ bytes, limits }, sent);
    });
    if (!reply.ok) throw new ImportRefusedError(reply.message);
    return unpackWorkbook(reply.workbook);
  }

  /**
   * Stops the process now, if one is reading: the file it is reading is then refused (as a process that died), and
   * nothing waits for it.
   */
  stop(): void {
    if (this.reader && !this.reader.ended) this.reader.child.kill();
  }

  /** Lets the process end (it is stopped if it has not within a few seconds). */
  close(): void {
    const reader = this.reader;
    this.reader = null;
    if (reader && !reader.ended) reader.child.release();
  }

  private readerNow(): Reader {
    if (this.reader && !this.reader.ended) return this.reader;
    const reader: Reader = { child: startParseProcess(this.limits), waiting: null, ended: false };
    const answer = (reply: WorkerReply) => {
      const waiting = reader.waiting;
      reader.waiting = null;
      waiting?.(reply);
    };
    reader.child.onReply(answer);
    reader.child.onEnd((end) => {
      reader.ended = true;
      answer({ ok: false, message: endMessage(end) });
    });
    this.reader = reader;
    return reader;
  }

  /** A process that did not answer in time is stopped and never used again. */
  private drop(reader: Reader): void {
    reader.waiting = null;
    reader.ended = true;
    reader.child.kill();
    if (this.reader === reader) this.reader = null;
  }
}
