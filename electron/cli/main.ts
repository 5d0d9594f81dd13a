/**
 * Entry of the headless CLI: `npm run pira -- <comando> [opzioni]` (tsx electron/cli/main.ts).
 * Why separate from runCli.ts: this is the only module that touches process.argv, stdout and the exit code.
 */
import './compiler';
import { invocationDir } from '../app/invocationDir';
import { runCli } from './runCli';

// `… | head` closes the pipe early: the reader has what it wanted, so end quietly (no EPIPE stack trace).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.chdir(invocationDir());

// No top-level await: the bundle is a CommonJS script (bundle.mjs, for V8's code cache).
void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
