/**
 * The import files of one import read in a parse process (parseInWorker.ts's `ParseSession`: one process for them
 * all, handed to it at once and read one after another), and the moment the first of them has reached it.
 * Why: the caller reads the stored plan on its own thread meanwhile, and must know when it may start without holding
 * the file back; a refused file names itself in the message when there are several.
 */
import type { ImportFile } from '../../shared/exchange/importWorkbooks';
import { DEFAULT_LIMITS, type ParseLimits } from './limits';
import { ParseSession } from './parseInWorker';

/** The workbooks being read in a parse process, and when that process has the first of them. */
export interface ImportParsing {
  files: Promise<ImportFile[]>;
  /**
   * The first file has reached the parse process (or reading is over). Until then its bytes wait, in part, on this
   * thread's event loop: a caller that reads the plan meanwhile (synchronously) awaits this first, or the parse only
   * starts once the plan is read instead of alongside it.
   */
  handedOver: Promise<void>;
  /** Stops reading (a caller that ends before it needs the files): no process is left reading them. */
  cancel(): void;
}

/** Starts reading the workbooks one after another in a parse process (with its limits); the first refusal stops it. */
export function startImportParsing(inputs: readonly { fileName: string; bytes: Uint8Array }[], limits: ParseLimits = DEFAULT_LIMITS): ImportParsing {
  let handOver!: () => void;
  const handedOver = new Promise<void>((resolve) => (handOver = resolve));
  const session = new ParseSession(limits);
  const files = readImportFiles(inputs, session, handOver);
  files.then(handOver, handOver);
  // The files not read yet are then refused, and the process reading them is stopped.
  return { files, handedOver, cancel: () => session.close() };
}

async function readImportFiles(inputs: readonly { fileName: string; bytes: Uint8Array }[], session: ParseSession, sent: () => void): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  // Every file asked for now: the parse process reads them back to back, while this thread takes each reply.
  const reads = inputs.map((input) => session.read(input.bytes, sent));
  for (const read of reads) read.catch(() => undefined); // awaited in order below: the first failure is the one told
  try {
    for (const [i, input] of inputs.entries()) {
      try {
        files.push({ fileName: input.fileName, workbook: await reads[i]! });
      } catch (error) {
        if (inputs.length > 1 && error instanceof Error) error.message = `«${input.fileName}»: ${error.message}`;
        throw error;
      }
    }
  } finally {
    session.close();
  }
  // Closing the channel waits for the next tick: let it come, so the parse process ends and gives its memory back
  // before the caller's comparison holds this thread for most of a second.
  await new Promise((resolve) => setImmediate(resolve));
  return files;
}
