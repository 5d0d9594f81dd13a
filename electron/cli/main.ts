/**
 * Entry of the headless CLI: `npm run pira -- <comando> [opzioni]` (tsx electron/cli/main.ts).
 * Why separate from runCli.ts: this is the only module that touches process.argv, stdout and the exit code.
 */
import { invocationDir } from '../app/invocationDir';
import { runCli } from './runCli';

process.chdir(invocationDir());

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
