/**
 * `npm run bench`: timings and memory of the hot paths on a large plan (2.000 cards × 7 indicators) in a
 * temporary folder: the plan file, scoring, the card list's search, Excel export and the guarded import, and the
 * real UI in Chromium on 5.000 cards.
 * Why: keeps an eye on what the user waits for as the schema and the features evolve.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPlanFile } from '../../db/planFile';
import { exportPlanWorkbook, prepareImport } from '../../electron/exchange/exchangeService';
import { buildCardRows, filterRows, NO_FILTERS, sortRows } from '../../renderer/store/listSelectors';
import { scorePlan } from '../../shared/scoring';
import { formatNumber } from '../../shared/values';
import { BenchTable } from './benchTable';
import { largePlan } from './largePlan';
import { benchUiList, uiBenchUnavailable } from './uiList';

const CARDS = 2000;
const INDICATORS = 7;
const LIST_CARDS = 10_000;
const UI_CARDS = 5_000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pira-bench-'));
const filePath = path.join(dir, 'bench.pira');
const table = new BenchTable();
try {
  const doc = largePlan(CARDS, INDICATORS);
  const created = openPlanFile(filePath, { create: true });
  const plan = await table.measure(`inserimento del piano (${formatNumber(CARDS, 0)} schede × ${INDICATORS} indicatori)`, () =>
    created.repo.insertPlan(doc),
  );
  created.close();

  const file = await table.measure('apertura del file con quick_check', () => openPlanFile(filePath));
  const loaded = await table.measure('caricamento del piano intero', () => file.repo.loadPlan(plan.id));
  await table.measure('calcolo delle prestazioni e degli aggregati', () => scorePlan(loaded));
  const card = loaded.cards[CARDS / 2]!;
  await table.measure('salvataggio di una scheda', () => file.repo.saveCard(plan.id, { ...card, title: `${card.title} (bis)` }));
  await table.measure('controllo di integrità completo', () => file.integrityCheck());

  const big = largePlan(LIST_CARDS, INDICATORS);
  const rows = await table.measure(`elenco: righe di ${formatNumber(LIST_CARDS, 0)} schede (con prestazioni)`, () => buildCardRows(big));
  await table.measure('elenco: ricerca «grado utilizzo risorse»', () => filterRows(rows, { ...NO_FILTERS, query: 'grado utilizzo risorse' }));
  await table.measure('elenco: ordinamento per prestazione', () => sortRows(rows, { key: 'performance', direction: 'desc' }));

  const xlsx = await table.measure('esportazione Excel (.xlsx) del piano', () => exportPlanWorkbook(file, plan.id, 'xlsx', null));
  await table.measure('esportazione OpenDocument (.ods) del piano', () => exportPlanWorkbook(file, plan.id, 'ods', null));
  const prepared = await table.measure('importazione: lettura nel worker, confronto e anteprima', () =>
    prepareImport(file, plan.id, xlsx.data),
  );
  file.close();

  const readonly = await table.measure('apertura in sola lettura (copia in memoria)', () => openPlanFile(filePath, { readonly: true }));
  readonly.close();

  const uiSkipped = uiBenchUnavailable();
  if (!uiSkipped) await benchUiList(table, UI_CARDS, INDICATORS);

  const changed = prepared.preview.cards.filter((c) => c.status !== 'unchanged').length;
  table.print([
    ...(uiSkipped ? [`Misure nel browser saltate: ${uiSkipped}.`] : []),
    `Dimensione del file: ${formatNumber(fs.statSync(filePath).size / 1024 / 1024, 1)} MB; cartella di lavoro: ${formatNumber(xlsx.data.length / 1024 / 1024, 1)} MB`,
    `Anteprima del file appena esportato: ${formatNumber(changed, 0)} schede diverse dal piano (atteso 0)`,
  ]);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
