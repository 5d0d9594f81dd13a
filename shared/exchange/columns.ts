/**
 * The column vocabulary of the "Obiettivi" and "Indicatori" sheets: the canonical header the export writes and
 * the synonyms the import accepts (compared after `normalizeHeader`), plus the year/date columns.
 * Why: one table drives both directions, so a canonical workbook always re-imports and foreign headers map alike.
 */
import type { IsoDate } from '../model';
import { dateInHeader, headerWords, normalizeHeader, yearInHeader } from './headerText';

export type CardField =
  | 'code'
  | 'title'
  | 'missione'
  | 'programma'
  | 'ambitoLine'
  | 'obiettivoStrategico'
  | 'description'
  | 'resources'
  | 'area'
  | 'office'
  | 'footnotes'
  | 'weight'
  | 'performance'
  /** The plan's year written on each row (the performance portal's "Anno"): checked, never stored. */
  | 'planYear';

/** What a card column holds; `blank` = a column of a known layout that PIRA Desk has no field for. */
export type CardMeaning = CardField | 'blank';

export type IndicatorField =
  | 'cardCode'
  | 'cardTitle'
  | 'position'
  | 'name'
  | 'algoritmo'
  | 'tipologia'
  | 'udm'
  | 'operator'
  | 'weight'
  | 'cap'
  | 'override'
  | 'justification'
  | 'note'
  | 'fonte'
  | 'kpiCode'
  | 'performance';

/**
 * What an indicator column holds; `year: null` = the plan's year (plus `offset` years of the horizon: the portal's
 * "Target secondo anno"), `date: null` = the monitoring date (or, with `previousYear`, 31/12 of the year before);
 * `blank` = a column of a known layout that PIRA Desk has no field for.
 */
export type IndicatorColumn =
  | { kind: 'field'; field: IndicatorField }
  | { kind: 'target'; year: number | null; offset?: number }
  | { kind: 'measurement'; date: IsoDate | null; previousYear?: boolean }
  | { kind: 'blank' };

interface ColumnWords<F extends string> {
  field: F;
  label: string;
  synonyms: string[];
}

export const CARD_COLUMNS: ColumnWords<CardField>[] = [
  { field: 'code', label: 'Codice', synonyms: ['codice obiettivo', 'cod obiettivo', 'codice scheda', 'cod', 'id obiettivo'] },
  { field: 'title', label: 'Obiettivo', synonyms: ['titolo', 'titolo obiettivo', 'obiettivo operativo', 'denominazione obiettivo', 'nome obiettivo'] },
  { field: 'missione', label: 'Missione', synonyms: ['d m 27 03 2013 missione', 'codice missione', 'missione d m 27 03 2013'] },
  { field: 'programma', label: 'Programma', synonyms: ['d m 27 03 2013 programma', 'codice programma', 'programma d m 27 03 2013'] },
  {
    field: 'ambitoLine',
    label: 'Ambito strategico (linea)',
    synonyms: ['ambito strategico', 'ambito', 'linea', 'linea strategica', 'codice ambito', 'ambito strategico cciaa pt po', 'ambito strategico cciaa'],
  },
  { field: 'obiettivoStrategico', label: 'Obiettivo strategico', synonyms: ['codice obiettivo strategico', 'os'] },
  { field: 'description', label: 'Descrizione', synonyms: ['descrizione obiettivo', 'descrizione scheda'] },
  { field: 'resources', label: 'Risorse economiche', synonyms: ['risorse', 'risorse economiche eur', 'budget', 'stanziamento'] },
  { field: 'area', label: 'Area di responsabilità', synonyms: ['area', 'area responsabile', 'area di responsabilita'] },
  { field: 'office', label: 'Ufficio', synonyms: ['uffici', 'servizio', 'unita organizzativa', 'ufficio responsabile'] },
  { field: 'footnotes', label: 'Note della scheda', synonyms: ['note scheda', 'note a pie di scheda', 'note', 'nota'] },
  { field: 'weight', label: 'Peso obiettivo', synonyms: ['peso', 'peso scheda'] },
  { field: 'performance', label: 'Performance obiettivo (calcolata)', synonyms: ['performance', 'performance obiettivo', 'grado di raggiungimento'] },
];

export const INDICATOR_COLUMNS: ColumnWords<IndicatorField>[] = [
  { field: 'cardCode', label: 'Codice obiettivo', synonyms: ['codice', 'cod obiettivo', 'codice scheda', 'obiettivo codice'] },
  { field: 'cardTitle', label: 'Obiettivo', synonyms: ['titolo obiettivo', 'obiettivo operativo'] },
  { field: 'position', label: 'N.', synonyms: ['n', 'num', 'numero', 'nr', 'posizione', 'progressivo', 'n indicatore'] },
  { field: 'name', label: 'Indicatore', synonyms: ['indicatori', 'nome indicatore', 'denominazione indicatore', 'descrizione indicatore'] },
  { field: 'algoritmo', label: 'Algoritmo di calcolo', synonyms: ['algoritmo', 'formula', 'metodo di calcolo', 'modalita di calcolo', 'calcolo'] },
  { field: 'tipologia', label: 'Tipologia', synonyms: ['tipo', 'tipologia indicatore'] },
  { field: 'udm', label: 'UdM', synonyms: ['u d m', 'um', 'u m', 'unita di misura', 'unita'] },
  { field: 'operator', label: 'Operatore', synonyms: ['op', 'segno', 'condizione', 'operatore target'] },
  { field: 'weight', label: 'Peso', synonyms: ['peso indicatori', 'peso indicatore', 'peso percentuale'] },
  { field: 'cap', label: 'Limite performance', synonyms: ['limite', 'cap', 'tetto', 'tetto performance', 'limite massimo'] },
  { field: 'override', label: 'Performance manuale', synonyms: ['override', 'performance forzata', 'performance attribuita'] },
  { field: 'justification', label: 'Motivazione performance manuale', synonyms: ['motivazione', 'giustificazione', 'motivazione override'] },
  { field: 'note', label: 'Note', synonyms: ['nota', 'note indicatore'] },
  { field: 'fonte', label: 'Fonte dei dati', synonyms: ['fonte', 'fonte dati', 'fonti'] },
  { field: 'kpiCode', label: 'Codice KPI', synonyms: ['kpi', 'cod kpi', 'codice indicatore'] },
  { field: 'performance', label: 'Performance (calcolata)', synonyms: ['performance', 'grado di raggiungimento', 'performance indicatore'] },
];

/** "Stato 2025" is the seed's own title for later-year targets (two cards use it instead of "Target 2025"). */
const TARGET_WORDS = new Set(['', 'target', 'stato', 'target anno', 'obiettivo', 'valore atteso', 'risultato atteso', 'atteso', 'traguardo']);
const MEASURE_WORDS = new Set([
  'valore',
  'valore al',
  'valore rilevato',
  'rilevato',
  'valore rilevato al',
  'dato al',
  'dato rilevato',
  'consuntivo',
  'valore consuntivo',
  'valore attuale',
  'risultato',
  'risultato al',
  'situazione al',
]);

function lookup<F extends string>(columns: readonly ColumnWords<F>[]): Map<string, F> {
  const map = new Map<string, F>();
  for (const column of columns) {
    for (const word of [column.label, ...column.synonyms]) map.set(normalizeHeader(word), column.field);
  }
  return map;
}

const CARD_LOOKUP = lookup(CARD_COLUMNS);
const INDICATOR_LOOKUP = lookup(INDICATOR_COLUMNS);

export function classifyCardHeader(text: string): CardField | null {
  return CARD_LOOKUP.get(normalizeHeader(text)) ?? null;
}

export function classifyIndicatorHeader(text: string): IndicatorColumn | null {
  const field = INDICATOR_LOOKUP.get(normalizeHeader(text));
  return field ? { kind: 'field', field } : classifyDatedHeader(text);
}

/** The headers every layout shares: "Valore al 30/06/2024", "30/06/2024", "Target 2025", "2025", "Valore rilevato". */
export function classifyDatedHeader(text: string): IndicatorColumn | null {
  const words = headerWords(text);
  const date = dateInHeader(text);
  if (date !== null) return words === '' || MEASURE_WORDS.has(words) ? { kind: 'measurement', date } : null;
  const year = yearInHeader(text);
  if (year !== null) return TARGET_WORDS.has(words) ? { kind: 'target', year } : null;
  if (words === 'target') return { kind: 'target', year: null };
  return MEASURE_WORDS.has(words) ? { kind: 'measurement', date: null } : null;
}

export function cardLabel(field: CardField): string {
  return CARD_COLUMNS.find((c) => c.field === field)?.label ?? field;
}

export function indicatorLabel(field: IndicatorField): string {
  return INDICATOR_COLUMNS.find((c) => c.field === field)?.label ?? field;
}
