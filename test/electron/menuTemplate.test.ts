// The Italian native menu as data: every required item, unique shortcuts, UI commands from MENU_COMMANDS.
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../shared/api';
import { buildMenuTemplate, type MenuItemSpec } from '../../electron/main/menuTemplate';

type Flat = { path: string; item: MenuItemSpec };
function flatten(items: MenuItemSpec[], prefix = ''): Flat[] {
  return items.flatMap((item) => {
    if ('type' in item) return [];
    const label = item.label ?? ('role' in item ? item.role : '');
    const here = { path: `${prefix}${label}`, item };
    return 'submenu' in item ? [here, ...flatten(item.submenu, `${prefix}${label} > `)] : [here];
  });
}
const find = (flat: Flat[], path: string) => flat.find((f) => f.path === path)?.item;

const linux = buildMenuTemplate({ platform: 'linux', recentFiles: ['/dati/a.pira', '/dati/b.pira'], isPackaged: true });
const flatLinux = flatten(linux);

describe('menu template', () => {
  it('has the four Italian menus in order', () => {
    expect(linux.map((m) => ('label' in m ? m.label : ''))).toEqual(['File', 'Modifica', 'Visualizza', 'Aiuto']);
  });
  it.each([
    ['File > Nuovo piano…', 'CmdOrCtrl+N', { command: 'new-plan' }],
    ['File > Apri…', 'CmdOrCtrl+O', { main: { kind: 'open-file' } }],
    ['File > Salva una copia con nome…', 'CmdOrCtrl+Shift+S', { main: { kind: 'save-copy' } }],
    ['File > Importa Excel…', 'CmdOrCtrl+I', { command: 'import-excel' }],
    ['File > Esporta Excel…', 'CmdOrCtrl+E', { command: 'export-excel' }],
    ['File > Prepara raccolta dati…', undefined, { command: 'prepare-round' }],
    ['File > Stampa…', 'CmdOrCtrl+P', { command: 'print' }],
    ['File > Esporta PDF…', 'CmdOrCtrl+Shift+P', { command: 'export-pdf' }],
    ['File > Esci', 'CmdOrCtrl+Q', { role: 'quit' }],
    ['Modifica > Annulla', 'CmdOrCtrl+Z', { command: 'undo', pageHandlesShortcut: true }],
    ['Modifica > Ripeti', 'CmdOrCtrl+Y', { command: 'redo', pageHandlesShortcut: true }],
    ['Modifica > Taglia', 'CmdOrCtrl+X', { role: 'cut' }],
    ['Modifica > Copia', 'CmdOrCtrl+C', { role: 'copy' }],
    ['Modifica > Incolla', 'CmdOrCtrl+V', { role: 'paste' }],
    ['Modifica > Trova…', 'CmdOrCtrl+F', { command: 'find', pageHandlesShortcut: true }],
  ])('%s (%s)', (path, accelerator, action) => {
    expect(find(flatLinux, path)).toMatchObject({ ...(accelerator ? { accelerator } : {}), ...action });
  });
  it('offers File > Confronta piani… without a shortcut', () => {
    expect(find(flatLinux, 'File > Confronta piani…')).toEqual({ label: 'Confronta piani…', command: 'compare-plans' });
  });
  it('leaves every other command shortcut to the menu', () => {
    const pageOwned = flatLinux
      .map((f) => f.item)
      .filter((item) => 'command' in item && item.pageHandlesShortcut)
      .map((item) => ('command' in item ? item.command : ''));
    expect(pageOwned).toEqual(['undo', 'redo', 'find', 'help']);
  });
  it('offers "Informazioni su PIRA Desk" in Aiuto', () => {
    expect(find(flatLinux, 'Aiuto > Informazioni su PIRA Desk')).toMatchObject({ command: 'about' });
  });
  it('opens the guide of the screen in use with F1 from Aiuto (the page handles the key, issue 20)', () => {
    expect(find(flatLinux, 'Aiuto > Guida di PIRA Desk')).toEqual({ label: 'Guida di PIRA Desk', accelerator: 'F1', command: 'help', pageHandlesShortcut: true });
  });
  it('lists recent files and a way to clear them', () => {
    const recent = find(flatLinux, 'File > Apri recenti');
    expect(recent && 'submenu' in recent ? flatten(recent.submenu).map((f) => f.item) : []).toEqual([
      { label: '1. a.pira — /dati', main: { kind: 'open-recent', filePath: '/dati/a.pira' } },
      { label: '2. b.pira — /dati', main: { kind: 'open-recent', filePath: '/dati/b.pira' } },
      { label: 'Cancella elenco', main: { kind: 'clear-recent' } },
    ]);
  });
  it('shows a disabled placeholder when there are no recent files', () => {
    const empty = flatten(buildMenuTemplate({ platform: 'win32', recentFiles: [], isPackaged: true }));
    expect(find(empty, 'File > Apri recenti > Nessun file recente')).toMatchObject({ enabled: false });
  });
  it('never assigns one shortcut twice', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const accelerators = flatten(buildMenuTemplate({ platform, recentFiles: [], isPackaged: false }))
        .map((f) => ('accelerator' in f.item ? f.item.accelerator : undefined))
        .filter((a): a is string => a !== undefined);
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
    }
  });
  it('sends only commands the UI knows', () => {
    const commands = flatLinux.flatMap((f) => ('command' in f.item ? [f.item.command] : []));
    for (const command of commands) expect(MENU_COMMANDS).toContain(command);
  });
  it('hides developer tools in packaged builds only', () => {
    const dev = flatten(buildMenuTemplate({ platform: 'linux', recentFiles: [], isPackaged: false }));
    expect(find(dev, 'Visualizza > Strumenti per sviluppatori')).toBeDefined();
    expect(find(flatLinux, 'Visualizza > Strumenti per sviluppatori')).toBeUndefined();
  });
  it('uses the application menu on macOS, with Quit there and not in File', () => {
    const mac = flatten(buildMenuTemplate({ platform: 'darwin', recentFiles: [], isPackaged: true }));
    expect(find(mac, 'PIRA Desk > Esci da PIRA Desk')).toMatchObject({ role: 'quit', accelerator: 'Cmd+Q' });
    expect(find(mac, 'File > Esci')).toBeUndefined();
    expect(find(mac, 'Modifica > Ripeti')).toMatchObject({ accelerator: 'Cmd+Shift+Z' });
  });
});
