/**
 * Worker-thread entry that parses one import file and posts back its cells (packed, see workerProtocol.ts) or an
 * Italian refusal. Why: a hostile or huge workbook must not block or crash the main process; the parent enforces
 * time and heap. Built as its own entry (out/main/parseWorker.js) by electron-vite; run through tsx under vitest
 * and the CLI.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ImportRefusedError } from './importRefused';
import type { ParseLimits } from './limits';
import { readWorkbook } from './readWorkbook';
import { packWorkbook, type WorkerReply } from './workerProtocol';

const input = workerData as { bytes: Uint8Array; limits: ParseLimits };

/** What the parent is told when reading fails for a reason no check foresaw (the detail is SheetJS's English). */
const UNREADABLE = 'Il file non si può leggere: non è una cartella di lavoro valida o è danneggiato. Aprirlo in Excel o LibreOffice, salvarlo di nuovo e riprovare.';

function run(): { reply: WorkerReply; transfer: ArrayBuffer[] } {
  try {
    const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
    const { packed, transfer } = packWorkbook(readWorkbook(bytes, input.limits));
    return { reply: { ok: true, workbook: packed }, transfer };
  } catch (error) {
    if (error instanceof ImportRefusedError) return { reply: { ok: false, message: error.message }, transfer: [] };
    return { reply: { ok: false, message: UNREADABLE }, transfer: [] };
  }
}

const { reply, transfer } = run();
parentPort?.postMessage(reply, transfer);
