/**
 * The meanings a column can be given in the mapping step and with `--map "INTESTAZIONE=Campo"`: every card and
 * indicator field of the canonical workbook under its header there (docs/excel-exchange.md), «Valore al GG/MM/AAAA»,
 * «Target AAAA», «Codice e titolo della scheda», «Ignora»; their Italian labels, the select's options and the parse
 * of a `Campo` typed on the command line. Why one list: the UI, the CLI and the messages name fields alike.
 */
import { formatDate, parseDate } from '../dates';
import type { IsoDate } from '../model';
import { CARD_COLUMNS, INDICATOR_COLUMNS, type CardMeaning, type IndicatorColumn } from './columns';
import { DATE_PLACEHOLDER, YEAR_PLACEHOLDER, type FieldMeaning, type LayoutColumn, type MappableCardField, type MappableIndicatorField } from './columnLayout';
import { dateInHeader, normalizeHeader, yearInHeader } from './headerText';

export interface MeaningOption {
  /** Stable key of the option (the select's value). */
  id: string;
  label: string;
  group: 'Scheda (foglio Obiettivi)' | 'Indicatore (foglio Indicatori)' | 'Valori e target' | 'Altro';
  meaning: FieldMeaning;
}

const CARD_FIELDS: { field: MappableCardField; label: string }[] = [
  ...CARD_COLUMNS.filter((c) => c.field !== 'performance').map((c) => ({ field: c.field as MappableCardField, label: c.label })),
  { field: 'planYear', label: 'Anno del piano' },
];
const INDICATOR_FIELDS: { field: MappableIndicatorField; label: string }[] = INDICATOR_COLUMNS.filter(
  (c) => c.field !== 'cardCode' && c.field !== 'cardTitle' && c.field !== 'performance',
).map((c) => ({ field: c.field as MappableIndicatorField, label: c.label }));

export const MAPPABLE_CARD_FIELDS = CARD_FIELDS.map((f) => f.field) as [MappableCardField, ...MappableCardField[]];
export const MAPPABLE_INDICATOR_FIELDS = INDICATOR_FIELDS.map((f) => f.field) as [MappableIndicatorField, ...MappableIndicatorField[]];

export const CODE_AND_TITLE_LABEL = 'Codice e titolo della scheda';
export const IGNORE_LABEL = 'Ignora';

/** The Italian label of a meaning (a value or target column resolved to its date or year). */
export function meaningLabel(meaning: FieldMeaning): string {
  switch (meaning.kind) {
    case 'card':
      return CARD_FIELDS.find((f) => f.field === meaning.field)?.label ?? meaning.field;
    case 'field':
      return INDICATOR_FIELDS.find((f) => f.field === meaning.field)?.label ?? meaning.field;
    case 'measurement':
      return meaning.date ? `Valore al ${formatDate(meaning.date)}` : meaning.previousYear ? "Valore dell'anno precedente" : 'Valore alla data di monitoraggio';
    case 'target':
      return meaning.year !== null ? `Target ${meaning.year}` : meaning.offset ? `Target del ${meaning.offset + 1}º anno` : "Target dell'anno del piano";
    case 'codeAndTitle':
      return CODE_AND_TITLE_LABEL;
    case 'ignore':
      return IGNORE_LABEL;
  }
}

/** A saved layout's column in words: a `{data}`/`{anno}` header gives its own date or year. */
export function layoutColumnLabel(column: LayoutColumn): string {
  const { header, meaning } = column;
  if (meaning.kind === 'measurement' && header.includes(DATE_PLACEHOLDER)) return "Valore alla data scritta nell'intestazione";
  if (meaning.kind === 'target' && header.includes(YEAR_PLACEHOLDER)) return "Target dell'anno scritto nell'intestazione";
  return meaningLabel(meaning);
}

export function meaningId(meaning: FieldMeaning): string {
  switch (meaning.kind) {
    case 'card':
    case 'field':
      return `${meaning.kind}:${meaning.field}`;
    case 'measurement':
      return `value:${meaning.date ?? ''}`;
    case 'target':
      return `target:${meaning.year ?? ''}`;
    default:
      return meaning.kind;
  }
}

/** What the built-in vocabularies understood, as a mapping meaning (the card's code and title are card fields). */
export function fromIndicatorColumn(column: IndicatorColumn): FieldMeaning {
  if (column.kind === 'blank') return { kind: 'ignore' };
  if (column.kind !== 'field') return column;
  if (column.field === 'cardCode') return { kind: 'card', field: 'code' };
  if (column.field === 'cardTitle') return { kind: 'card', field: 'title' };
  if (column.field === 'performance') return { kind: 'ignore' };
  return { kind: 'field', field: column.field };
}

export function fromCardMeaning(meaning: CardMeaning): FieldMeaning {
  return meaning === 'blank' || meaning === 'performance' ? { kind: 'ignore' } : { kind: 'card', field: meaning };
}

/** The select's options for a plan: its dates and years, plus the date or year a header carries (a new one). */
export function meaningOptions(dates: readonly IsoDate[], years: readonly number[], header = ''): MeaningOption[] {
  const allDates = [...new Set([...dates, ...(dateInHeader(header) ? [dateInHeader(header) as IsoDate] : [])])].sort();
  const headerYear = yearInHeader(header);
  const allYears = [...new Set([...years, ...(headerYear !== null ? [headerYear] : [])])].sort((a, b) => a - b);
  const option = (group: MeaningOption['group'], meaning: FieldMeaning): MeaningOption => ({ id: meaningId(meaning), label: meaningLabel(meaning), group, meaning });
  return [
    ...CARD_FIELDS.map((f) => option('Scheda (foglio Obiettivi)', { kind: 'card', field: f.field })),
    ...INDICATOR_FIELDS.map((f) => option('Indicatore (foglio Indicatori)', { kind: 'field', field: f.field })),
    ...allDates.map((date) => option('Valori e target', { kind: 'measurement', date })),
    ...allYears.map((year) => option('Valori e target', { kind: 'target', year })),
    // A plan whose year is not known yet (a new one): the date and year the plan will have.
    ...(dates.length === 0 ? [option('Valori e target', { kind: 'measurement', date: null })] : []),
    ...(years.length === 0 ? [option('Valori e target', { kind: 'target', year: null })] : []),
    option('Altro', { kind: 'codeAndTitle' }),
    option('Altro', { kind: 'ignore' }),
  ];
}

/** Every `Campo` the command line accepts besides the dated ones, for its messages. */
export function fieldNames(): string[] {
  return [...CARD_FIELDS.map((f) => f.label), ...INDICATOR_FIELDS.map((f) => f.label), 'Valore al GG/MM/AAAA', 'Target AAAA', 'Codice e titolo', IGNORE_LABEL];
}

const BY_NAME = new Map<string, FieldMeaning>([
  ...CARD_FIELDS.map((f) => [normalizeHeader(f.label), { kind: 'card', field: f.field }] as const),
  ...INDICATOR_FIELDS.map((f) => [normalizeHeader(f.label), { kind: 'field', field: f.field }] as const),
  ['codice obiettivo', { kind: 'card', field: 'code' }],
  ['codice e titolo', { kind: 'codeAndTitle' }],
  [normalizeHeader(CODE_AND_TITLE_LABEL), { kind: 'codeAndTitle' }],
  [normalizeHeader(IGNORE_LABEL), { kind: 'ignore' }],
  ['valore', { kind: 'measurement', date: null }],
  ['target', { kind: 'target', year: null }],
]);

/**
 * A `Campo` of `--map` (any header of the canonical workbook, `Codice e titolo`, `Ignora`): `Valore al 30/06/2024`
 * and `Target 2025` carry their date and year; `Valore` and `Target` alone follow the mapped header. `null`: unknown.
 */
export function parseFieldName(text: string): FieldMeaning | null {
  const known = BY_NAME.get(normalizeHeader(text));
  if (known) return known;
  const words = normalizeHeader(text.replace(/\d{1,2}[./-]\d{1,2}[./-]\d{4}/, ' ').replace(/\b\d{4}\b/, ' '));
  const date = dateInHeader(text);
  if (date && (words === 'valore al' || words === 'valore')) return { kind: 'measurement', date };
  const year = yearInHeader(text);
  if (year !== null && words === 'target') return { kind: 'target', year };
  return null;
}

/** `GG/MM/AAAA` typed for a new date in the mapping step. */
export function parseNewDate(text: string): IsoDate | null {
  const parsed = parseDate(text.trim());
  return parsed.ok ? parsed.value : null;
}
