// The CLI run in this process (runCli) with what it prints captured. Why: every CLI test asserts on the exit code
// and the two streams.
import { runCli } from '../../electron/cli/runCli';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function cli(...args: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}
