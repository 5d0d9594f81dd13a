// The help tells the truth about the keys: every shortcut of the native menu is listed (in Italian notation), and
// every screen has its guide.
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuItemSpec } from '../../electron/main/menuTemplate';
import { helpScreenOf, SCREEN_GUIDES } from '../../renderer/features/help/helpScreens';
import { SHORTCUTS } from '../../renderer/features/help/helpShortcuts';
import { YEAR_TASKS } from '../../renderer/features/help/helpYear';
import type { Route } from '../../renderer/routes';

function accelerators(items: MenuItemSpec[]): string[] {
  return items.flatMap((item) => ('submenu' in item ? accelerators(item.submenu) : 'accelerator' in item && item.accelerator ? [item.accelerator] : []));
}

/** `CmdOrCtrl+Shift+P` as the help writes it: `Ctrl+Maiusc+P`. */
const italian = (accelerator: string) => accelerator.replace('CmdOrCtrl', 'Ctrl').replace('Shift', 'Maiusc').replace('Plus', '+');

describe('shortcuts in the help', () => {
  const listed = new Set(SHORTCUTS.flatMap((g) => g.keys.flatMap(([keys]) => keys.split(', '))));
  it.each(['linux', 'win32'] as const)('lists every accelerator of the %s menu', (platform) => {
    const keys = accelerators(buildMenuTemplate({ platform, recentFiles: [], isPackaged: true })).map(italian);
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((k) => !listed.has(k))).toEqual([]);
  });
  it('starts with F1, the key that opens it', () => {
    expect(SHORTCUTS[0]?.keys[0]?.[0]).toBe('F1');
  });
});

describe('guides', () => {
  it.each<[Route, string]>([
    [{ view: 'cards' }, 'Elenco delle schede'],
    [{ view: 'card', code: '01_01_OS01' }, 'Scheda obiettivo'],
    [{ view: 'dashboard' }, 'Cruscotto della performance'],
    [{ view: 'monitoring' }, 'Monitoraggio dei valori'],
    [{ view: 'history' }, 'Storico delle modifiche'],
    [{ view: 'catalogues' }, 'Cataloghi del piano'],
    [{ view: 'settings' }, 'Impostazioni del piano'],
    [{ view: 'comparison', before: { planId: 1 }, after: { planId: 2 } }, 'Confronto tra due piani'],
  ])('%j → %s', (route, title) => {
    const guide = SCREEN_GUIDES[helpScreenOf(route)];
    expect(guide.title).toBe(title);
    expect(guide.sections.length).toBeGreaterThan(0);
  });
  it('the year runs from the plan to the new year through approval, monitoring, the colleagues’ round and the closing', () => {
    const headings = YEAR_TASKS.map((t) => t.heading).join(' | ');
    for (const step of ['piano dell’anno', 'approvazione', 'monitoraggio', 'colleghi', 'chiusura', 'nuovo anno']) expect(headings.toLowerCase()).toContain(step);
  });
});
