/**
 * The parse process (parseProcess.ts starts it): receives import files (several in a message, more while it reads),
 * reads each in the order received (readWorkbook.ts: archive, parts, expansion budget, cells) and answers its cells
 * packed (workerProtocol.ts) or an Italian refusal, until its parent lets it go. Its heap is capped by the options it
 * was started with; where the launcher could not cap it (checked here), the parse runs in a worker thread with
 * `resourceLimits` inside this process, which is then the one that dies if V8 gives up. The same file is that worker
 * thread's entry.
 * Why a separate process: whatever the file does to the parser, the app or the CLI that asked lives on, tells the
 * user in Italian and releases its lock (issue 19). Built as its own entry (out/main and out/cli parseWorker.js);
 * run through tsx from sources.
 */
import { getHeapStatistics } from 'node:v8';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { describeFsError } from '../../db/fsErrors';
import { readAtMost } from './boundedRead';
import { EMPTY_FILE_MESSAGE, ImportRefusedError, OUT_OF_MEMORY_MESSAGE, tooLargeMessage } from './importRefused';
import type { ParseLimits } from './limits';
import type { ParseBatch, ParseInput, ParseRequest } from './parseProcess';
import { readWorkbook } from './readWorkbook';
import { startParseWorker } from './workerEntry';
import { packWorkbook, type WorkerReply } from './workerProtocol';

/** What the parent is told when reading fails for a reason no check foresaw (the detail is SheetJS's English). */
const UNREADABLE = 'Il file non si può leggere: non è una cartella di lavoro valida o è danneggiato. Aprirlo in Excel o LibreOffice, salvarlo di nuovo e riprovare.';

/** The bytes of `input`: given, or read from its path here (at most the limit: the file may have grown since). */
function bytesOf(input: ParseInput, limits: ParseLimits): Buffer {
  if (ArrayBuffer.isView(input)) return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let bytes: Buffer | null;
  try {
    bytes = readAtMost(input.path, limits.maxFileBytes);
  } catch (error) {
    throw new ImportRefusedError(describeFsError(error) ?? 'Il file da importare non si può leggere.');
  }
  if (bytes === null) throw new ImportRefusedError(tooLargeMessage(limits.maxFileBytes + 1, limits.maxFileBytes));
  if (bytes.byteLength === 0) throw new ImportRefusedError(EMPTY_FILE_MESSAGE);
  return bytes;
}

async function parse({ input, limits }: ParseRequest): Promise<{ reply: WorkerReply; transfer: ArrayBuffer[] }> {
  try {
    const buffer = bytesOf(input, limits);
    const { packed, transfer } = packWorkbook(await readWorkbook(buffer, limits));
    return { reply: { ok: true, workbook: packed }, transfer };
  } catch (error) {
    if (error instanceof ImportRefusedError) return { reply: { ok: false, message: error.message }, transfer: [] };
    return { reply: { ok: false, message: UNREADABLE }, transfer: [] };
  }
}

/** Whether this process's heap is capped near `limits.workerHeapMb` (the launcher's options took effect). */
function heapIsCapped(limits: ParseLimits): boolean {
  return getHeapStatistics().heap_size_limit <= (limits.workerHeapMb + 128) * 1024 * 1024;
}

/** The parse in a worker thread of this process, with `resourceLimits` as the heap cap. */
function parseInThread(request: ParseRequest): Promise<WorkerReply> {
  const worker = startParseWorker({
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: request.limits.workerHeapMb, maxYoungGenerationSizeMb: 48 },
    stdout: false,
    stderr: false,
  });
  return new Promise((resolve) => {
    worker.once('message', resolve);
    worker.once('error', (error: Error & { code?: string }) => {
      resolve({ ok: false, message: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? OUT_OF_MEMORY_MESSAGE : UNREADABLE });
    });
    worker.once('exit', () => resolve({ ok: false, message: UNREADABLE }));
  });
}

async function answer(request: ParseRequest, send: (reply: WorkerReply, transfer: ArrayBuffer[]) => void): Promise<void> {
  if (heapIsCapped(request.limits)) {
    const { reply, transfer } = await parse(request);
    send(reply, transfer);
  } else {
    send(await parseInThread(request), []);
  }
}

/** The requests still to answer: one after the other, in the order they came. */
let turn: Promise<void> = Promise.resolve();

/**
 * Answers a request once the earlier ones are answered (a parse that awaits, SheetJS's loading, must not let the next
 * file overtake it: the parent pairs replies with requests by their order), then lets the event loop turn once, so
 * that the reply leaves and the next files come in before the next parse holds the thread.
 */
function inTurn(work: () => Promise<void>): void {
  turn = turn.then(work).then(() => new Promise<void>((resolve) => setImmediate(resolve)));
}

/** Each file of `batch` answered in turn. */
function answerEach({ files, limits }: ParseBatch, send: (reply: WorkerReply) => void): void {
  for (const input of files) inTurn(() => answer({ input, limits }, send));
}

interface UtilityPort {
  on(event: 'message', listener: (event: { data: ParseBatch }) => void): void;
  postMessage(message: unknown): void;
}

if (!isMainThread) {
  // The worker thread of `parseInThread`.
  void parse(workerData as ParseRequest).then(({ reply, transfer }) => parentPort?.postMessage(reply, transfer));
} else {
  const utility = (process as unknown as { parentPort?: UtilityPort }).parentPort;
  if (utility) {
    // Electron's utility process: a reply to each file; the parent ends it once the last reply has arrived.
    utility.on('message', ({ data }) => answerEach(data, (reply) => utility.postMessage(reply)));
  } else {
    // A Node child process: a reply to each file until the parent closes the channel, then the process ends.
    process.once('disconnect', () => process.exit(0));
    process.on('message', (batch: ParseBatch) => answerEach(batch, (reply) => process.send?.(reply)));
  }
}
