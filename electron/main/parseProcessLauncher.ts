/**
 * The parse process of the desktop app: Electron's utility process (a Node.js process of its own, started from
 * the bundled out/main/parseWorker.js), adapted to the launcher interface of electron/exchange/parseProcess.ts.
 * Why: the app's fuses switch off running Electron as plain Node (the runAsNode fuse), which forking a Node
 * process from the main process needs; a utility process needs nothing of the kind. No `electron` import here:
 * main.ts passes `utilityProcess.fork` in, tests pass a stand-in.
 */
import type { ParseProcessLauncher } from '../exchange/parseProcess';
import type { WorkerReply } from '../exchange/workerProtocol';

/** The part of Electron's `UtilityProcess` this launcher uses. */
export interface UtilityChild {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: WorkerReply) => void): unknown;
  once(event: 'exit', listener: (code: number) => void): unknown;
  stderr: NodeJS.ReadableStream | null;
  kill(): boolean;
}

export type UtilityFork = (
  modulePath: string,
  args: string[],
  options: { execArgv: string[]; stdio: ['ignore', 'ignore', 'pipe']; serviceName: string },
) => UtilityChild;

export function utilityProcessLauncher(fork: UtilityFork): ParseProcessLauncher {
  return (entry, heapArgs) => {
    const child = fork(entry.file, [], { execArgv: heapArgs, stdio: ['ignore', 'ignore', 'pipe'], serviceName: 'PIRA Desk: lettura di un file da importare' });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4096);
    });
    let ended = false;
    child.once('exit', () => {
      ended = true;
    });
    const kill = () => {
      if (!ended) child.kill();
    };
    return {
      // Electron's IPC copies the message on the spot: it no longer needs this thread once posted.
      send: (request, sent) => {
        child.postMessage(request);
        sent?.();
      },
      onReply: (listener) => {
        child.on('message', listener);
      },
      onEnd: (listener) => child.once('exit', (code) => listener({ code, signal: null, stderr })),
      kill,
      // The last reply has arrived: nothing is left to wait for (the process does not end by itself).
      release: kill,
    };
  };
}
