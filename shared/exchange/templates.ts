/**
 * Every workbook layout the exchange knows, as DATA: sheets, columns (header, synonyms, meaning) and value rules.
 * Why: a new layout (the one Unioncamere sends, a ministry's) is added here with a fixture test, not with code;
 * the import recognises a sheet by the layout whose vocabulary matches most headers, the export writes any
 * layout marked `writable`. docs/excel-exchange.md lists them.
 */
import { CARD_COLUMNS, INDICATOR_COLUMNS, type CardField, type IndicatorColumn } from './columns';

/**
 * A column of a layout: its header as written, the other headers accepted for it, and what it holds. A header with
 * `{data}`, `{anno}`, `{anno+1}` is filled in when written (`Valore al 30/06/2024`, `Target 2025`) and recognised
 * on import by the date or year it carries, like any "Valore al …"/"Target …" header.
 */
export interface TemplateColumn<M> {
  header: string;
  synonyms?: readonly string[];
  /** `blank`: a column PIRA Desk has no field for (written empty, ignored on import without a warning). */
  meaning: M | 'blank';
}

export interface ExchangeTemplate {
  id: string;
  /** Italian name shown in the export dialog and in the import preview. */
  name: string;
  description: string;
  /** Whether the export can write it (a colleague's free sheet has no fixed layout to write). */
  writable: boolean;
  cards?: { sheet: string; columns: readonly TemplateColumn<CardField>[] };
  indicators: {
    sheet: string;
    /** `table`: one header row and a card code on each row; `blocks`: a "Codice: …" row above each card's table. */
    layout: 'table' | 'blocks';
    columns: readonly TemplateColumn<IndicatorColumn>[];
  };
  /** How values are written in the indicator rows (the import accepts every form anyway). */
  values: {
    /** `name-and-algoritmo`: the Word table's first cell, name and algoritmo separated by a line break. */
    nameCell: 'name' | 'name-and-algoritmo';
    /** `column`: an "Operatore" column; `before-value`: alone in the target column, the value in the blank column after it. */
    operator: 'column' | 'before-value' | 'none';
  };
}

const field = <F extends IndicatorColumn & { kind: 'field' }>(f: F['field']): IndicatorColumn => ({ kind: 'field', field: f });
const PLAN_YEAR_TARGET: IndicatorColumn = { kind: 'target', year: null };
const CURRENT_VALUE: IndicatorColumn = { kind: 'measurement', date: null };

/** The canonical workbook of docs/excel-exchange.md (value and target columns repeat per date and year). */
const CANONICAL: ExchangeTemplate = {
  id: 'canonico',
  name: 'Cartella di lavoro canonica PIRA Desk',
  description: 'Fogli Piano, Obiettivi, Indicatori, Riepilogo e cataloghi: una riga per scheda e una per indicatore.',
  writable: true,
  cards: { sheet: 'Obiettivi', columns: CARD_COLUMNS.map((c) => ({ header: c.label, meaning: c.field })) },
  indicators: {
    sheet: 'Indicatori',
    layout: 'table',
    columns: INDICATOR_COLUMNS.filter((c) => c.field !== 'cardTitle').map((c) => ({ header: c.label, meaning: field(c.field) })),
  },
  values: { nameCell: 'name', operator: 'column' },
};

/** A colleague's own sheet: any order, renamed headers (every synonym), extra columns reported and ignored. */
const FREE: ExchangeTemplate = {
  id: 'libero',
  name: 'Foglio libero di un collega',
  description: 'Colonne in qualsiasi ordine, riconosciute per nome e sinonimi; titoli e righe vuote ammessi.',
  writable: false,
  cards: { sheet: 'Obiettivi', columns: CARD_COLUMNS.map((c) => ({ header: c.label, synonyms: c.synonyms, meaning: c.field })) },
  indicators: {
    sheet: 'Indicatori',
    layout: 'table',
    columns: INDICATOR_COLUMNS.map((c) => ({ header: c.label, synonyms: c.synonyms, meaning: field(c.field) })),
  },
  values: { nameCell: 'name', operator: 'column' },
};

/** The office's Word tables pasted into Excel, one table per card under its "Codice:" row (see the seed document). */
const DOCUMENT: ExchangeTemplate = {
  id: 'documento',
  name: 'Tabelle del documento Word incollate in Excel',
  description: 'Per ogni scheda la riga «Codice: …» e la tabella del documento: nome e algoritmo nella prima cella, operatore da solo sotto «Target».',
  writable: true,
  indicators: {
    sheet: 'Schede',
    layout: 'blocks',
    columns: [
      { header: 'Indicatori', meaning: field('name') },
      { header: 'Tipologia', meaning: field('tipologia') },
      { header: 'UdM', meaning: field('udm') },
      { header: 'Valore al {data}', meaning: CURRENT_VALUE },
      { header: 'Target {anno}', meaning: PLAN_YEAR_TARGET },
      { header: '', meaning: 'blank' },
      { header: 'Target {anno+1}', meaning: { kind: 'target', year: null, offset: 1 } },
      { header: 'Target {anno+2}', meaning: { kind: 'target', year: null, offset: 2 } },
      { header: 'Performance', meaning: field('performance') },
      { header: 'Peso indicatori', meaning: field('weight') },
    ],
  },
  values: { nameCell: 'name-and-algoritmo', operator: 'before-value' },
};

/**
 * The objective/indicator layout of the national performance portal: objectives with year, responsibility centres
 * and resources per year; indicators with their own code, the objective's code, the previous year's value and the
 * targets of the first, second and third year. It has no operator column and no value at the monitoring date.
 */
const PORTAL: ExchangeTemplate = {
  id: 'portale',
  name: 'Portale della performance (obiettivi e indicatori)',
  description: 'Foglio Obiettivi (codice, anno, titolo, missione, programma, centri di responsabilità, risorse) e foglio Indicatori (codice, obiettivo, target del triennio).',
  writable: true,
  cards: {
    sheet: 'Obiettivi',
    columns: [
      { header: 'Codice obiettivo', synonyms: ['Codice'], meaning: 'code' },
      { header: 'Anno', synonyms: ['Anno di riferimento'], meaning: 'planYear' },
      { header: 'Titolo obiettivo', synonyms: ['Titolo'], meaning: 'title' },
      { header: 'Descrizione obiettivo', synonyms: ['Descrizione'], meaning: 'description' },
      { header: 'Missione', meaning: 'missione' },
      { header: 'Programma', meaning: 'programma' },
      { header: 'Centri di responsabilità', synonyms: ['Centro di responsabilità', 'CdR'], meaning: 'area' },
      { header: 'Risorse primo anno', meaning: 'resources' },
      { header: 'Risorse secondo anno', meaning: 'blank' },
      { header: 'Risorse terzo anno', meaning: 'blank' },
      { header: 'Note', meaning: 'footnotes' },
    ],
  },
  indicators: {
    sheet: 'Indicatori',
    layout: 'table',
    columns: [
      { header: 'Codice indicatore', synonyms: ['Codice'], meaning: field('kpiCode') },
      { header: 'Titolo indicatore', synonyms: ['Titolo'], meaning: field('name') },
      { header: 'Descrizione indicatore', synonyms: ['Descrizione'], meaning: 'blank' },
      { header: 'Tipologia', meaning: field('tipologia') },
      { header: 'Obiettivo', synonyms: ['Codice obiettivo'], meaning: field('cardCode') },
      { header: 'Unità di misura', meaning: field('udm') },
      { header: 'Fonte dei dati', meaning: field('fonte') },
      { header: 'Algoritmo di calcolo', meaning: field('algoritmo') },
      { header: 'Peso', meaning: field('weight') },
      { header: "Valore dell'anno precedente", synonyms: ['Valore anno precedente', 'Baseline'], meaning: { kind: 'measurement', date: null, previousYear: true } },
      { header: 'Target primo anno', meaning: PLAN_YEAR_TARGET },
      { header: 'Target secondo anno', meaning: { kind: 'target', year: null, offset: 1 } },
      { header: 'Target terzo anno', meaning: { kind: 'target', year: null, offset: 2 } },
      { header: 'Note', meaning: field('note') },
    ],
  },
  values: { nameCell: 'name', operator: 'none' },
};

/** In order of preference when two layouts recognise the same number of headers. */
export const TEMPLATES: readonly ExchangeTemplate[] = [CANONICAL, DOCUMENT, FREE, PORTAL];

export const DEFAULT_TEMPLATE_ID = CANONICAL.id;

export function writableTemplates(templates: readonly ExchangeTemplate[] = TEMPLATES): ExchangeTemplate[] {
  return templates.filter((t) => t.writable);
}

export function templateById(id: string, templates: readonly ExchangeTemplate[] = TEMPLATES): ExchangeTemplate | undefined {
  return templates.find((t) => t.id === id);
}
