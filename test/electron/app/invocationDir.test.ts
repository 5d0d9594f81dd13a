// Relative paths given to npm scripts resolve against the directory the user typed the command in.
import { describe, expect, it } from 'vitest';
import { invocationDir } from '../../../electron/app/invocationDir';

describe('invocationDir', () => {
  it.each([
    [{ INIT_CWD: '/dati/ufficio/piani' }, '/repo', '/dati/ufficio/piani'],
    [{}, '/repo', '/repo'],
    [{ INIT_CWD: '' }, '/repo', '/repo'],
    [{ INIT_CWD: 'relativo/non/valido' }, '/repo', '/repo'],
  ])('env %j with cwd %s → %s', (env, cwd, expected) => {
    expect(invocationDir(env, cwd)).toBe(expected);
  });
});
