// The Indice of the whole plan (premessa, the ambiti one by one, summary, Cruscotto, every card by code and title,
// each pointing to its anchor) and the fit of a card on one page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { TOC_ANCHOR_PREFIX } from '../../shared/printPages';
import { buildPrintDocument } from '../../renderer/features/print/printDocument';
import { ANCHORS, tableOfContents } from '../../renderer/features/print/printContents';
import { fitFactor, MIN_FIT, PAGE_CONTENT_HEIGHT_MM } from '../../renderer/features/print/pageFit';

describe('tableOfContents', () => {
  const whole = buildPrintDocument(samplePlan2024, { wholePlan: true, codes: [] });
  const entries = tableOfContents(whole);

  it('lists the premessa, each ambito, the summary, the Cruscotto, then every card by code and title, in document order', () => {
    expect(entries.filter((e) => e.level === 1).map((e) => e.label)).toEqual([
      'Premessa',
      'Ambiti strategici e linee di intervento',
      'Riepilogo degli obiettivi al 30/06/2024',
      'Cruscotto della performance al 30/06/2024',
      'Indicatori n.d. al 30/06/2024 e motivo',
      'Schede obiettivo',
    ]);
    expect(entries.filter((e) => e.id.startsWith(`${TOC_ANCHOR_PREFIX}ambito-`)).map((e) => `${e.code} ${e.label}`)).toEqual(
      samplePlan2024.catalogues.ambiti.map((a) => `${a.code} ${a.name}`),
    );
    const cards = entries.filter((e) => e.level === 2 && e.id.startsWith(`${TOC_ANCHOR_PREFIX}scheda-`));
    expect(cards.map((e) => [e.code, e.label])).toEqual(whole.cards.map((c) => [c.code, c.title]));
    expect(cards.map((e) => e.id)).toEqual(whole.cards.map((_, i) => ANCHORS.card(i)));
    expect(entries.every((e) => e.id.startsWith(TOC_ANCHOR_PREFIX))).toBe(true);
  });

  it('has no premessa entry when the premessa is empty, and no Indice for a selection of cards', () => {
    const bare = { ...samplePlan2024, settings: { ...samplePlan2024.settings, premessa: ' ' } };
    expect(tableOfContents(buildPrintDocument(bare, { wholePlan: true, codes: [] })).map((e) => e.label)).not.toContain('Premessa');
    expect(tableOfContents(buildPrintDocument(samplePlan2024, { wholePlan: false, codes: ['01_01_OS01'] }))).toEqual([]);
  });
});

describe('fitFactor', () => {
  const page = 700;
  it.each<[number, number | null]>([
    [500, 1],
    [686, 1],
    [700, 0.98],
    [760, 0.9],
    [857, 0.8],
    [880, null],
  ])('%i px on a %i px page → %s', (height, factor) => {
    expect(fitFactor(height, page)).toBe(factor);
  });
  it('never scales below MIN_FIT', () => {
    for (let h = 100; h < 3000; h += 7) {
      const f = fitFactor(h, page);
      if (f !== null) expect(f).toBeGreaterThanOrEqual(MIN_FIT);
    }
  });
  it('measures against the page print.css really has (A4 landscape minus the @page margins)', () => {
    const css = readFileSync(new URL('../../renderer/features/print/print.css', import.meta.url), 'utf8');
    const page = /@page\s*\{[^@]*?size:\s*A4 landscape;\s*margin:\s*([\d.]+)mm\s+([\d.]+)mm\s+([\d.]+)mm/.exec(css);
    expect(page).not.toBeNull();
    expect(210 - Number(page![1]) - Number(page![3])).toBe(PAGE_CONTENT_HEIGHT_MM);
  });
});
