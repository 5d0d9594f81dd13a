// A stand-in for the `electron` module, for running the bundled main process under plain Node (no binary here).
import { fork as forkChild } from 'node:child_process';
// It records what the app registers (IPC, protocol, windows, menu, permissions) in `globalThis.__fakeElectron`.
const record = {
  ipc: new Map(),
  protocols: new Map(),
  privileged: [],
  windows: [],
  menus: [],
  events: new Map(),
  recentDocuments: [],
  dialogs: [],
  permissionHandler: null,
};
globalThis.__fakeElectron = record;

let markReady;
const ready = new Promise((resolve) => (markReady = resolve));
setTimeout(() => markReady(), 0);

export const app = {
  isPackaged: true,
  getVersion: () => '0.0.0-test',
  getPath: () => process.env.PIRA_TEST_USER_DATA,
  requestSingleInstanceLock: () => true,
  quit: () => (record.quit = true),
  exit: (code) => (record.exitCode = code),
  on: (event, listener) => record.events.set(event, listener),
  whenReady: () => ready,
  addRecentDocument: (filePath) => record.recentDocuments.push(filePath),
  clearRecentDocuments: () => (record.recentDocuments = []),
};
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => record.privileged.push(...schemes),
  handle: (scheme, handler) => record.protocols.set(scheme, handler),
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler) => (record.permissionHandler = handler),
    setPermissionCheckHandler: (handler) => (record.permissionCheck = handler),
    setDevicePermissionHandler: () => undefined,
  },
};
export const ipcMain = { handle: (channel, handler) => record.ipc.set(channel, handler) };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.sent = [];
    this.webContents = { send: (...args) => this.sent.push(args), on: () => undefined };
    record.windows.push(this);
  }
  once() {}
  on() {}
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
  setTitle(title) {
    this.title = title;
  }
  setRepresentedFilename() {}
  maximize() {}
  isDestroyed() {
    return false;
  }
}
export const Menu = { buildFromTemplate: (template) => template, setApplicationMenu: (menu) => record.menus.push(menu) };
export const dialog = {
  showMessageBox: async (...args) => {
    record.dialogs.push(args);
    return { response: 0 };
  },
};
/**
 * Electron's utility process, played by a Node child process: the launcher's calls are recorded, and the child
 * (the bundled parseWorker.js) answers over the Node IPC channel instead of `process.parentPort`.
 */
export const utilityProcess = {
  fork(modulePath, args, options) {
    record.utilityForks = [...(record.utilityForks ?? []), { modulePath, execArgv: options.execArgv, serviceName: options.serviceName }];
    const child = forkChild(modulePath, args, { execArgv: options.execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    return {
      postMessage: (message) => child.send(message),
      on: (event, listener) => child.on(event, listener),
      once: (event, listener) => child.once(event, event === 'exit' ? (code) => listener(code ?? -1) : listener),
      stderr: child.stderr,
      kill: () => child.kill('SIGKILL'),
    };
  },
};
export default { app, protocol, session, ipcMain, screen, BrowserWindow, Menu, dialog, utilityProcess };
