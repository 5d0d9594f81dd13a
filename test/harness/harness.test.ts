// The HTTP harness: the same handlers over POST /api/<method>, the built UI with the bridge injected under the
// desktop CSP, and refusals (missing file, bad payloads, traversal) in Italian. Runs on a temporary sample file.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleFile } from '../../db/planFile';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/contentSecurityPolicy';
import { API_METHODS, type ApiResult, type PiraBridge, type SessionInfo } from '../../shared/api';
import type { PlanDocument } from '../../shared/model';
import { parseHarnessArgs } from './harnessArgs';
import { runHarnessCommand, startHarness, type Harness } from './server';

let dir: string;
let webRoot: string;
let dbPath: string;
let harness: Harness;

const APP_INDEX = `<!doctype html><html lang="it"><head><title>PIRA Desk</title>
<script type="module" crossorigin src="./assets/app.js"></script></head><body><div id="root"></div></body></html>`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pira-harness-'));
  webRoot = path.join(dir, 'web');
  mkdirSync(path.join(webRoot, 'assets'), { recursive: true });
  writeFileSync(path.join(webRoot, 'index.html'), APP_INDEX);
  writeFileSync(path.join(webRoot, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(path.join(dir, 'segreto.txt'), 'non servire');
  dbPath = path.join(dir, 'piano.pira');
  createSampleFile(dbPath).close();
  harness = await startHarness({ dbPath, port: 0, webRoot });
});
afterAll(async () => {
  await harness?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call<T>(method: string, body: unknown): Promise<ApiResult<T>> {
  const response = await fetch(new URL(`api/${method}`, harness.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as ApiResult<T>;
}

/** A raw request that keeps the path and the headers as written (fetch normalises `..` and sets Host itself). */
function rawRequest(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  const { port } = new URL(harness.url);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: pathname, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end(options.body);
  });
}
const rawGet = (pathname: string) => rawRequest(pathname);

describe('harness API', () => {
  it('answers getSession for the open file, as the web host', async () => {
    const result = await call<SessionInfo>('getSession', {});
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ host: 'web', fileName: 'piano.pira', filePath: dbPath });
    expect(result.value.plans.map((p) => [p.year, p.cardCount])).toEqual([[2024, 18]]);
  });
  it('loads the sample plan: 18 cards, 123 indicators', async () => {
    const session = await call<SessionInfo>('getSession', {});
    const planId = session.ok ? session.value.plans[0]?.id : undefined;
    const result = await call<PlanDocument>('loadPlan', { planId });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.cards).toHaveLength(18);
    expect(result.value.cards.flatMap((c) => c.indicators)).toHaveLength(123);
  });
  it('refuses a bad payload with an Italian message naming the field', async () => {
    const result = await call('loadPlan', { planId: 'uno' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toMatch(/^Richiesta non valida: .*planId/);
  });
  it('refuses an unknown method', async () => {
    expect(await call('dropDatabase', {})).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/^Operazione sconosciuta/) } });
  });
  it('answers unavailable to PDF export: the browser prints by itself', async () => {
    const session = await call<SessionInfo>('getSession', {});
    const planId = session.ok ? session.value.plans[0]?.id : undefined;
    const result = await call('exportPdf', { planId, scope: { kind: 'plan' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/desktop/) } });
  });
  it('refuses malformed JSON and non-POST calls', async () => {
    const bad = await fetch(new URL('api/getSession', harness.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{piano',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/JSON/) } });
    const get = await fetch(new URL('api/getSession', harness.url));
    expect(get.status).toBe(405);
  });
});

describe('harness UI', () => {
  it('serves index.html with the bridge before the app script and the desktop CSP', async () => {
    const response = await fetch(harness.url);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await response.text();
    const bridgeAt = html.indexOf('<script src="/__harness/bridge.js"></script>');
    expect(bridgeAt).toBeGreaterThan(0);
    expect(bridgeAt).toBeLessThan(html.indexOf('./assets/app.js'));
  });
  it('serves a bridge that gives the page exactly the PiraBridge, calling the API over fetch', async () => {
    const code = await (await fetch(new URL('__harness/bridge.js', harness.url))).text();
    const calls: string[] = [];
    const page: Record<string, unknown> = {
      fetch: async (url: string) => {
        calls.push(url);
        return { json: async () => ({ ok: true, value: 'risposta' }) };
      },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    page.globalThis = page;
    vm.runInNewContext(code, page);
    const api = page.api as PiraBridge;
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onMenuCommand'].sort());
    await expect(api.getSession({})).resolves.toEqual({ ok: true, value: 'risposta' });
    expect(calls).toEqual(['/api/getSession']);
  });
  it.each(['/%2e%2e/segreto.txt', '/assets/..%2f..%2fsegreto.txt', '/..%5csegreto.txt', '/nulla.js'])(
    'does not serve %s',
    async (pathname) => {
      const { status, body } = await rawGet(pathname);
      expect([400, 404]).toContain(status);
      expect(body).not.toContain('non servire');
    },
  );
});

describe('cross-site requests (issue 10, defect 9)', () => {
  const cardCount = async () => {
    const session = await call<SessionInfo>('getSession', {});
    return session.ok ? session.value.plans[0]?.cardCount : -1;
  };
  const deleteFirstCard = async (headers: Record<string, string>) => {
    const session = await call<SessionInfo>('getSession', {});
    const planId = session.ok ? session.value.plans[0]?.id : 0;
    const plan = await call<PlanDocument>('loadPlan', { planId });
    const cardId = plan.ok ? plan.value.cards[0]?.id : 0;
    const version = plan.ok ? plan.value.cards[0]?.version : 0;
    const { port } = new URL(harness.url);
    return rawRequest(`/api/deleteCard`, {
      method: 'POST',
      headers: { Host: `127.0.0.1:${port}`, ...headers },
      body: JSON.stringify({ planId, cardId, version }),
    });
  };

  it.each([
    ['a text/plain POST from another site (no preflight)', { 'Content-Type': 'text/plain', Origin: 'http://malevolo.example' }, 403],
    ['a form POST from another site', { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'cross-site' }, 403],
    ['a JSON POST from another site', { 'Content-Type': 'application/json', Origin: 'https://malevolo.example' }, 403],
    ['a same-origin POST that is not JSON', { 'Content-Type': 'text/plain' }, 415],
    ['a POST without Content-Type', {}, 415],
  ])('refuses %s and leaves the plan untouched', async (_name, headers, status) => {
    const before = await cardCount();
    const response = await deleteFirstCard(headers);
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/^Richiesta rifiutata/) } });
    expect(await cardCount()).toBe(before);
  });

  it.each(['malevolo.example', 'malevolo.example:80', '127.0.0.2'])('refuses Host «%s» (DNS rebinding), for the API and the pages', async (host) => {
    for (const [pathname, method] of [['/api/getSession', 'POST'], ['/', 'GET']] as const) {
      const response = await rawRequest(pathname, { method, headers: { Host: host, 'Content-Type': 'application/json' }, body: '{}' });
      expect(response.status).toBe(421);
      expect(response.body).toMatch(/risponde solo a 127\.0\.0\.1/);
      expect(response.body).not.toContain('PIRA Desk</title>');
    }
  });

  it('accepts the same-origin JSON calls of its own page (localhost and 127.0.0.1)', async () => {
    const { port } = new URL(harness.url);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const response = await rawRequest('/api/getSession', {
        method: 'POST',
        headers: { Host: host, Origin: `http://${host}`, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json; charset=utf-8' },
        body: '{}',
      });
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toMatchObject({ ok: true });
    }
  });
});

describe('harness start', () => {
  it('refuses a missing plan file in Italian and does not create it', async () => {
    const missing = path.join(dir, 'manca.pira');
    await expect(startHarness({ dbPath: missing, port: 0, webRoot })).rejects.toThrow(/non esiste.*--sample/s);
    expect(existsSync(missing)).toBe(false);
  });
  it('creates the sample plan when asked with sample: true', async () => {
    const created = path.join(dir, 'nuovo.pira');
    const other = await startHarness({ dbPath: created, port: 0, webRoot, sample: true });
    try {
      const response = await fetch(new URL('api/getSession', other.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(await response.json()).toMatchObject({ ok: true, value: { fileName: 'nuovo.pira' } });
    } finally {
      await other.close();
    }
  });
  it('tells a plan file locked by another program in Italian, without a stack trace (issue 10, defect 8)', async () => {
    const locked = path.join(dir, 'bloccato.pira');
    createSampleFile(locked).close();
    const holder = new Database(locked, { timeout: 10 });
    holder.pragma('journal_mode = WAL');
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN IMMEDIATE; CREATE TABLE tenuto (x); COMMIT');
    const errors: string[] = [];
    try {
      const { exitCode, harness: started } = await runHarnessCommand(['--db', locked, '--port', '0'], { webRoot, log: () => undefined, logError: (t) => errors.push(t) });
      await started?.close();
      expect(exitCode).toBe(1);
    } finally {
      holder.close();
    }
    expect(errors.join('\n')).toMatch(/^Impossibile avviare il server di prova: Il file «bloccato\.pira» è bloccato da un altro programma/);
    expect(errors.join('\n')).not.toMatch(/\bat .+:\d+:\d+|SqliteError|Out of memory/);
  });
  it('refuses a web root that was not built', async () => {
    await expect(startHarness({ dbPath, port: 0, webRoot: path.join(dir, 'vuota') })).rejects.toThrow(/npm run build:web/);
  });
});

describe('parseHarnessArgs', () => {
  it.each([
    [['--db', 'a.pira'], { dbPath: 'a.pira', port: 5180, sample: false }],
    [['--db', 'a.pira', '--port', '0', '--sample'], { dbPath: 'a.pira', port: 0, sample: true }],
  ])('%j', (argv, options) => {
    expect(parseHarnessArgs(argv)).toEqual({ ok: true, options });
  });
  it.each([
    [[], /Indicare il file del piano con --db/],
    [['--db'], /Manca il valore di --db/],
    [['--db', 'a.pira', '--port', 'ottanta'], /Porta non valida/],
    [['--db', 'a.pira', '--port', '70000'], /Porta non valida/],
    [['--db', 'a.pira', '--verbose'], /Opzione sconosciuta: «--verbose»/],
  ])('%j is refused', (argv, message) => {
    const parsed = parseHarnessArgs(argv);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });
});
