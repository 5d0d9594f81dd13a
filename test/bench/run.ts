/**
 * `npm run bench`: timings of the plan file on a large plan (2.000 cards × 7 indicators) in a temporary folder.
 * Why: keeps an eye on the hot paths (save, open with quick_check, load, score) as the schema evolves.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPlanFile } from '../../db/planFile';
import type { Card, PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { scorePlan } from '../../shared/scoring';
import { formatNumber } from '../../shared/values';

const CARDS = 2000;
const INDICATORS = 7;

function largePlan(): PlanDocument {
  const templates = samplePlan2024.cards.filter((c) => c.indicators.length > 0);
  const cards: Card[] = Array.from({ length: CARDS }, (_, n) => {
    const template = templates[n % templates.length]!;
    const indicators = Array.from({ length: INDICATORS }, (_, i) => ({
      ...template.indicators[i % template.indicators.length]!,
      id: 0,
      name: `Indicatore ${i + 1} della scheda ${n + 1}`,
    }));
    return { ...template, id: 0, code: `${template.ambitoLine}_OS${String(n + 1).padStart(4, '0')}`, position: n, indicators };
  });
  return { ...samplePlan2024, id: 0, cards };
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pira-bench-'));
const filePath = path.join(dir, 'bench.pira');
const rows: [string, number][] = [];
try {
  const doc = largePlan();
  const created = openPlanFile(filePath, { create: true });
  const insert = timed(() => created.repo.insertPlan(doc));
  rows.push([`inserimento del piano (${formatNumber(CARDS, 0)} schede × ${INDICATORS} indicatori)`, insert.ms]);
  created.close();

  const open = timed(() => openPlanFile(filePath));
  rows.push(['apertura del file con quick_check', open.ms]);
  const file = open.value;
  const load = timed(() => file.repo.loadPlan(insert.value.id));
  rows.push(['caricamento del piano intero', load.ms]);
  rows.push(['calcolo delle prestazioni e degli aggregati', timed(() => scorePlan(load.value)).ms]);
  const card = load.value.cards[CARDS / 2]!;
  rows.push(['salvataggio di una scheda', timed(() => file.repo.saveCard(insert.value.id, { ...card, title: `${card.title} (bis)` })).ms]);
  rows.push(['controllo di integrità completo', timed(() => file.integrityCheck()).ms]);
  file.close();
  const readonly = timed(() => openPlanFile(filePath, { readonly: true }));
  rows.push(['apertura in sola lettura (copia in memoria)', readonly.ms]);
  readonly.value.close();

  const size = fs.statSync(filePath).size / 1024 / 1024;
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`${'Operazione'.padEnd(width)}  ${'ms'.padStart(9)}`);
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(9)}`);
  for (const [label, ms] of rows) console.log(`${label.padEnd(width)}  ${formatNumber(ms, 1).padStart(9)}`);
  console.log(`\nDimensione del file: ${formatNumber(size, 1)} MB`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
