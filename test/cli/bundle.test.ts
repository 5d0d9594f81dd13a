// The bundled CLI (out/cli, built by electron/cli/bundle.mjs) under plain Node, and the `pira` launcher:
// same answers as the sources, the parse worker found next to the bundle, no TypeScript compiled at run time,
// both processes run from the code cache the build trained, and never from a cache made for other bytes.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/runCli';
import { tempFolder } from '../db/tempFiles';
import { bundleCli } from '../../electron/cli/bundle.mjs';
import { codeCacheMissing, expectedCaches, trainCodeCache } from '../../electron/cli/trainCodeCache.mjs';

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
  expect(codeCacheMissing(outDir)).toBe(true);
  await trainCodeCache(outDir);
  main = path.join(outDir, 'main.js');
}, 90_000);
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

describe('the code cache', () => {
  /** Runs the bundled CLI and answers what each of its processes did with its cache (codeCache.cjs's log). */
  async function cacheOutcomes(...args: string[]) {
    const log = folder.file(`cache-${Math.random().toString(36).slice(2)}.log`);
    const result = await run(process.execPath, [main, ...args], { env: { ...process.env, PIRA_CODE_CACHE_LOG: log } });
    // The parse process logs as it starts, before it answers: its line is there when the command has ended.
    return { stdout: result.stdout, outcomes: fs.readFileSync(log, 'utf8').trim().split('\n').sort() };
  }

  it('is made for both processes by the training, and both run from it', async () => {
    expect(codeCacheMissing(outDir)).toBe(false);
    expect(Object.keys(expectedCaches(outDir)).sort()).toEqual(['main', 'parseWorker']);
    const db = folder.file('cached.pira');
    const workbook = folder.file('cached.ods');
    await run(process.execPath, [main, 'init', '--db', db, '--sample']);
    await run(process.execPath, [main, 'export', '--db', db, '--out', workbook]);
    const imported = await cacheOutcomes('import', '--db', db, workbook, '--dry-run');
    expect(imported.stdout).toMatch(/0 nuove, 0 modificate, 18 invariate, 0 assenti/);
    expect(imported.outcomes).toEqual(['main.bundle.js used', 'parseWorker.bundle.js used']);
  }, 30_000);

  it('is not used for a bundle whose bytes are not the ones it was made from, and the CLI answers the same', async () => {
    const db = folder.file('stale.pira');
    await run(process.execPath, [main, 'init', '--db', db, '--sample']);
    const before = await cacheOutcomes('score', '--db', db, '--json');
    const bundle = path.join(outDir, 'main.bundle.js');
    const original = fs.readFileSync(bundle);
    // One byte of a message changed, the length kept: V8's own check (the length) would accept the old cache.
    const altered = Buffer.from(original);
    const at = altered.indexOf('Creato il file');
    altered[at] = 'c'.charCodeAt(0);
    fs.writeFileSync(bundle, altered);
    try {
      const after = await cacheOutcomes('score', '--db', db, '--json');
      expect(before.outcomes).toEqual(['main.bundle.js used']);
      expect(after.outcomes).toEqual(['main.bundle.js stale']);
      expect(JSON.parse(after.stdout)).toEqual(JSON.parse(before.stdout));
    } finally {
      fs.writeFileSync(bundle, original);
    }
  }, 30_000);
});

describe('the pira launcher (npm run pira, the pira command)', () => {
  it('runs the bundle and exits non-zero with the Italian message on stderr', async () => {
    const missing = folder.file('missing.pira');
    const launched = run(process.execPath, [path.join(root, 'electron/cli/pira.mjs'), 'score', '--db', missing]);
    await expect(launched).rejects.toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/^Errore: Il file «.+» non esiste/) });
  }, 60_000);
});
