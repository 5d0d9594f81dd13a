// The Electron glue with a mocked `electron`: IPC refuses untrusted frames and validates through dispatch; the
// desktop host saves through the dialog and renders the print view to an A4 PDF once it says it is ready.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, type ApiHandlers } from '../../shared/api';

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const windows: FakeWindow[] = [];
  class FakeWindow {
    destroyed = false;
    loaded = '';
    readyAfterPolls = 2;
    polls = 0;
    pdfOptions: unknown = null;
    constructor(readonly options: { show: boolean; webPreferences: Record<string, unknown> }) {
      windows.push(this);
    }
    webContents = {
      executeJavaScript: async () => (++this.polls >= this.readyAfterPolls ? 'true' : ''),
      printToPDF: async (options: unknown) => {
        this.pdfOptions = options;
        return Buffer.from('%PDF-1.7 finto');
      },
    };
    async loadURL(url: string) {
      this.loaded = url;
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return {
    handlers,
    windows,
    FakeWindow,
    saveDialog: { result: { canceled: false, filePath: '' } as { canceled: boolean; filePath?: string } },
    openDialog: { result: { canceled: true, filePaths: [] as string[] }, options: null as unknown },
    menuTemplate: [] as Array<Record<string, unknown>>,
  };
});

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => electron.handlers.set(channel, fn) },
  app: { getVersion: () => '9.9.9' },
  dialog: {
    showSaveDialog: async () => electron.saveDialog.result,
    showOpenDialog: async (options: unknown) => {
      electron.openDialog.options = options;
      return electron.openDialog.result;
    },
  },
  BrowserWindow: electron.FakeWindow,
  Menu: {
    buildFromTemplate: (template: Array<Record<string, unknown>>) => {
      electron.menuTemplate = template;
      return template;
    },
    setApplicationMenu: () => undefined,
  },
}));

const { registerApiIpc } = await import('../../electron/main/apiIpc');
const { createElectronHost } = await import('../../electron/main/electronHost');
const { installMenu } = await import('../../electron/main/nativeMenu');
const { buildMenuTemplate } = await import('../../electron/main/menuTemplate');
const { PDF_OPTIONS } = await import('../../electron/main/pdfOptions');

const dir = mkdtempSync(path.join(tmpdir(), 'pira-glue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('API over IPC', () => {
  const loadPlan = vi.fn(async (req: { planId: number }) => ({ planId: req.planId }));
  const handlers = {
    ...Object.fromEntries(API_METHODS.map((m) => [m, vi.fn()])),
    loadPlan,
  } as unknown as ApiHandlers;
  registerApiIpc(handlers);
  const invoke = electron.handlers.get('pira:invoke');
  const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
  beforeEach(() => {
    loadPlan.mockClear();
  });

  it('serves the top frame of app://pira through dispatch', async () => {
    await expect(invoke?.(frame('app://pira/index.html#/'), 'loadPlan', { planId: 4 })).resolves.toEqual({
      ok: true,
      value: { planId: 4 },
    });
  });
  it('validates the payload before any handler runs', async () => {
    const result = await invoke?.(frame('app://pira/index.html'), 'loadPlan', { planId: -1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(loadPlan).not.toHaveBeenCalled();
  });
  it.each([
    ['another origin', frame('https://example.com/')],
    ['a sub-frame of the app', frame('app://pira/index.html', { url: 'app://pira/index.html' })],
    ['a frame already gone', { senderFrame: null }],
  ])('refuses %s', async (_label, event) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await invoke?.(event, 'loadPlan', { planId: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/non autorizzata/) } });
    expect(loadPlan).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});

describe('desktop host', () => {
  const host = createElectronHost({ preloadPath: '/app/preload.cjs', parentWindow: () => null, defaultFolder: () => dir });

  it('reports itself as the electron host with the app version', () => {
    expect([host.kind, host.appVersion]).toEqual(['electron', '9.9.9']);
  });
  it('writes a produced file where the user chose', async () => {
    const chosen = path.join(dir, 'PIRA 2024.xlsx');
    electron.saveDialog.result = { canceled: false, filePath: chosen };
    const produced = await host.deliverFile({ suggestedName: 'x.xlsx', data: new Uint8Array([1, 2, 3]), filters: [] });
    expect(produced).toEqual({ fileName: 'PIRA 2024.xlsx', savedPath: chosen });
    expect([...readFileSync(chosen)]).toEqual([1, 2, 3]);
  });
  it('reports a cancelled save dialog', async () => {
    electron.saveDialog.result = { canceled: true };
    await expect(host.deliverFile({ suggestedName: 'x.pdf', data: new Uint8Array(), filters: [] })).resolves.toEqual({
      fileName: 'x.pdf',
      cancelled: true,
    });
  });
  it('writes several produced files into the folder the user chose, never over an existing file', async () => {
    const folder = path.join(dir, 'raccolta');
    mkdirSync(folder);
    electron.openDialog.result = { canceled: false, filePaths: [folder] };
    const files = [{ name: 'a.xlsx', data: new Uint8Array([1]) }, { name: 'b.xlsx', data: new Uint8Array([2]) }];
    await expect(host.deliverFiles(files)).resolves.toEqual({
      folder,
      files: [
        { fileName: 'a.xlsx', savedPath: path.join(folder, 'a.xlsx') },
        { fileName: 'b.xlsx', savedPath: path.join(folder, 'b.xlsx') },
      ],
    });
    expect([...readFileSync(path.join(folder, 'b.xlsx'))]).toEqual([2]);
    await expect(host.deliverFiles(files)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('esistono già «a.xlsx», «b.xlsx»') });
    electron.openDialog.result = { canceled: true, filePaths: [] };
    await expect(host.deliverFiles(files)).resolves.toEqual({ files: [], cancelled: true });
  });

  it('chooses a file to compare in the open dialog, or nothing when cancelled', async () => {
    electron.openDialog.result = { canceled: false, filePaths: [path.join(dir, 'collega.pira')] };
    const filters = [{ name: 'Piano PIRA Desk', extensions: ['pira'] }];
    await expect(host.chooseFile?.(filters)).resolves.toBe(path.join(dir, 'collega.pira'));
    expect(electron.openDialog.options).toEqual({ defaultPath: dir, filters, properties: ['openFile'] });
    electron.openDialog.result = { canceled: true, filePaths: [] };
    await expect(host.chooseFile?.(filters)).resolves.toBeNull();
  });
  it('renders the print route in a hidden, secure window once ready, as A4, then closes it', async () => {
    const pdf = await host.renderPdf('#/stampa?piano=1');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 finto');
    const win = electron.windows.at(-1);
    expect(win?.options.show).toBe(false);
    expect(win?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, preload: '/app/preload.cjs' });
    expect(win?.loaded).toBe('app://pira/index.html#/stampa?piano=1');
    expect(win?.polls).toBe(2);
    expect(win?.pdfOptions).toEqual(PDF_OPTIONS); // tagged, with an outline (issue 20)
    expect(win?.destroyed).toBe(true);
  });
});

describe('native menu', () => {
  it('registers menu shortcuts except those the page owns (undo, redo, find)', () => {
    installMenu(buildMenuTemplate({ platform: 'linux', recentFiles: [], isPackaged: true }), () => null, () => undefined);
    const items = electron.menuTemplate.flatMap((menu) => (menu.submenu as Array<Record<string, unknown>>) ?? []);
    const byLabel = (label: string) => items.find((item) => item.label === label);
    expect(byLabel('Annulla')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(byLabel('Ripeti')).toMatchObject({ accelerator: 'CmdOrCtrl+Y', registerAccelerator: false });
    expect(byLabel('Trova…')).toMatchObject({ registerAccelerator: false });
    expect(byLabel('Stampa…')).toMatchObject({ accelerator: 'CmdOrCtrl+P', registerAccelerator: true });
  });
});
