// `electron-vite build` works without the Electron binary, and the bundled main process really starts: run under
// plain Node with a stand-in `electron` (bundle/), it creates the sample plan, opens the secure window, serves
// app://pira with the CSP, answers the API over IPC and refuses untrusted senders, traversal and permissions.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/contentSecurityPolicy';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Inside the project so that the bundle's bare imports (better-sqlite3, xlsx, zod) resolve from node_modules.
const outDir = path.join(root, 'out', `.bundle-test-${process.pid}`);
const userData = mkdtempSync(path.join(tmpdir(), 'pira-userdata-'));

interface Report {
  exitCode: number | null;
  privileged: unknown[];
  windows: number;
  url: string;
  title: string;
  webPreferences: Record<string, unknown>;
  menu: string[];
  recentDocuments: string[];
  session: { ok: boolean; value?: { host: string; fileName: string; plans: { year: number; cardCount: number }[] } };
  badPayload: { ok: boolean; error?: { code: string; message: string } };
  untrusted: { ok: boolean; error?: { code: string } };
  index: { status: number; csp: string; html: string };
  traversal: number;
  permission: unknown;
  preview: { ok: boolean; error?: { message: string } };
  utilityForks: { modulePath: string; execArgv: string[] }[];
}
let report: Report;

beforeAll(() => {
  const cli = path.join(root, 'node_modules/electron-vite/bin/electron-vite.js');
  execFileSync(process.execPath, [cli, 'build', '--outDir', outDir], { cwd: root, stdio: 'pipe', timeout: 180_000 });
  const loader = new URL('./bundle/electronLoader.mjs', import.meta.url).href;
  const runner = fileURLToPath(new URL('./bundle/runMain.mjs', import.meta.url));
  const output = execFileSync(process.execPath, ['--import', loader, runner, path.join(outDir, 'main/main.js')], {
    cwd: root,
    env: { ...process.env, PIRA_TEST_USER_DATA: userData },
    encoding: 'utf8',
    timeout: 60_000,
  });
  report = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Report;
}, 240_000);
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(userData, { recursive: true, force: true });
});

describe('bundled desktop app', () => {
  it('builds main (ESM + parse worker), the CommonJS preload and the renderer', () => {
    for (const file of ['main/main.js', 'main/parseWorker.js', 'preload/preload.cjs', 'renderer/index.html']) {
      expect(existsSync(path.join(outDir, file)), file).toBe(true);
    }
  });
  it('starts without error and registers app:// as a privileged scheme', () => {
    expect(report.exitCode).toBeNull();
    expect(report.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });
  it('creates and opens the sample plan in userData on first start', () => {
    expect(existsSync(path.join(userData, 'piano-esempio.pira'))).toBe(true);
    expect(report.session).toMatchObject({ ok: true, value: { host: 'electron', fileName: 'piano-esempio.pira' } });
    expect(report.session.value?.plans.map((p) => [p.year, p.cardCount])).toEqual([[2024, 18]]);
    expect(report.recentDocuments).toEqual([path.join(userData, 'piano-esempio.pira')]);
  });
  it('opens one secure window on app://pira titled with the file', () => {
    expect(report.windows).toBe(1);
    expect(report.url).toBe('app://pira/index.html');
    expect(report.title).toBe('piano-esempio.pira — PIRA Desk');
    expect(report.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: path.join(outDir, 'preload/preload.cjs'),
    });
    expect(report.menu).toEqual(['File', 'Modifica', 'Visualizza', 'Aiuto']);
  });
  it('validates IPC payloads and refuses untrusted senders', () => {
    expect(report.badPayload).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(report.badPayload.error?.message).toMatch(/^Richiesta non valida/);
    expect(report.untrusted).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
  it('serves the UI with the CSP and refuses traversal and permissions', () => {
    expect(report.index.status).toBe(200);
    expect(report.index.csp).toBe(CONTENT_SECURITY_POLICY);
    expect(report.index.html).toContain('<div id="root"></div>');
    expect(report.traversal).toBe(404);
    expect(report.permission).toBe(false);
  });
  it('reads an import file in a utility process started from the bundled parseWorker.js, its heap capped', () => {
    expect(report.preview, JSON.stringify(report.preview)).toMatchObject({ ok: true });
    expect(report.utilityForks).toEqual([
      expect.objectContaining({ modulePath: path.join(outDir, 'main/parseWorker.js'), execArgv: expect.arrayContaining(['--max-old-space-size=512']) }),
    ]);
  });
});
