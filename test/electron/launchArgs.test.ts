// Which plan file a command line asks to open (double-click, npm start -- file, second launch).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlanFilePath, planFileFromArgv } from '../../electron/main/launchArgs';

const cwd = path.resolve('/dati/ufficio');

describe('planFileFromArgv', () => {
  it.each([
    ['packaged, no file', ['/opt/PIRA Desk/pira-desk'], null],
    ['packaged, double-click', ['C:\\PIRA Desk\\PIRA Desk.exe', '/dati/Piano 2024.pira'], '/dati/Piano 2024.pira'],
    ['development, app folder only', ['/usr/bin/electron', '.'], null],
    ['development, relative file', ['/usr/bin/electron', '.', 'piani/2024.pira'], path.join(cwd, 'piani/2024.pira')],
    ['upper-case extension', ['exe', 'PIANO.PIRA'], path.join(cwd, 'PIANO.PIRA')],
    ['chromium switches skipped', ['exe', '--allow-file-access-from-files', '--no-sandbox', 'a.pira'], path.join(cwd, 'a.pira')],
    ['a switch that looks like a file', ['exe', '--x=evil.pira'], null],
    ['other extensions ignored', ['exe', 'foto.png', 'note.txt'], null],
    ['last file wins', ['exe', 'a.pira', 'b.pira'], path.join(cwd, 'b.pira')],
    ['bare extension is not a file', ['exe', '.pira'], null],
  ])('%s', (_label, argv, expected) => {
    expect(planFileFromArgv(argv, cwd)).toBe(expected === null ? null : path.resolve(cwd, expected));
  });
});

describe('isPlanFilePath', () => {
  it.each([
    ['/x/piano.pira', true],
    ['/x/piano.pira.bak', false],
    ['/x/.pira', false],
    ['/x/piano.sqlite', false],
  ])('%s → %s', (candidate, expected) => {
    expect(isPlanFilePath(candidate)).toBe(expected);
  });
});
