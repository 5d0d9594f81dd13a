// The 2024 sample plan written in three layouts PIRA Desk has never seen, as colleagues of other chambers send them:
// one sheet with one row per indicator and headers no synonym list has, English headers, one sheet per ambito with
// titles above the header (and an explanation row under it). Plus `withoutJuneValues`: the sample plan with its
// 30/06 values removed, which these workbooks must fill back in.
// Why: issue 18's fixtures are built by test code through SheetJS, so each layout reads next to the tests that map it.
import type { Card, Indicator, PlanDocument, Value } from '../../shared/model';
import { formatDate } from '../../shared/dates';
import { scoringContext } from '../../shared/scoring';
import { loadSeed } from '../seed/loadSeed';
import { agreement } from '../seed/roundedDisplay';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { numberFormat, percentFormat } from '../../shared/exchange/valueCells';
import type { Aoa, Formatted } from './fixtures';

type Cell = Aoa[number][number];
const JUNE = '2024-06-30';

/** A value as a colleague's workbook holds it: real numbers and percentages, dates and marks as text. */
export function cellOf(value: Value | undefined): Cell {
  if (!value) return null;
  switch (value.kind) {
    case 'number':
      return { v: value.value, z: numberFormat(value.decimals) } satisfies Formatted;
    case 'percent':
      return { v: value.value, z: percentFormat(value.decimals) } satisfies Formatted;
    case 'date':
      return formatDate(value.value);
    case 'bool':
      return value.value ? 'sì' : 'no';
    case 'missing':
      return value.mark === '' ? null : value.mark;
  }
}

/** `>= 65.281`, `<= 31/12/2024`, `= sì`: operator and value in one cell, written as text. */
function withOperator(indicator: Indicator, value: Value | undefined): string {
  const cell = cellOf(value);
  const shown =
    value?.kind === 'number'
      ? value.value.toLocaleString('it-IT', { minimumFractionDigits: value.decimals, maximumFractionDigits: value.decimals })
      : value?.kind === 'percent'
        ? `${(value.value * 100).toLocaleString('it-IT', { minimumFractionDigits: value.decimals, maximumFractionDigits: value.decimals })}%`
        : String(cell ?? '');
  return `${indicator.operator} ${shown}`.trim();
}

const june = (i: Indicator) => i.measurements.find((m) => m.date === JUNE)?.value;
const target = (i: Indicator, year: number) => i.targets.find((t) => t.year === year)?.value;
const weight = (i: Indicator): Formatted => ({ v: i.weight, z: '0.0%' });
const missioneName = (code: string) => samplePlan2024.catalogues.missioni.find((m) => m.code === code)?.name ?? code;
const programmaName = (code: string) => samplePlan2024.catalogues.programmi.find((p) => p.code === code)?.name ?? code;
const rows = (cards: readonly Card[], row: (card: Card, indicator: Indicator) => Cell[]) => cards.flatMap((c) => c.indicators.map((i) => row(c, i)));
/** Name, algoritmo, tipologia, UdM, value at 30/06, operator, the three targets and the weight, in their own cells. */
const indicatorCells = (i: Indicator): Cell[] => [i.name, i.algoritmo, i.tipologia, i.udm, cellOf(june(i)), i.operator, cellOf(target(i, 2024)), cellOf(target(i, 2025)), cellOf(target(i, 2026)), weight(i)];

/**
 * One sheet, one row per indicator, the layout of issue 18 with every header renamed to a word no synonym list has:
 * SCOPO holds "code – title", SOGLIA "operator value", MISS./PROGR. the codes. SPIEGAZIONE has no field (Ignora).
 */
export const ONE_SHEET_HEADERS = ['SCOPO', 'PARAMETRO', 'SPIEGAZIONE', 'METODO', 'CATEGORIA', 'GRANDEZZA', 'SOGLIA', 'MISS.', 'PROGR.', 'INCIDENZA', 'RILEVAZIONE 30/06/2024'];

/** What the user says each header of the one-sheet layout means (`--map "INTESTAZIONE=Campo"`). */
export const ONE_SHEET_MAP: Record<string, string> = {
  SCOPO: 'Codice e titolo',
  PARAMETRO: 'Indicatore',
  SPIEGAZIONE: 'Ignora',
  METODO: 'Algoritmo di calcolo',
  CATEGORIA: 'Tipologia',
  GRANDEZZA: 'UdM',
  SOGLIA: 'Target 2024',
  'MISS.': 'Missione',
  'PROGR.': 'Programma',
  INCIDENZA: 'Peso',
  'RILEVAZIONE 30/06/2024': 'Valore al 30/06/2024',
};

export function oneSheetLayout(cards: readonly Card[] = samplePlan2024.cards): Record<string, Aoa> {
  return {
    Foglio1: [
      ONE_SHEET_HEADERS,
      ...rows(cards, (c, i) => [
        `${c.code} – ${c.title}`,
        i.name,
        `Misura l'andamento di «${i.name}»`,
        i.algoritmo,
        i.tipologia,
        i.udm,
        withOperator(i, target(i, 2024)),
        c.missione,
        c.programma,
        weight(i),
        cellOf(june(i)),
      ]),
    ],
  };
}

/** English headers on one sheet; missione and programma written as names (read through the catalogues). */
export const ENGLISH_HEADERS = [
  'Objective code',
  'Objective',
  'Mission',
  'Programme',
  'Indicator',
  'Calculation',
  'Type',
  'Unit',
  'Actual 30/06/2024',
  'Operator',
  'Goal 2024',
  'Goal 2025',
  'Goal 2026',
  'Weight',
];

export const ENGLISH_MAP: Record<string, string> = {
  'Objective code': 'Codice',
  Objective: 'Obiettivo',
  Mission: 'Missione',
  Programme: 'Programma',
  Indicator: 'Indicatore',
  Calculation: 'Algoritmo di calcolo',
  Type: 'Tipologia',
  Unit: 'UdM',
  'Actual 30/06/2024': 'Valore al 30/06/2024',
  Operator: 'Operatore',
  'Goal 2024': 'Target 2024',
  'Goal 2025': 'Target 2025',
  'Goal 2026': 'Target 2026',
  Weight: 'Peso',
};

export function englishLayout(cards: readonly Card[] = samplePlan2024.cards): Record<string, Aoa> {
  return {
    KPIs: [
      ENGLISH_HEADERS,
      ...rows(cards, (c, i) => [c.code, c.title, missioneName(c.missione), programmaName(c.programma), ...indicatorCells(i)]),
    ],
  };
}

/**
 * One sheet per ambito, two or three title rows above the header and an explanation row under it (the first data row
 * must be moved down); "Rif." holds the card code, the title is in its own column, missione and programma as
 * "code – name".
 */
export const AMBITO_HEADERS = ['Rif.', 'Finalità', 'Miss.', 'Progr.', 'Misuratore', 'Procedimento', 'Natura', 'Misurazione', 'Esito al 30.06.2024', 'Segno', 'Soglia 2024', 'Soglia 2025', 'Soglia 2026', 'Quota'];

/** «Segno» is understood already (a synonym of «Operatore»); the data start two rows below the header (row 3). */
export const AMBITO_MAP: Record<string, string> = {
  'Rif.': 'Codice',
  Finalità: 'Obiettivo',
  'Miss.': 'Missione',
  'Progr.': 'Programma',
  Misuratore: 'Indicatore',
  Procedimento: 'Algoritmo di calcolo',
  Natura: 'Tipologia',
  Misurazione: 'UdM',
  'Esito al 30.06.2024': 'Valore al 30/06/2024',
  'Soglia 2024': 'Target 2024',
  'Soglia 2025': 'Target 2025',
  'Soglia 2026': 'Target 2026',
  Quota: 'Peso',
};
export const AMBITO_ROWS = { headerRow: 3, firstDataRow: 5 };

export function ambitoSheetsLayout(cards: readonly Card[] = samplePlan2024.cards): Record<string, Aoa> {
  const sheets: Record<string, Aoa> = {};
  for (const ambito of ['01', '02', '03']) {
    const mine = cards.filter((c) => c.ambitoLine.startsWith(ambito));
    const titles: Aoa = [['Camera di Commercio – Piano degli indicatori 2024'], [`Ambito strategico ${Number(ambito)}`]];
    if (ambito === '02') titles.push(['Monitoraggio intermedio']);
    sheets[`Ambito ${Number(ambito)}`] = [
      ...titles,
      AMBITO_HEADERS,
      ['(codice)', '(testo)', '(codice – nome)', '(codice – nome)', '(testo)', '(testo)', '(testo)', '(testo)', '(valore)', '(>=, <=, =)', '(valore)', '(valore)', '(valore)', '(%)'],
      ...rows(mine, (c, i) => [c.code, c.title, `${c.missione} – ${missioneName(c.missione)}`, `${c.programma} – ${programmaName(c.programma)}`, ...indicatorCells(i)]),
    ];
  }
  return sheets;
}

/** The sample plan with every value at 30/06/2024 removed: what a workbook of values must fill back in. */
export function withoutJuneValues(doc: PlanDocument = samplePlan2024): PlanDocument {
  return {
    ...doc,
    cards: doc.cards.map((c) => ({ ...c, indicators: c.indicators.map((i) => ({ ...i, measurements: i.measurements.filter((m) => m.date !== JUNE) })) })),
  };
}

/**
 * How many of the 113 performances published in the seed document `doc` reproduces (exactly, or within the rounding of
 * the displayed figures), each indicator found by its card's code and its position.
 */
export function publishedReproduced(doc: PlanDocument): { published: number; reproduced: number; missed: string[] } {
  const ctx = scoringContext(doc.settings);
  let published = 0;
  const missed: string[] = [];
  for (const seedCard of loadSeed().cards) {
    const card = doc.cards.find((c) => c.code === seedCard.codice);
    seedCard.table.rows.forEach((row, i) => {
      if (row.performance === null) return;
      published += 1;
      const percent = row.performance === 'n.d.' ? null : Number(/^(\d+)%$/.exec(row.performance)?.[1] ?? NaN);
      const indicator = card?.indicators[i];
      if (!indicator || agreement(indicator, ctx, percent) === 'mismatch') missed.push(`${seedCard.codice} ${i + 1} (${indicator?.name ?? 'assente'})`);
    });
  }
  return { published, reproduced: published - missed.length, missed };
}
