/**
 * Starts the process that parses import files (parseWorker.ts) with a capped heap, and speaks to it: one reply to
 * each request, in the order of the requests (the next may be sent before the last is answered), until the parent
 * lets it go. Under Node (CLI, harness, tests) it is a
 * `child_process.fork` of the bundled `parseWorker.js` next to the running module (electron-vite and the CLI build
 * make it an entry of its own) or, from sources, of `parseWorker.ts` through tsx; the desktop app installs its own
 * launcher (Electron's utility process, electron/main/parseProcessLauncher.ts) because its fuses forbid running
 * Electron as Node.
 * Why a process and not a worker thread: V8 may abort the whole process instead of stopping a worker that runs out of
 * its `resourceLimits` (one large allocation, an array or a dictionary growing: nodejs/node#47224). An ODS cell
 * repeated a billion times killed the CLI that way and left its lock behind (issue 19); a process dies alone.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMPILER_OPTIONS } from './compilerOptions';
import type { ParseLimits } from './limits';
import type { WorkerReply } from './workerProtocol';

/** One file to read, with the limits to read it under. */
/**
 * An import file as the parse process is given it: its bytes, or the path of a file the caller checked (the CLI's:
 * the process reads it, and the caller's thread never holds nor passes on its bytes).
 */
export type ParseInput = Uint8Array | { path: string };

export interface ParseRequest {
  input: ParseInput;
  limits: ParseLimits;
}

/**
 * Files sent in one message, each read and answered in turn: the process reads the next ones while its parent is
 * busy, instead of waiting for the parent's thread to write them (a message larger than the channel's buffer goes
 * out in pieces, each when the sender's event loop turns).
 */
export interface ParseBatch {
  files: ParseInput[];
  limits: ParseLimits;
}

/** The parent's handle on one parse process. */
export interface ParseProcess {
  /**
   * Sends `batch`; `sent` is called once it has left this process (a large file written to a pipe otherwise waits,
   * in part, for this thread's event loop, and a parent that blocks its thread meanwhile holds the parse back).
   */
  send(batch: ParseBatch, sent?: () => void): void;
  /** Every reply, one per file in the order they were sent. */
  onReply(listener: (reply: WorkerReply) => void): void;
  /** The end of the process (once). */
  onEnd(listener: (end: { code: number | null; signal: string | null; stderr: string }) => void): void;
  /** Stops the process now. */
  kill(): void;
  /** Lets the process end by itself once it has answered, stopping it if it has not within a few seconds. */
  release(): void;
}

/** How long a process that has answered may take to end by itself. */
const GRACE_MS = 5000;

/** `release` in terms of `kill`: the timer never keeps the caller alive. */
function releaseAfterGrace(kill: () => void): () => void {
  return () => setTimeout(kill, GRACE_MS).unref();
}

/** Where the parse process's code is: the bundled JavaScript file, or the TypeScript source and the tsx loader. */
export type ParseEntry = { kind: 'bundled'; file: string } | { kind: 'source'; file: string; tsxLoader: string };

export type ParseProcessLauncher = (entry: ParseEntry, heapArgs: string[]) => ParseProcess;

/** V8 options capping the parse process's heap (old space as in the limits, young space small), and its compiler's. */
function heapArguments(limits: ParseLimits): string[] {
  return [`--max-old-space-size=${limits.workerHeapMb}`, '--max-semi-space-size=16', ...COMPILER_OPTIONS];
}

function parseEntry(): ParseEntry {
  const bundled = fileURLToPath(new URL('./parseWorker.js', import.meta.url));
  if (existsSync(bundled)) return { kind: 'bundled', file: bundled };
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  return {
    kind: 'source',
    file: fileURLToPath(new URL('./parseWorker.ts', import.meta.url)),
    tsxLoader: pathToFileURL(join(dirname(tsxPackage), 'dist/loader.mjs')).href,
  };
}

/** Keeps the last few kilobytes a stream wrote (V8's out-of-memory report is at its end). */
function tailOf(stream: NodeJS.ReadableStream | null | undefined): () => string {
  let tail = '';
  stream?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4096);
  });
  return () => tail;
}

/** `child_process.fork` (Node): IPC with structured clone, stderr kept for the parent only, never shown. */
export const forkLauncher: ParseProcessLauncher = (entry, heapArgs) => {
  const execArgv = entry.kind === 'source' ? ['--import', entry.tsxLoader, ...heapArgs] : heapArgs;
  const child: ChildProcess = fork(entry.file, [], {
    execArgv,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const stderr = tailOf(child.stderr);
  // A process that could not start, or a channel closed under `send`: 'close' (or the spawn error) says so.
  let spawnError = '';
  child.on('error', (error) => {
    spawnError = error.message;
  });
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  return {
    send: (batch, sent) => {
      if (child.connected) child.send(batch, () => sent?.());
      else sent?.();
    },
    onReply: (listener) => child.on('message', (reply: WorkerReply) => listener(reply)),
    // 'close' comes after the IPC channel and stderr are drained: a reply sent before the end is never lost.
    onEnd: (listener) => {
      child.once('close', (code, signal) => listener({ code, signal, stderr: stderr() || spawnError }));
      if (child.pid === undefined) child.once('error', (error) => listener({ code: null, signal: null, stderr: error.message }));
    },
    kill,
    release: () => {
      // Closing the channel is the child's signal to end (parseWorker.ts).
      if (child.connected) child.disconnect();
      releaseAfterGrace(kill)();
    },
  };
};

let launcher: ParseProcessLauncher = forkLauncher;

/** The desktop app replaces the Node launcher with Electron's utility process (before the first import). */
export function useParseProcessLauncher(replacement: ParseProcessLauncher): void {
  launcher = replacement;
}

export function startParseProcess(limits: ParseLimits): ParseProcess {
  return launcher(parseEntry(), heapArguments(limits));
}
