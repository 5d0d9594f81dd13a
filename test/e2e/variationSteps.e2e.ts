// Issue 17 §6 in a real browser: in an approved plan, Ctrl+Z and Ctrl+Y of a variation are variations of their own —
// each asks its own reason (never reusing the one of the change it undoes), the file records it, and the printed
// variations mark them «Annulla la n. X» / «Ripeti la n. X» with their own reasons. Checked in the file and on paper.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/runCli';
import type { ChangeEntry } from '../../shared/changeLog';
import { openApp, readPlanFromFile, screenshot, type AppSession } from './support';

let app: AppSession;
const CODE = '01_01_OS01';
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

const page = (): Page => app.page;
const target2025 = () => readPlanFromFile(app.dbPath).cards.find((c) => c.code === CODE)!.indicators[1]!.targets.find((t) => t.year === 2025)!.value;
const saved = () => expect.poll(async () => (await page().locator('.save-status').textContent()) ?? '', { timeout: 10_000 }).toContain('Salvato');
async function cliLog(): Promise<ChangeEntry[]> {
  let out = '';
  expect(await runCli(['log', '--db', app.dbPath, '--json'], { out: (t) => (out += t), err: () => undefined })).toBe(0);
  return JSON.parse(out) as ChangeEntry[];
}
async function giveReason(step: string, reason: string) {
  const dialog = page().getByRole('dialog', { name: 'Variazione al piano approvato' });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain(step);
  await dialog.getByLabel('Motivo della variazione').fill(reason);
  await dialog.getByRole('button', { name: /con questo motivo$|^Registra la variazione$/ }).click();
  await dialog.waitFor({ state: 'detached' });
  await saved();
}

describe('undo and redo of a variation', () => {
  it('each ask their own reason, are recorded with it and printed as «Annulla» / «Ripeti» of the variation', async () => {
    const result = (await page().evaluate(`window.api.setPlanStatus({ planId: 1, stage: 'approvato', approvedOn: '2024-01-30', deliberation: '12' })`)) as { ok: boolean };
    expect(result.ok).toBe(true);
    await page().reload();
    await page().evaluate(`window.location.hash = '#/scheda/${CODE}'`);
    const target = page().getByLabel('Target 2025 – indicatore 2', { exact: true });
    await target.fill('99');
    await target.press('Enter');
    await giveReason('Modifica', 'Rimodulazione dopo l’assestamento');
    await page().getByRole('button', { name: 'Termina la variazione' }).click();
    expect(target2025()).toEqual({ kind: 'number', value: 99, decimals: 0 });

    await page().keyboard.press('Control+z');
    await giveReason('Annulla (Ctrl+Z): «', 'Assestamento rinviato');
    expect(target2025()).toEqual({ kind: 'missing', mark: 'n.d.' });
    await page().keyboard.press('Control+y');
    await giveReason('Ripeti (Ctrl+Y): «', 'Assestamento confermato dalla Giunta');
    expect(target2025()).toEqual({ kind: 'number', value: 99, decimals: 0 });

    const [variation, undo, redo] = (await cliLog()).slice(-3);
    expect([variation?.kind, variation?.reason]).toEqual(['edit', 'Rimodulazione dopo l’assestamento']);
    expect(undo).toMatchObject({ kind: 'undo', revertsId: variation!.id, reason: 'Assestamento rinviato', variation: true });
    expect(redo).toMatchObject({ kind: 'redo', reason: 'Assestamento confermato dalla Giunta', variation: true });

    const printed = await app.browser.newPage({ viewport: { width: 1024, height: 760 }, locale: 'it-IT' });
    await printed.goto(new URL('/#/stampa?sezione=variazioni&piano=1', app.harness.url).href);
    await printed.waitForSelector('body[data-ready="true"]');
    const rows = (await printed.locator('.var-table tbody tr').allTextContents()).map((t) => t.replace(/\s+/g, ' '));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/Modifica \(annullata con la n\. \d+\):.*Rimodulazione dopo l’assestamento$/);
    expect(rows[1]).toContain(`Annulla la n. ${variation!.id}`);
    expect(rows[1]).toMatch(/Assestamento rinviato$/);
    expect(rows[2]).toContain(`Ripeti la n. ${variation!.id}`);
    expect(rows[2]).toMatch(/Assestamento confermato dalla Giunta$/);
    await screenshot(printed, 'variations-print-steps');
    await printed.close();
    expect(app.problems.filter((p) => !p.includes('HTTP 4'))).toEqual([]);
  });
});
