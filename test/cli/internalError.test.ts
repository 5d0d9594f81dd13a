// Issue 19: an error nobody foresaw reached the user as "Errore interno imprevisto: The number Infinity cannot be
// converted to a BigInt…". The CLI says what happened in Italian; the technical detail only on request.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/runCli';
import type { CliCommand } from '../../electron/cli/command';

const failing: CliCommand = {
  name: 'rompi',
  summary: 'fallisce',
  options: {},
  run: () => {
    throw new RangeError('The number Infinity cannot be converted to a BigInt because it is not an integer');
  },
};

async function run(): Promise<string> {
  let err = '';
  expect(await runCli(['rompi'], { out: () => undefined, err: (t) => (err += t) }, [failing])).toBe(1);
  return err;
}

afterEach(() => {
  delete process.env.PIRA_DESK_DEBUG;
});

describe('an unforeseen error on the command line', () => {
  it('is told in Italian, without the English detail', async () => {
    const err = await run();
    expect(err).toMatch(/^Errore: si è verificato un errore interno imprevisto e il comando non è stato completato\./);
    expect(err).not.toMatch(/Infinity|BigInt|cannot|converted/);
  });

  it('prints the technical detail only with PIRA_DESK_DEBUG', async () => {
    process.env.PIRA_DESK_DEBUG = '1';
    expect(await run()).toMatch(/RangeError: The number Infinity cannot be converted to a BigInt/);
  });
});
