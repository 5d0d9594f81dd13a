/**
 * Parses import files in a process of their own (parseProcess.ts) with a wall-clock timeout and a heap cap, and turns
 * every way that can end into an `ImportRefusedError` in Italian: a refusal, the time limit, the process running
 * out of memory or dying. The files of one import are read one after another by the same process, already started
 * and warm after the first (a round's dozen workbooks paid a dozen process starts), and are handed to it ahead, in
 * one message, a few megabytes at most: it reads the next file while this thread unpacks the last one or reads the
 * plan, instead of waiting for this thread between files (a dozen round trips, each waiting for a thread busy
 * elsewhere). Replies come in the order of the requests; a process that timed out or died is never given another
 * file: the files handed to it after the one it was reading go to a new process.
 * Why: the main process (Electron or the harness) or the CLI stays responsive and alive whatever the file, and so
 * releases its lock and leaves the plan file untouched.
 */
import type { WorkbookData } from '../../shared/exchange/sheetTypes';
import { EMPTY_FILE_MESSAGE, ImportRefusedError, OUT_OF_MEMORY_MESSAGE, tooLargeMessage } from './importRefused';
import { DEFAULT_LIMITS, type ParseLimits } from './limits';
import { startParseProcess, type ParseInput, type ParseProcess } from './parseProcess';
import { unpackWorkbook, type WorkerReply } from './workerProtocol';

/** How V8 reports running out of heap on stderr (the process then aborts). */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed|Invalid array length|invalid table size/i;

/** Bytes of files handed to the process ahead of the one it reads (each is also copied once in this process meanwhile). */
const AHEAD_BYTES = 16 * 1024 * 1024;

/** What a file still waiting for its process is told when the session closes before it was read. */
const CLOSED = 'La lettura dei file è stata interrotta: il file non è stato importato.';

/** The user's message for a parse process that ended without answering. */
function endMessage(end: { code: number | null; signal: string | null; stderr: string }): string {
  if (OUT_OF_MEMORY.test(end.stderr) || end.signal === 'SIGABRT' || end.code === 134) {
    return OUT_OF_MEMORY_MESSAGE;
  }
  const how = end.signal ? `segnale ${end.signal}` : `codice ${end.code ?? '?'}`;
  return `La lettura del file si è interrotta in modo imprevisto (${how}): il file non è stato importato.`;
}

/** One file to read: its bytes or path and its size, who is told once they reached the process, who is told the reply. */
interface Request {
  input: ParseInput;
  size: number;
  sent: (() => void) | undefined;
  answer: (reply: WorkerReply) => void;
}

/** One parse process and the requests handed to it, oldest (the one it reads) first; its end answers that one. */
interface Reader {
  child: ParseProcess;
  handed: Request[];
  /** The time limit of the oldest request, running since it became the oldest. */
  timer: ReturnType<typeof setTimeout> | null;
  ended: boolean;
}

/** Reads files one after another in one parse process; `close` lets it go. */
export class ParseSession {
  private reader: Reader | null = null;
  /** Requests not handed to a process yet, in order. */
  private readonly waiting: Request[] = [];

  constructor(private readonly limits: ParseLimits = DEFAULT_LIMITS) {}

  /**
   * Reads one file; `sent` is called once its bytes have reached the parse process (see `ParseProcess.send`). Files
   * asked for before the earlier ones are answered are read in the order asked, without a pause between them.
   */
  async read(file: Uint8Array | { path: string; size: number }, sent?: () => void): Promise<WorkbookData> {
    const { limits } = this;
    const size = ArrayBuffer.isView(file) ? file.byteLength : file.size;
    if (size === 0) throw new ImportRefusedError(EMPTY_FILE_MESSAGE);
    if (size > limits.maxFileBytes) throw new ImportRefusedError(tooLargeMessage(size, limits.maxFileBytes));
    const input: ParseInput = ArrayBuffer.isView(file) ? file : { path: file.path };
    const reply = await new Promise<WorkerReply>((answer) => {
      this.waiting.push({ input, size, sent, answer });
      // Handed over once the caller has asked for every file it asks for now, all in one message; the process
      // starts meanwhile.
      if (this.waiting.length === 1) {
        this.readerNow();
        queueMicrotask(() => this.handOver());
      }
    });
    if (!reply.ok) throw new ImportRefusedError(reply.message);
    return unpackWorkbook(reply.workbook);
  }

  /**
   * Lets the process end (it is stopped if it has not within a few seconds), or stops it now if files are still to
   * be read (after a refusal, or a caller that ends first: nobody waits for them, and a reply cut off by the closing
   * channel would leave Node waiting for its end, and the caller for the process); those files are refused.
   */
  close(): void {
    const reader = this.reader;
    this.reader = null;
    const unread = [...(reader?.handed ?? []), ...this.waiting.splice(0)];
    if (reader) {
      reader.handed = [];
      if (reader.timer) clearTimeout(reader.timer);
    }
    if (reader && !reader.ended) {
      if (unread.length > 0) this.drop(reader);
      else reader.child.release();
    }
    for (const request of unread) request.answer({ ok: false, message: CLOSED });
  }

  /**
   * Hands the waiting files to the process in one message, as long as those it has not answered stay within
   * `AHEAD_BYTES` (the first always goes).
   */
  private handOver(): void {
    if (this.waiting.length === 0) return;
    const reader = this.readerNow();
    let ahead = reader.handed.reduce((sum, r) => sum + r.size, 0);
    const batch: Request[] = [];
    for (const next of this.waiting) {
      if (reader.handed.length + batch.length > 0 && ahead + next.size > AHEAD_BYTES) break;
      ahead += next.size;
      batch.push(next);
    }
    if (batch.length === 0) return;
    this.waiting.splice(0, batch.length);
    if (reader.handed.length === 0) this.startTimer(reader);
    reader.handed.push(...batch);
    reader.child.send({ files: batch.map((r) => r.input), limits: this.limits }, () => {
      for (const request of batch) request.sent?.();
    });
  }

  /** The oldest request's time limit: past it, the process is stopped and the files after it go to a new one. */
  private startTimer(reader: Reader): void {
    const seconds = Math.round(this.limits.timeoutMs / 1000);
    reader.timer = setTimeout(() => {
      this.drop(reader);
      this.fail(reader, `La lettura del file ha superato il tempo massimo (${seconds} s): file troppo complesso.`);
    }, this.limits.timeoutMs);
  }

  private readerNow(): Reader {
    if (this.reader && !this.reader.ended) return this.reader;
    const reader: Reader = { child: startParseProcess(this.limits), handed: [], timer: null, ended: false };
    reader.child.onReply((reply) => {
      const request = reader.handed.shift();
      if (reader.timer) clearTimeout(reader.timer);
      reader.timer = null;
      if (reader.handed.length > 0) this.startTimer(reader);
      request?.answer(reply);
      if (this.reader === reader) this.handOver();
    });
    reader.child.onEnd((end) => {
      reader.ended = true;
      this.fail(reader, endMessage(end));
    });
    this.reader = reader;
    return reader;
  }

  /**
   * The oldest request of a process that ended or was stopped gets `message`; the requests handed after it wait again
   * for a new process (once this turn is over: a caller that gives up on the first failure closes the session first).
   */
  private fail(reader: Reader, message: string): void {
    if (reader.timer) clearTimeout(reader.timer);
    reader.timer = null;
    const [failed, ...rest] = reader.handed.splice(0);
    if (this.reader === reader) this.reader = null;
    this.waiting.unshift(...rest);
    failed?.answer({ ok: false, message });
    if (rest.length > 0) setImmediate(() => this.handOver());
  }

  /** A process that did not answer in time, or reads files nobody waits for, is stopped and never used again. */
  private drop(reader: Reader): void {
    reader.ended = true;
    reader.child.kill();
  }
}
