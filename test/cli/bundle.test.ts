// The bundled CLI (out/cli, built by electron/cli/bundle.mjs) under plain Node, and the `pira` launcher:
// same answers as the sources, the parse worker found next to the bundle, no TypeScript compiled at run time.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/runCli';
import { tempFolder } from '../db/tempFiles';
import { bundleCli } from '../../electron/cli/bundle.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const folder = tempFolder();
// Inside the package, so that the bundle resolves better-sqlite3, xlsx and zod from node_modules like out/cli does.
fs.mkdirSync(path.join(root, 'test', '.tmp'), { recursive: true });
const outDir = fs.mkdtempSync(path.join(root, 'test', '.tmp', 'cli-'));
let main = '';

beforeAll(async () => {
  const built = await bundleCli(outDir);
  expect(built.inputs).toContain('electron/cli/main.ts');
  main = path.join(outDir, 'main.js');
}, 60_000);
afterAll(() => {
  folder.remove();
  fs.rmSync(outDir, { recursive: true, force: true });
});

async function inProcess(...args: string[]) {
  let out = '';
  const code = await runCli(args, { out: (t) => (out += t), err: () => undefined });
  return { code, out };
}

describe('the bundled CLI', () => {
  it('is plain JavaScript: no TypeScript source and no tsx loader in it', () => {
    const files = fs.readdirSync(outDir).filter((f) => f.endsWith('.js'));
    expect(files).toEqual(expect.arrayContaining(['main.js', 'parseWorker.js']));
    for (const file of files) expect(fs.readFileSync(path.join(outDir, file), 'utf8')).not.toMatch(/from ["']tsx|\.ts["']\)/);
  });

  it('scores the sample exactly as the sources do', async () => {
    const db = folder.file('bundle.pira');
    await run(process.execPath, [main, 'init', '--db', db, '--sample']);
    const bundled = await run(process.execPath, [main, 'score', '--db', db, '--json']);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse((await inProcess('score', '--db', db, '--json')).out));
  }, 30_000);

  it('imports through the parse worker built next to it', async () => {
    const db = folder.file('roundtrip.pira');
    const workbook = folder.file('roundtrip.xlsx');
    await run(process.execPath, [main, 'init', '--db', db, '--sample']);
    await run(process.execPath, [main, 'export', '--db', db, '--out', workbook]);
    const dryRun = await run(process.execPath, [main, 'import', '--db', db, workbook, '--dry-run']);
    expect(dryRun.stdout).toMatch(/0 nuove, 0 modificate, 18 invariate, 0 assenti/);
  }, 30_000);
});

describe('the pira launcher (npm run pira, the pira command)', () => {
  it('runs the bundle and exits non-zero with the Italian message on stderr', async () => {
    const missing = folder.file('missing.pira');
    const launched = run(process.execPath, [path.join(root, 'electron/cli/pira.mjs'), 'score', '--db', missing]);
    await expect(launched).rejects.toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/^Errore: Il file «.+» non esiste/) });
  }, 60_000);
});
