// The mapping engine of shared/exchange, without the UI or the back end: a layout is data (header texts → meanings,
// header row, first data row) applied to plain cells, giving the tables the existing readers take; the whole pure
// import reads a colleague's one-sheet workbook with it.
import { describe, expect, it } from 'vitest';
import type { ColumnLayout } from '../../shared/exchange/columnLayout';
import { importWorkbooks } from '../../shared/exchange/importWorkbooks';
import { layoutFileText, readLayoutFile } from '../../shared/exchange/layoutFile';
import { meaningOptions, parseFieldName } from '../../shared/exchange/layoutFields';
import { layoutColumn, layoutFromSheet } from '../../shared/exchange/layoutFromSheet';
import { locateLayout, mappedTables } from '../../shared/exchange/mappedTables';
import { cardsOfRows } from '../../shared/exchange/rowCards';
import { cellAt, splitCodeAndTitle } from '../../shared/exchange/sheetLayout';
import type { SheetCell, SheetData } from '../../shared/exchange/sheetTypes';
import { samplePlan2024 } from '../../shared/sample/plan2024';

const cell = (v: string | number | null): SheetCell | null => (v === null ? null : typeof v === 'number' ? { kind: 'number', value: v, format: '0%' } : { kind: 'text', text: v });
const sheetOf = (name: string, rows: (string | number | null)[][]): SheetData => ({ name, rows: rows.map((r) => r.map(cell)) });
const frame = { planYear: 2024, horizonStart: 2024, monitoringDate: '2024-06-30' };

describe('parseFieldName (the Campo of --map)', () => {
  it.each([
    ['Codice', { kind: 'card', field: 'code' }],
    ['codice obiettivo', { kind: 'card', field: 'code' }],
    ['Obiettivo', { kind: 'card', field: 'title' }],
    ['Indicatore', { kind: 'field', field: 'name' }],
    ['UdM', { kind: 'field', field: 'udm' }],
    ['Peso', { kind: 'field', field: 'weight' }],
    ['Peso obiettivo', { kind: 'card', field: 'weight' }],
    ['Note della scheda', { kind: 'card', field: 'footnotes' }],
    ['Valore al 30/06/2024', { kind: 'measurement', date: '2024-06-30' }],
    ['Target 2025', { kind: 'target', year: 2025 }],
    ['Valore', { kind: 'measurement', date: null }],
    ['Codice e titolo', { kind: 'codeAndTitle' }],
    ['Codice e titolo della scheda', { kind: 'codeAndTitle' }],
    ['ignora', { kind: 'ignore' }],
  ])('reads «%s»', (text, meaning) => expect(parseFieldName(text)).toEqual(meaning));

  it.each(['Scopo', 'Performance (calcolata)', 'Valore al 31/02/2024', ''])('knows no «%s»', (text) => expect(parseFieldName(text)).toBeNull());
});

describe('layoutColumn: what a layout keeps of a header and its meaning', () => {
  it.each([
    ['Actual 30/06/2024', { kind: 'measurement', date: '2024-06-30' }, { header: 'Actual {data}', meaning: { kind: 'measurement', date: null } }],
    ['Esito al 30.06.2024', { kind: 'measurement', date: '2024-06-30' }, { header: 'Esito al {data}', meaning: { kind: 'measurement', date: null } }],
    ['Actual 30/06/2024', { kind: 'measurement', date: '2024-12-31' }, { header: 'Actual 30/06/2024', meaning: { kind: 'measurement', date: '2024-12-31' } }],
    ['Rilevato', { kind: 'measurement', date: '2024-06-30' }, { header: 'Rilevato', meaning: { kind: 'measurement', date: null } }],
    ['Goal 2025', { kind: 'target', year: 2025 }, { header: 'Goal {anno}', meaning: { kind: 'target', year: null } }],
    ['SOGLIA', { kind: 'target', year: 2024 }, { header: 'SOGLIA', meaning: { kind: 'target', year: null } }],
    ['SOGLIA', { kind: 'target', year: 2026 }, { header: 'SOGLIA', meaning: { kind: 'target', year: null, offset: 2 } }],
    ['KPI', { kind: 'field', field: 'name' }, { header: 'KPI', meaning: { kind: 'field', field: 'name' } }],
  ] as const)('«%s» as %j', (header, meaning, expected) => expect(layoutColumn(header, meaning, frame)).toEqual(expected));

  it('keeps absolute dates and years while the plan year is not known (a new plan)', () => {
    expect(layoutColumn('SOGLIA', { kind: 'target', year: 2024 }, { planYear: 0, horizonStart: 0, monitoringDate: '' })).toEqual({ header: 'SOGLIA', meaning: { kind: 'target', year: 2024 } });
  });
});

/** A colleague's sheet: a title, the header on row 3, an explanation row, then indicator rows carrying their card. */
const COLLEAGUE = sheetOf('Ambito 1', [
  ['Piano 2024 – ambito 1'],
  [],
  ['OBIETTIVO', 'KPI', 'NOTE INTERNE', 'ESITO 30/06/2024', 'SOGLIA', 'MISS.'],
  ['(codice – titolo)', '(testo)', '', '(valore)', '(op. valore)', '(codice)'],
  ['01_01_OS01 – Promozione', 'Eventi', 'x', 3, '>= 4', '011'],
  ['01_01_OS01 – Promozione', 'Imprese', 'y', 0.5, '>= 40%', ''],
]);
const LAYOUT: ColumnLayout = layoutFromSheet(
  COLLEAGUE,
  {
    headerIndex: 2,
    firstDataIndex: 4,
    columns: [
      { index: 0, meaning: { kind: 'codeAndTitle' } },
      { index: 1, meaning: { kind: 'field', field: 'name' } },
      { index: 2, meaning: { kind: 'ignore' } },
      { index: 3, meaning: { kind: 'measurement', date: '2024-06-30' } },
      { index: 4, meaning: { kind: 'target', year: 2024 } },
      { index: 5, meaning: { kind: 'card', field: 'missione' } },
    ],
  },
  frame,
  'Collega',
);

describe('locateLayout and mappedTables', () => {
  it('builds the layout as data: headers, meanings, header row, first data row', () => {
    expect(LAYOUT).toEqual({
      name: 'Collega',
      headerRow: 3,
      firstDataRow: 5,
      columns: [
        { header: 'OBIETTIVO', meaning: { kind: 'codeAndTitle' } },
        { header: 'KPI', meaning: { kind: 'field', field: 'name' } },
        { header: 'NOTE INTERNE', meaning: { kind: 'ignore' } },
        { header: 'ESITO {data}', meaning: { kind: 'measurement', date: null } },
        { header: 'SOGLIA', meaning: { kind: 'target', year: null } },
        { header: 'MISS.', meaning: { kind: 'card', field: 'missione' } },
      ],
    });
  });

  it('finds the header on another sheet with more title rows, in another order, without the ignored column, with its own date', () => {
    const other = sheetOf('Ambito 2', [['Piano 2024'], ['ambito 2'], ['nota'], ['Miss.', 'soglia', 'Obiettivo', 'kpi', 'Esito 31/12/2024'], ['spiegazione'], ['02_01_OS01 – Semplificazione', 'Pratiche', 5, '>= 6', '012']]);
    const located = locateLayout(other, LAYOUT);
    expect(located).toMatchObject({ headerIndex: 3, firstDataIndex: 5 });
    expect(located?.columns.map((c) => [c.index, c.meaning])).toEqual([
      [0, { kind: 'card', field: 'missione' }],
      [1, { kind: 'target', year: null }],
      [2, { kind: 'codeAndTitle' }],
      [3, { kind: 'field', field: 'name' }],
      [4, { kind: 'measurement', date: '2024-12-31' }],
    ]);
  });

  it('does not fit a sheet where a header it reads is missing', () => {
    expect(locateLayout(sheetOf('X', [['OBIETTIVO', 'KPI', 'SOGLIA', 'MISS.']]), LAYOUT)).toBeNull();
  });

  it('gives an indicator table and the cards carried by its rows', () => {
    const located = locateLayout(COLLEAGUE, LAYOUT)!;
    const tables = mappedTables(COLLEAGUE, located);
    expect(tables.missing).toEqual([]);
    expect(tables.block?.rows).toEqual([4, 5]);
    expect(tables.block?.layout.columns.map((c) => [c.index, c.meaning, c.part])).toEqual([
      [0, { kind: 'field', field: 'cardCode' }, 'code'],
      [1, { kind: 'field', field: 'name' }, undefined],
      [2, { kind: 'blank' }, undefined],
      [3, { kind: 'measurement', date: '2024-06-30' }, undefined],
      [4, { kind: 'target', year: null }, undefined],
      [5, { kind: 'blank' }, undefined],
    ]);
    expect(tables.cards?.onIndicatorRows).toBe(true);
    expect(tables.cards?.layout.columns.map((c) => [c.meaning, c.part])).toEqual([
      ['code', 'code'],
      ['title', 'title'],
      ['missione', undefined],
    ]);
  });

  it.each([
    [[{ kind: 'field', field: 'name' }], ['Codice (o Codice e titolo della scheda, o Obiettivo)']],
    [[{ kind: 'card', field: 'code' }, { kind: 'target', year: 2024 }], ['Indicatore']],
    [[{ kind: 'card', field: 'code' }, { kind: 'card', field: 'missione' }], ['Obiettivo']],
    [[], ['Indicatore', 'Codice (o Codice e titolo della scheda, o Obiettivo)']],
  ] as const)('with %j says what is missing: %j', (meanings, missing) => {
    const sheet = sheetOf('S', [['A', 'B'], ['x', 'y']]);
    const located = { sheet: 'S', headerIndex: 0, firstDataIndex: 1, columns: meanings.map((meaning, index) => ({ index, header: 'AB'[index] ?? '', meaning })), unknown: [] };
    expect(mappedTables(sheet, located).missing).toEqual(missing);
  });
});

describe('cells of a «Codice e titolo» column', () => {
  it.each([
    ['01_01_OS01 – Promozione del territorio', '01_01_OS01', 'Promozione del territorio'],
    ['01_01_OS01 - Sostegno - digitale', '01_01_OS01', 'Sostegno - digitale'],
    ['OB-1 — Titolo', 'OB-1', 'Titolo'],
    ['01_01_OS01-Titolo', '01_01_OS01', 'Titolo'],
    ['01_01_OS01', '01_01_OS01', ''],
  ])('«%s» → code «%s», title «%s»', (text, code, title) => {
    expect(splitCodeAndTitle(text)).toEqual({ code, title });
    expect(cellAt([cell(text)], { index: 0, header: 'H', meaning: 'code', part: 'title' })).toEqual(title === '' ? null : { kind: 'text', text: title });
  });
});

describe('cards from indicator rows', () => {
  const place = (row: number) => ({ sheet: 'F', row });
  it('keeps one card per code, fills gaps from later rows and reports a row that disagrees', () => {
    const { cards, problems } = cardsOfRows([
      { code: 'A', title: 'Uno', fields: { title: 'Uno', missione: '' }, place: place(2) },
      { code: 'A', title: 'Uno', fields: { title: 'Uno', missione: '011' }, place: place(3) },
      { code: 'A', title: 'Uno', fields: { title: 'Uno', missione: '012' }, place: place(4) },
      { code: 'B', title: 'Due', fields: { title: 'Due' }, place: place(5) },
    ]);
    expect(cards.map((c) => [c.code, c.fields])).toEqual([
      ['A', { title: 'Uno', missione: '011' }],
      ['B', { title: 'Due' }],
    ]);
    expect(problems.map((p) => p.message)).toEqual(['Foglio «F», riga 4: la scheda A ha «Missione» diverso da quello della riga 2: vale la riga 2.']);
  });
});

describe('the pure import with a layout', () => {
  it('reads the colleague sheet into the sample plan: values, targets with their operator, the card found by its code', () => {
    const outcome = importWorkbooks([{ fileName: 'collega.xlsx', workbook: { sheets: [COLLEAGUE] } }], samplePlan2024, { layouts: [{ kind: 'saved', layout: LAYOUT }] });
    expect(outcome.files[0]?.description).toBe('letto con il modello "Collega"');
    expect(outcome.sheets[0]).toMatchObject({ readWith: { kind: 'saved', name: 'Collega' }, headerRow: 3, firstDataRow: 5 });
    const card = outcome.cards.find((c) => c.code === '01_01_OS01');
    expect(card?.changes).toContainEqual({ field: 'Obiettivo', before: samplePlan2024.cards[0]?.title, after: 'Promozione' });
    expect(card?.indicators.filter((i) => i.status === 'added').map((i) => i.name)).toEqual(['Eventi', 'Imprese']);
  });

  it('lets a built-in layout keep a sheet it reads as well as a saved one, and a saved one take it when it reads more', () => {
    const sheet = sheetOf('Indicatori', [
      ['Codice obiettivo', 'Indicatore', 'Valore al 30/06/2024', 'Commento'],
      ['01_01_OS01', samplePlan2024.cards[0]!.indicators[0]!.name, 7, 'nuovo'],
    ]);
    const columns = (extra: boolean): ColumnLayout['columns'] => [
      { header: 'Codice obiettivo', meaning: { kind: 'card', field: 'code' } },
      { header: 'Indicatore', meaning: { kind: 'field', field: 'name' } },
      { header: 'Valore al {data}', meaning: { kind: 'measurement', date: null } },
      ...(extra ? [{ header: 'Commento', meaning: { kind: 'field', field: 'note' } } as const] : []),
    ];
    const readWith = (extra: boolean) =>
      importWorkbooks([{ fileName: 'x.xlsx', workbook: { sheets: [sheet] } }], samplePlan2024, { layouts: [{ kind: 'saved', layout: { name: 'M', headerRow: 1, firstDataRow: 2, columns: columns(extra) } }] }).sheets[0]?.readWith;
    expect(readWith(false)).toEqual({ kind: 'builtin', name: 'Cartella di lavoro canonica PIRA Desk' });
    expect(readWith(true)).toEqual({ kind: 'saved', name: 'M' });
  });

  it('offers each plan date and year, the date written in the header, and relative ones for a plan not known yet', () => {
    const ids = (options: ReturnType<typeof meaningOptions>) => options.filter((o) => o.group === 'Valori e target').map((o) => o.label);
    expect(ids(meaningOptions(['2024-06-30', '2024-12-31'], [2024, 2025], 'Actual 30/09/2024'))).toEqual(['Valore al 30/06/2024', 'Valore al 30/09/2024', 'Valore al 31/12/2024', 'Target 2024', 'Target 2025']);
    expect(ids(meaningOptions([], [], 'SOGLIA'))).toEqual(['Valore alla data di monitoraggio', "Target dell'anno del piano"]);
  });
});

describe('a layout file', () => {
  const saved = { ...LAYOUT, savedAt: '2024-07-01T10:00:00.000Z' };
  it('goes out and comes back the same', () => {
    expect(readLayoutFile(layoutFileText(saved))).toEqual({ ok: true, value: saved });
  });
  it.each([
    ['not JSON', 'nome;intestazione', 'non è un file JSON'],
    ['another JSON', '{"a":1}', 'manca «"formato": "PIRA Desk – modello di importazione"»'],
    ['an unknown field', layoutFileText(saved).replace('"field": "name"', '"field": "nome"'), 'campo «modello.columns.1.meaning.field»'],
    ['a column too many', layoutFileText({ ...saved, columns: Array.from({ length: 201 }, () => saved.columns[0]!) }), 'campo «modello.columns»'],
  ])('refuses %s, saying why', (_what, text, message) => {
    const read = readLayoutFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain(message);
  });
});
