// Table tests of the plan comparison: the 2024 sample against its rollover shows the shift and nothing else; each
// kind of edit made afterwards shows exactly itself; pairing by origin link, by code and by name; same-year versions.
import { describe, expect, it } from 'vitest';
import type { Card, Indicator, PlanDocument } from '../../shared/model';
import { comparePlans, type PlanComparison } from '../../shared/planCompare';
import { describeComparison, describeDifferences } from '../../shared/planCompareText';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { value } from './builders';
import { rolledOver, withIds } from './planCopies';

const plan2024 = withIds(samplePlan2024);
const plan2025 = rolledOver(plan2024, 2025);
const SAME_FILE = { sameFile: true, fileNames: { before: 'piano.pira', after: 'piano.pira' } };
const OTHER_FILE = { sameFile: false, fileNames: { before: 'piano.pira', after: 'collega.pira' } };

/** `doc` with card `index` edited. */
function editCard(doc: PlanDocument, index: number, edit: (card: Card) => Card): PlanDocument {
  return { ...doc, cards: doc.cards.map((c, i) => (i === index ? edit(c) : c)) };
}
const editIndicator = (card: Card, index: number, edit: (i: Indicator) => Indicator): Card => ({
  ...card,
  indicators: card.indicators.map((ind, i) => (i === index ? edit(ind) : ind)),
});
const setTarget = (year: number, text: string) => (i: Indicator): Indicator => ({
  ...i,
  targets: i.targets.map((t) => (t.year === year ? { ...t, value: value(text) } : t)),
});

describe('2024 sample against its rollover to 2025', () => {
  const comparison = comparePlans(plan2024, plan2025, SAME_FILE);

  it('lists the shift and nothing else', () => {
    expect(describeComparison(comparison)).toEqual([
      'Confronto tra il piano 2024 e il piano 2025.',
      'Spostamento di 1 anno (2024 → 2025): triennio 2024–2026 → 2025–2027, data di monitoraggio 30/06/2024 → 30/06/2025.',
      "Target confrontati anno per anno: 2025, 2026 (il target di un anno di un piano con quello dello stesso anno dell'altro).",
      'Target 2024 solo nel piano 2024 (123 scritti): non confrontati.',
      'Target 2027 solo nel piano 2025 (0 scritti): non confrontati.',
      "Valori rilevati e performance impostate a mano appartengono all'anno del piano e non sono confrontati: valori 123 nel 2024 e 0 nel 2025, performance a mano 1 nel 2024 e 0 nel 2025.",
      "Schede: 18 abbinate (18 per collegamento d'origine, 0 per codice), 0 modificate, 0 aggiunte, 0 tolte.",
      "Nessun'altra differenza.",
    ]);
    expect(comparison.plan).toEqual([]);
    expect(comparison.cards.every((c) => c.status === 'unchanged' && c.indicators.length === 0)).toBe(true);
  });

  it('describes both sides', () => {
    expect(comparison.before).toMatchObject({ label: 'piano 2024', year: 2024, cards: 18, indicators: 123, horizon: [2024, 2026] });
    expect(comparison.after).toMatchObject({ label: 'piano 2025', year: 2025, cards: 18, indicators: 123, horizon: [2025, 2027] });
  });

  it('is the same shift read backwards', () => {
    const back = comparePlans(plan2025, plan2024, SAME_FILE);
    expect(back.scope).toMatchObject({ yearShift: -1, comparedYears: [2025, 2026], onlyBefore: [{ year: 2027, written: 0 }] });
    expect(back.counts).toMatchObject({ unchanged: 18, pairedByOrigin: 18 });
    expect(describeDifferences(back)).toEqual([]);
  });
});

describe('targets of a year in one plan only', () => {
  it('count as «scritti» only the targets with a value, never n.d. or -- (issue 17 §11)', () => {
    const plan2026 = rolledOver(plan2024, 2026);
    expect(comparePlans(plan2024, plan2026, SAME_FILE).scope.onlyBefore).toEqual([
      { year: 2024, written: 123 },
      { year: 2025, written: 63 }, // 57 more are n.d. or --
    ]);
  });
});

describe('an edit made in 2025 after the rollover is listed, alone', () => {
  const firstName = plan2025.cards[0]!.indicators[1]!.name;
  it.each<[string, (doc: PlanDocument) => PlanDocument, string[]]>([
    [
      'a target of 2025',
      (d) => editCard(d, 0, (c) => editIndicator(c, 1, setTarget(2025, '85'))),
      [`Scheda 01_01_OS01 «${plan2025.cards[0]!.title}»: modificata.`, `  Indicatore 2 «${firstName}»: modificato.`, '    Target 2025: «n.d.» → «85»'],
    ],
    [
      'the new year 2027 written',
      (d) => editCard(d, 0, (c) => editIndicator(c, 1, setTarget(2027, '90'))),
      [],
    ],
    [
      'a weight',
      (d) => editCard(d, 0, (c) => editIndicator(c, 0, (i) => ({ ...i, weight: 0.3 }))),
      [`Scheda 01_01_OS01 «${plan2025.cards[0]!.title}»: modificata.`, `  Indicatore 1 «${plan2025.cards[0]!.indicators[0]!.name}»: modificato.`, '    Peso: «20,0%» → «30,0%»'],
    ],
    [
      'a value observed in 2025 (not compared across years)',
      (d) => editCard(d, 0, (c) => editIndicator(c, 0, (i) => ({ ...i, measurements: [{ date: '2025-06-30', value: value('3') }] }))),
      [],
    ],
    [
      'a manual performance in 2025 (not compared across years)',
      (d) => editCard(d, 0, (c) => editIndicator(c, 0, (i) => ({ ...i, override: { performance: 1, justification: 'x' } }))),
      [],
    ],
    [
      'the code and the title of a card (still paired by its origin)',
      (d) => editCard(d, 2, (c) => ({ ...c, code: '01_02_OS09', title: 'Nuovo titolo' })),
      ['Scheda 01_02_OS09 «Nuovo titolo»: modificata.', `  Codice: «${plan2024.cards[2]!.code}» → «01_02_OS09»`, `  Obiettivo: «${plan2024.cards[2]!.title}» → «Nuovo titolo»`],
    ],
    [
      'an indicator renamed (still paired by its origin)',
      (d) => editCard(d, 0, (c) => editIndicator(c, 1, (i) => ({ ...i, name: 'Assessment' }))),
      [`Scheda 01_01_OS01 «${plan2025.cards[0]!.title}»: modificata.`, '  Indicatore 2 «Assessment»: modificato.', `    Indicatore: «${firstName}» → «Assessment»`],
    ],
    [
      'an indicator added and one removed',
      (d) => editCard(d, 1, (c) => ({ ...c, indicators: [...c.indicators.slice(1), { ...c.indicators[0]!, id: 0, originId: undefined, name: 'Nuovo' }] })),
      [
        `Scheda ${plan2025.cards[1]!.code} «${plan2025.cards[1]!.title}»: modificata.`,
        `  Indicatore ${plan2025.cards[1]!.indicators.length} «Nuovo»: aggiunto.`,
        `  Indicatore 1 «${plan2025.cards[1]!.indicators[0]!.name}»: tolto.`,
      ],
    ],
    [
      'a card added and one removed',
      (d) => ({ ...d, cards: [...d.cards.slice(1), { ...d.cards[0]!, id: 1, originId: undefined, code: 'NUOVA', title: 'Nuova', position: 99 }] }),
      [
        'Scheda NUOVA «Nuova»: aggiunta (solo nel piano 2025).',
        `Scheda 01_01_OS01 «${plan2024.cards[0]!.title}»: tolta (solo nel piano 2024).`,
      ],
    ],
    [
      'the title beyond its year, and the policy',
      (d) => ({ ...d, settings: { ...d.settings, title: 'Piano 2025', policy: { ...d.settings.policy, cap: 1.2 } } }),
      [
        'Piano:',
        `  Titolo: «${plan2024.settings.title}» → «Piano 2025»`,
        expect.stringMatching(/^ {2}Criteri di calcolo: «La prestazione di ogni indicatore è limitata al 100%.*» → «La prestazione di ogni indicatore è limitata al 120%/),
      ],
    ],
  ])('%s', (_, edit, expected) => {
    expect(describeDifferences(comparePlans(plan2024, edit(plan2025), SAME_FILE))).toEqual(expected);
  });

  it('ignores a 2024 target edited in the 2024 plan: 2024 is not in the 2025 horizon', () => {
    const edited = editCard(plan2024, 0, (c) => editIndicator(c, 0, setTarget(2024, '99')));
    expect(describeDifferences(comparePlans(edited, plan2025, SAME_FILE))).toEqual([]);
  });

  it('keeps the typed values of a change for the workbook', () => {
    const c = comparePlans(plan2024, editCard(plan2025, 0, (card) => editIndicator(card, 1, setTarget(2025, '85'))), SAME_FILE);
    const [change] = c.cards[0]!.indicators[0]!.changes;
    expect(change).toMatchObject({ key: 'target.2025', beforeValue: { kind: 'missing', mark: 'n.d.' }, afterValue: { kind: 'number', value: 85, decimals: 0 } });
    expect(c.counts).toMatchObject({ changed: 1, unchanged: 17 });
  });
});

describe('pairing', () => {
  const renamed = editCard(plan2025, 2, (c) => ({ ...c, code: '01_02_OS09' }));

  it('pairs by code and indicator name when the plans are in different files (no links)', () => {
    const c: PlanComparison = comparePlans(plan2024, editCard(renamed, 0, (card) => editIndicator(card, 1, (i) => ({ ...i, name: 'Assessment' }))), OTHER_FILE);
    expect(c.counts).toMatchObject({ pairedByOrigin: 0, pairedByCode: 17, added: 1, removed: 1, changed: 1 });
    expect(c.after.label).toBe('piano 2025 (collega.pira)');
    expect(c.cards[0]!.indicators.map((i) => `${i.status} ${i.position} ${i.name}`)).toEqual([
      'added 2 Assessment',
      `removed 2 ${plan2024.cards[0]!.indicators[1]!.name}`,
    ]);
  });

  it('pairs indicator names ignoring case, accents and spacing', () => {
    const c = comparePlans(plan2024, editCard(plan2025, 0, (card) => editIndicator(card, 1, (i) => ({ ...i, name: `  ${i.name.toUpperCase()} ` }))), OTHER_FILE);
    expect(c.cards[0]!.indicators).toMatchObject([{ status: 'changed', pairedBy: 'name', changes: [{ field: 'Indicatore' }] }]);
  });

  it('a link wins over a code: a code reused by another card does not steal the pair', () => {
    const [a, b] = plan2025.cards;
    const swapped = { ...plan2025, cards: [{ ...a!, code: b!.code }, { ...b!, code: a!.code }, ...plan2025.cards.slice(2)] };
    const c = comparePlans(plan2024, swapped, SAME_FILE);
    expect(c.cards.slice(0, 2).map((card) => card.changes.map((ch) => `${ch.field}: ${ch.before} → ${ch.after}`))).toEqual([
      [`Codice: ${a!.code} → ${b!.code}`],
      [`Codice: ${b!.code} → ${a!.code}`],
    ]);
  });
});

describe('two versions of the same year', () => {
  const colleague = editCard(plan2024, 0, (c) =>
    editIndicator(c, 0, (i) => ({ ...i, measurements: [{ date: '2024-06-30', value: value('2') }], override: { performance: 0.5, justification: 'stima' } })),
  );

  it('compares observed values and manual performances too', () => {
    const c = comparePlans(plan2024, colleague, OTHER_FILE);
    expect(c.scope).toMatchObject({ yearShift: 0, comparedYears: [2024, 2025, 2026], onlyBefore: [], onlyAfter: [], yearBoundCompared: true });
    expect(c.cards[0]!.indicators[0]!.changes.map((ch) => `${ch.field}: ${ch.before} → ${ch.after}`)).toEqual([
      'Performance manuale: nessuna → 50% (stima)',
      'Valore al 30/06/2024: 1 → 2',
    ]);
  });

  it('says there is no difference between a plan and itself', () => {
    const c = comparePlans(plan2024, plan2024, SAME_FILE);
    expect(describeComparison(c).slice(1)).toEqual([
      "Target confrontati anno per anno: 2024, 2025, 2026 (il target di un anno di un piano con quello dello stesso anno dell'altro).",
      "Schede: 18 abbinate (0 per collegamento d'origine, 18 per codice), 0 modificate, 0 aggiunte, 0 tolte.",
      'Nessuna differenza.',
    ]);
  });
});
