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
   * Each file, in order, as soon as it is read: a caller compares one while the next is read. A refused file
   * rejects as `files` does (and every file after it too).
   */
  each: Promise<ImportFile>[];
  /**
   * The first file has reached the parse process, with those handed over in the same message (or reading is over).
   * Until then their bytes wait, in part, on this thread's event loop: a caller that reads the plan meanwhile
   * (synchronously) awaits this first, or the parse only starts once the plan is read instead of alongside it.
   */
  handedOver: Promise<void>;
  /** Stops reading (a caller that ends before it needs the files): no process is left reading them. */
  cancel(): void;
  /** When (`performance.now()`) the last file was read and back on this thread; null until then. */
  readAt(): number | null;
}

/** An import file: its bytes, or (the CLI's) the path and size of a file checked on disk, which the parse process reads. */
export type ImportInput = { fileName: string; bytes: Uint8Array } | { fileName: string; path: string; size: number };

/** Starts reading the workbooks one after another in a parse process (with its limits); the first refusal stops it. */
export function startImportParsing(inputs: readonly ImportInput[], limits: ParseLimits = DEFAULT_LIMITS): ImportParsing {
  let handOver!: () => void;
  const handedOver = new Promise<void>((resolve) => (handOver = resolve));
  const session = new ParseSession(limits);
  // Every file asked for now: the parse process reads them back to back, while this thread takes each reply.
  const each = inputs.map((input) =>
    session.read('bytes' in input ? input.bytes : input, handOver).then(
      (workbook): ImportFile => ({ fileName: input.fileName, workbook }),
      (error: unknown) => {
        if (inputs.length > 1 && error instanceof Error) error.message = `«${input.fileName}»: ${error.message}`;
        throw error;
      },
    ),
  );
  for (const read of each) read.catch(() => undefined); // awaited in order: the first failure is the one told
  // Noted on the last file itself (files are answered in order), before any caller awaiting it runs: a caller may
  // compare it at once, for a while.
  let readAt: number | null = null;
  each.at(-1)?.then(() => (readAt = performance.now()), () => undefined);
  const files = readImportFiles(each, session);
  files.then(handOver, handOver);
  // The files not read yet are then refused, and the process reading them is stopped.
  return { files, each, handedOver, cancel: () => session.close(), readAt: () => readAt };
}

async function readImportFiles(each: readonly Promise<ImportFile>[], session: ParseSession): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  try {
    for (const read of each) files.push(await read);
  } finally {
    session.close();
  }
  // Closing the channel waits for the next tick: let it come, so the parse process ends and gives its memory back
  // before the caller's comparison holds this thread for most of a second.
  await new Promise((resolve) => setImmediate(resolve));
  return files;
}
