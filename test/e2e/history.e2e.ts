// Issue 13 in a real browser against the harness: every kind of change made here (edit, paste, undo, redo, catalogue
// merge, import, revert, status, variation) is in the card's "Storico" and in `pira log --json` with before and after;
// a revert restores the file exactly (read through the db layer) and is refused when later changes touched the card;
// undo works after a reload; an approved plan asks for the reason of a target change, values stay free; the
// variations print on A4 landscape. Screenshots of the panel, the log screen, the dialogs and the printed variations.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { withoutVersions } from '../../db/importUndo';
import { runCli } from '../../electron/cli/runCli';
import type { ChangeEntry } from '../../shared/changeLog';
import { openApp, readPlanFromFile, screenshot, SCREENSHOT_DIR, type AppSession } from './support';

let app: AppSession;
let workDir: string;
beforeAll(async () => {
  app = await openApp();
  workDir = mkdtempSync(path.join(tmpdir(), 'pira-storico-e2e-'));
});
afterAll(async () => {
  await app?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const CODE = '01_01_OS01';
const savedState = () => app.page.getByRole('status').filter({ hasText: /Salvato|Salvataggio|Errore|Nessuna/ });
const waitSaved = () => expect.poll(async () => (await savedState().textContent()) ?? '', { timeout: 10_000 }).toContain('Salvato');
const go = (hash: string) => app.page.evaluate(`window.location.hash = '${hash}'`);
const stored = () => withoutVersions(readPlanFromFile(app.dbPath));
const storedCard = () => readPlanFromFile(app.dbPath).cards.find((c) => c.code === CODE)!;

/** `pira log --db FILE --card CODE --json`, newest last. */
async function cliLog(...extra: string[]): Promise<ChangeEntry[]> {
  let out = '';
  const code = await runCli(['log', '--db', app.dbPath, ...extra, '--json'], { out: (t) => (out += t), err: () => undefined });
  expect(code).toBe(0);
  return JSON.parse(out) as ChangeEntry[];
}

async function openPanel() {
  const panel = app.page.locator('details.hist-panel');
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
  const body = app.page.getByTestId('storico-scheda');
  await body.waitFor();
  return body;
}

describe('change log on screen and in the file', () => {
  it('records an edit, a pasted row, undo and redo of the card, each with its fields before → after', async () => {
    const { page } = app;
    await page.getByRole('link', { name: CODE }).click();
    const value = page.getByLabel('Valore al 30/06/2024 – indicatore 1', { exact: true });
    await value.fill('3');
    await value.press('Enter');
    await waitSaved();
    await page.getByRole('button', { name: 'Incolla righe…' }).click();
    await page.getByLabel('Righe copiate da Excel o Word').fill('Indicatore incollato\tEfficienza\tn.\t1\t>= 2\tn.d.\tn.d.\t50%\t10,0%');
    await page.getByRole('button', { name: 'Aggiungi 1 indicatore' }).click();
    await waitSaved();
    await page.keyboard.press('Control+z');
    await waitSaved();
    await page.keyboard.press('Control+y');
    await waitSaved();
    expect(storedCard().indicators.map((i) => i.name)).toContain('Indicatore incollato');

    const log = await cliLog('--card', CODE);
    expect(log.map((e) => e.kind)).toEqual(['create', 'edit', 'paste', 'undo', 'redo']);
    expect(log[1]!.details).toEqual([expect.objectContaining({ field: 'Valore al 30/06/2024', before: '1', after: '3', cardCode: CODE })]);
    expect(log[2]!.details).toEqual([expect.objectContaining({ field: 'Indicatore', action: 'added', after: 'Indicatore incollato' })]);
    expect(log[3]).toMatchObject({ revertsId: log[2]!.id, details: [expect.objectContaining({ action: 'removed', before: 'Indicatore incollato' })] });
    expect(log[4]).toMatchObject({ revertsId: log[3]!.id });

    const panel = await openPanel();
    await expect.poll(() => panel.locator('article.hist-entry').count()).toBe(5);
    const first = panel.locator(`article[data-change="${log[1]!.id}"]`);
    expect(await first.locator('tbody tr').first().textContent()).toBe('Ampiezza delle azioni di diffusione e sensibilizzazione realizzate dal PID per l\'accrescimento della cultura d\'impresa sulla doppia transizioneValore al 30/06/202413');
    expect(await panel.locator('.hist-kind').allTextContents()).toEqual(['Ripeti', 'Annulla', 'Incolla', 'Modifica', 'Nuovo piano']);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'history-card-panel');
  });

  it('records a catalogue merge and an import as one entry each', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Cataloghi' }).click();
    const box = page.getByRole('region', { name: 'Voci scritte in modi diversi' });
    await box.getByLabel(/«Promozione e sviluppo economico»/).check();
    await box.getByRole('button', { name: /^Unisci in «Promozione e sviluppo economico»/ }).click();
    await waitSaved();

    const workbook = XLSX.read(await exportWorkbook(), { cellNF: true });
    const sheet = workbook.Sheets['Indicatori']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    const address = XLSX.utils.encode_cell({ r: rows.findIndex((r) => r[0] === CODE), c: (rows[0] as string[]).indexOf('Target 2025') });
    sheet[address] = { ...sheet[address], t: 'n', v: 777 };
    const beforeImport = stored();
    await page.getByRole('button', { name: 'Importa Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importa da Excel' });
    await dialog.getByLabel('Cartelle di lavoro da importare (.xlsx o .ods, anche più di una)').setInputFiles({
      name: 'target.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
    });
    await dialog.getByRole('region', { name: "Anteprima dell'importazione" }).waitFor();
    await dialog.getByRole('button', { name: 'Applica' }).click();
    await dialog.getByText(/^Importazione applicata/).waitFor();
    await dialog.getByRole('button', { name: 'Chiudi', exact: true }).last().click();

    const log = await cliLog('--card', CODE);
    const [merge, imported] = log.slice(-2);
    expect(merge).toMatchObject({ kind: 'merge' });
    expect(merge!.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'Aree', action: 'removed', before: 'Promozione e Sviluppo Economico' }),
        expect.objectContaining({ field: 'Area di responsabilità', cardCode: CODE, before: 'Promozione e Sviluppo Economico', after: 'Promozione e sviluppo economico' }),
      ]),
    );
    expect(merge!.cards).toHaveLength(8);
    expect(imported).toMatchObject({ kind: 'import', info: { files: ['target.xlsx'] } });
    expect(imported!.details).toEqual([expect.objectContaining({ field: 'Target 2025', after: '777' })]);
    importState = { entry: imported!, before: beforeImport, merge: merge! };
  });

  let importState: { entry: ChangeEntry; before: ReturnType<typeof stored>; merge: ChangeEntry };

  it('refuses to revert the merge (the import changed the card since) and reverts the import exactly', async () => {
    const { page } = app;
    await go(`#/scheda/${CODE}`);
    const panel = await openPanel();
    const afterImport = stored();
    await panel.getByRole('button', { name: `Annulla la modifica n. ${importState.merge.id}` }).click();
    let dialog = page.getByRole('dialog', { name: `Annulla la modifica n. ${importState.merge.id}` });
    await dialog.getByRole('button', { name: 'Annulla la modifica' }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(
      new RegExp(`^Non si può annullare «unione delle grafie di «Promozione e sviluppo economico»» \\(n\\. ${importState.merge.id}\\): i cataloghi sono stati modificati dopo|la scheda .* è stata modificata dopo, con la modifica n\\. ${importState.entry.id} «importazione di target\\.xlsx»`),
    );
    expect(stored()).toEqual(afterImport);
    await screenshot(page, 'history-revert-refused');
    await dialog.getByRole('button', { name: 'Lascia com’è' }).click();

    await panel.getByRole('button', { name: `Annulla la modifica n. ${importState.entry.id}` }).click();
    dialog = page.getByRole('dialog', { name: `Annulla la modifica n. ${importState.entry.id}` });
    await dialog.getByRole('button', { name: 'Annulla la modifica' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => stored()).toEqual(importState.before);
    const [revert] = (await cliLog('--card', CODE)).slice(-1);
    expect(revert).toMatchObject({ kind: 'revert', revertsId: importState.entry.id, details: [expect.objectContaining({ field: 'Target 2025', before: '777' })] });
    await expect.poll(() => panel.locator('article.hist-entry').first().locator('.hist-kind').textContent()).toBe('Annullamento di una modifica');
  });

  it('undo still works after the page is reloaded, and restores the file exactly', async () => {
    const { page } = app;
    const before = stored();
    const title = page.getByLabel('Obiettivo (titolo)', { exact: true });
    await title.fill('Titolo cambiato prima di ricaricare');
    await title.press('Tab');
    await waitSaved();
    await page.reload();
    await page.getByLabel('Obiettivo (titolo)', { exact: true }).waitFor();
    await page.keyboard.press('Control+z');
    await waitSaved();
    await expect.poll(() => stored()).toEqual(before);
    expect(await page.getByLabel('Obiettivo (titolo)', { exact: true }).inputValue()).toBe(before.cards.find((c) => c.code === CODE)!.title);
  });
});

async function exportWorkbook(): Promise<Buffer> {
  const { page } = app;
  await page.getByRole('button', { name: 'Esporta Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Esporta in Excel' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Esporta' }).click();
  const file = await download;
  const bytes = readFileSync(await file.path());
  await dialog.getByRole('button', { name: 'Chiudi', exact: true }).first().click();
  return bytes;
}

describe('an approved plan', () => {
  it('is approved from Impostazioni with date and deliberation, recorded in the log', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Impostazioni' }).click();
    await page.getByRole('button', { name: 'Approva il piano…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Approva il piano' });
    await dialog.getByLabel('Data della delibera').fill('30/01/2024');
    await dialog.getByLabel('Numero della delibera').fill('12');
    await dialog.getByRole('button', { name: 'Approva' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('stato-piano').textContent()).toContain('Approvato con delibera n. 12 del 30/01/2024');
    expect(readPlanFromFile(app.dbPath).status).toEqual({ stage: 'approvato', approvedOn: '2024-01-30', deliberation: '12' });
    await screenshot(page, 'status-panel');
    const [entry] = (await cliLog()).slice(-1);
    expect(entry).toMatchObject({ kind: 'status', details: [{ field: 'Stato del piano', before: 'bozza', after: 'approvato con delibera n. 12 del 30/01/2024' }] });
  });

  it('asks the reason of a target change and records it as a variation; a value needs none', async () => {
    const { page } = app;
    await go(`#/scheda/${CODE}`);
    const target = page.getByLabel('Target 2025 – indicatore 2', { exact: true });
    const before = await target.inputValue();
    await target.fill('99');
    await target.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Variazione al piano approvato' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Il piano 2024 è approvato con delibera n. 12 del 30/01/2024: questa modifica cambia il piano approvato (Target 2025');
    await dialog.getByLabel('Motivo della variazione').fill('Rimodulazione dopo l’assestamento di bilancio');
    await screenshot(page, 'variation-dialog');
    await dialog.getByRole('button', { name: 'Registra la variazione' }).click();
    await waitSaved();
    expect(storedCard().indicators[1]!.targets.find((t) => t.year === 2025)!.value).toEqual({ kind: 'number', value: 99, decimals: 0 });
    await page.getByTestId('banner-variazione').waitFor();
    await page.getByRole('button', { name: 'Termina la variazione' }).click();

    const value = page.getByLabel('Valore al 30/06/2024 – indicatore 2', { exact: true });
    await value.fill('4');
    await value.press('Enter');
    await waitSaved();
    expect(await page.getByRole('dialog', { name: 'Variazione al piano approvato' }).count()).toBe(0);
    const log = await cliLog('--card', CODE);
    const [variation, valueEdit] = log.slice(-2);
    expect(variation).toMatchObject({ variation: true, reason: 'Rimodulazione dopo l’assestamento di bilancio', details: [expect.objectContaining({ field: 'Target 2025', before, after: '99' })] });
    expect(valueEdit).toMatchObject({ variation: false, reason: null });
  });

  it('lists the plan’s changes with filters on the log screen', async () => {
    const { page } = app;
    await go('#/storico');
    const view = page.getByRole('region', { name: 'Storico delle modifiche – piano 2024' });
    await view.locator('article.hist-entry').first().waitFor();
    const all = await view.locator('article.hist-entry').count();
    expect(all).toBe((await cliLog()).length);
    await screenshot(page, 'history-log');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'history-log-1920');
    await page.setViewportSize({ width: 1366, height: 768 });
    await view.getByLabel('Solo variazioni al piano').check();
    await expect.poll(() => view.locator('article.hist-entry').count()).toBe(1);
    await view.getByLabel('Solo variazioni al piano').uncheck();
    await view.getByLabel('Tipo di modifica').selectOption('merge');
    await expect.poll(() => view.locator('article.hist-entry').count()).toBe(1);
    await view.getByLabel('Tipo di modifica').selectOption('');
    await view.getByLabel('Scheda').selectOption('03_01_OS05');
    await expect.poll(() => view.locator('.hist-kind').allTextContents()).toEqual(['Nuovo piano']);
    await view.getByLabel('Scheda').selectOption('');
    await view.getByLabel('Dal').fill('01/01/2099');
    await view.getByLabel('Dal').press('Enter');
    await view.getByText('Nessuna modifica con questi filtri.').waitFor();
    await view.getByLabel('Dal').fill('31/02/2024');
    await view.getByLabel('Dal').press('Enter');
    await expect.poll(() => view.getByLabel('Dal').getAttribute('aria-invalid')).toBe('true');
    expect(app.problems).toEqual([]);
  });

  it('prints the variations on A4 landscape', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'it-IT' });
    try {
      await page.goto(new URL('/#/stampa?sezione=variazioni&piano=1', app.harness.url).href);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      expect(await page.title()).toBe('PIRA 2024 - variazioni');
      const pdf = path.join(workDir, 'variazioni.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('Variazioni al piano 2024');
      expect(text).toContain('approvato con delibera n. 12 del 30/01/2024');
      const reading = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(reading).toContain('Rimodulazione dopo l’assestamento di bilancio');
      expect(text).toMatch(/Target 2025: \S+ → 99/);
      expect(text).toMatch(/pagina 1 di \d/);
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size: +841\.\d+ x 594\.\d+ pts \(A4\)/);
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(SCREENSHOT_DIR, 'variations-print')]);
    } finally {
      await page.close();
    }
  });
});
