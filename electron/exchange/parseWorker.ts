/**
 * Worker-thread entry that parses one import file and posts back its cells or an Italian refusal.
 * Why: a hostile or huge workbook must not block or crash the main process; the parent enforces time and heap.
 * Built as its own entry (out/main/parseWorker.js) by electron-vite; run through tsx under vitest and the CLI.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ImportRefusedError } from './importRefused';
import type { ParseLimits } from './limits';
import { readWorkbook } from './readWorkbook';
import type { WorkerReply } from './workerProtocol';

const input = workerData as { bytes: Uint8Array; limits: ParseLimits };

function run(): WorkerReply {
  try {
    const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
    return { ok: true, workbook: readWorkbook(bytes, input.limits) };
  } catch (error) {
    if (error instanceof ImportRefusedError) return { ok: false, message: error.message };
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    return { ok: false, message: `Il file non si può leggere (${detail}).` };
  }
}

parentPort?.postMessage(run());
