/**
 * The "Piano" sheet: one labelled row per plan setting (ente, year, monitoring date, horizon, scoring policy,
 * premessa), written by the export and read back by label (synonyms allowed, order free).
 * Why: the scoring policy travels with the plan, and a workbook can create a whole new plan.
 */
import type { Problem } from '../api';
import type { PlanSettings, ScoringPolicy } from '../model';
import { fail, ok, type ParseResult } from '../parseResult';
import { formatDate, parseDate } from '../dates';
import { formatNumber, formatPercent } from '../values';
import { cellText, normalizeHeader } from './headerText';
import { columnLetter, problemAt } from './sheetLayout';
import type { OutCell, OutSheet, SheetCell, SheetData } from './sheetTypes';
import { unreadableMessage } from './numberTexts';
import { serialToIso, isUnformatted } from './unformattedNumbers';
import { percentCell, readFraction, text } from './valueCells';

export const PLAN_SHEET = 'Piano';

/** The dates list and their closings travel in the «Monitoraggi» sheet (monitoringSheet.ts). */
type SettingKey = Exclude<keyof PlanSettings, 'policy' | 'version' | 'monitoringDates'>;
type PolicyKey = 'cap' | 'lateDeadline' | 'lateDays' | 'notYetDue' | 'missingInObjective';
type InfoKey = 'format' | 'roundFor';

/** What the Piano sheet of a file says; only the rows present are set. */
export interface FileSettings {
  values: Partial<Omit<PlanSettings, 'policy'>>;
  policy: Partial<ScoringPolicy>;
  /** The "Formato" row (which layout wrote the file) and, in a data-collection workbook, whom it was sent to. */
  info: Partial<Record<InfoKey, string>>;
  problems: Problem[];
}

/** The "Formato" row of the canonical workbook. */
export const CANONICAL_FORMAT = 'Cartella di lavoro canonica PIRA Desk, versione 1 (vedi docs/excel-exchange.md)';

const LABELS: { key: SettingKey | PolicyKey | InfoKey; label: string; synonyms: string[] }[] = [
  { key: 'ente', label: 'Ente', synonyms: ['camera di commercio', 'amministrazione', 'cciaa'] },
  { key: 'year', label: 'Anno', synonyms: ['anno del piano', 'anno di riferimento', 'esercizio'] },
  { key: 'title', label: 'Titolo', synonyms: ['titolo del piano', 'denominazione'] },
  { key: 'monitoringDate', label: 'Data di monitoraggio', synonyms: ['data monitoraggio', 'monitoraggio al', 'data di rilevazione', 'valori al'] },
  { key: 'horizonStart', label: 'Orizzonte: primo anno', synonyms: ['primo anno', 'anno iniziale', 'triennio dal'] },
  { key: 'horizonEnd', label: 'Orizzonte: ultimo anno', synonyms: ['ultimo anno', 'anno finale', 'triennio al'] },
  { key: 'cap', label: 'Limite massimo della performance', synonyms: ['limite performance', 'cap', 'tetto performance'] },
  { key: 'lateDeadline', label: 'Scadenze rispettate in ritardo', synonyms: ['scadenze in ritardo', 'ritardo'] },
  { key: 'lateDays', label: 'Giorni del decremento lineare', synonyms: ['giorni di decremento', 'giorni decremento'] },
  { key: 'notYetDue', label: 'Scadenze non ancora scadute', synonyms: ['scadenze non scadute', 'scadenze future'] },
  { key: 'missingInObjective', label: "Indicatori n.d. nella media dell'obiettivo", synonyms: ['indicatori n d', 'indicatori non disponibili'] },
  { key: 'premessa', label: 'Premessa', synonyms: ['introduzione'] },
  { key: 'format', label: 'Formato', synonyms: ['modello'] },
  { key: 'roundFor', label: 'Raccolta dati per', synonyms: ['compilato da', 'destinatario'] },
];
const LOOKUP = new Map(LABELS.flatMap((l) => [l.label, ...l.synonyms].map((w) => [normalizeHeader(w), l] as const)));
export const label = (key: SettingKey | PolicyKey | InfoKey) => LABELS.find((l) => l.key === key)?.label ?? key;

const LATE_ZERO = 'performance 0%';
const LATE_LINEAR = 'decremento lineare';
const NOT_YET_SCORE = 'valutate (0% se non rispettate)';
const NOT_YET_ND = 'n.d. fino alla scadenza';
const MISSING_EXCLUDE = 'esclusi (pesi ridistribuiti)';
const MISSING_ZERO = 'contati come 0%';

export function planSheet(settings: PlanSettings, policyText: string): OutSheet {
  const { policy } = settings;
  const rows: [string, OutCell][] = [
    [label('ente'), text(settings.ente)],
    [label('year'), { kind: 'number', value: settings.year, format: '0' }],
    [label('title'), text(settings.title)],
    [label('monitoringDate'), { kind: 'date', iso: settings.monitoringDate }],
    [label('horizonStart'), { kind: 'number', value: settings.horizonStart, format: '0' }],
    [label('horizonEnd'), { kind: 'number', value: settings.horizonEnd, format: '0' }],
    [label('cap'), policy.cap === null ? text('nessuno') : percentCell(policy.cap, 0)],
    [label('lateDeadline'), text(policy.lateDeadline.mode === 'zero' ? LATE_ZERO : LATE_LINEAR)],
    [label('lateDays'), policy.lateDeadline.mode === 'linear' ? { kind: 'number', value: policy.lateDeadline.days, format: '0' } : null],
    [label('notYetDue'), text(policy.notYetDue === 'score' ? NOT_YET_SCORE : NOT_YET_ND)],
    [label('missingInObjective'), text(policy.missingInObjective === 'exclude' ? MISSING_EXCLUDE : MISSING_ZERO)],
    [label('premessa'), text(settings.premessa)],
    ['Politica di calcolo (descrizione)', text(policyText)],
    [label('format'), text(CANONICAL_FORMAT)],
  ];
  return {
    name: PLAN_SHEET,
    rows: [[text('Campo'), text('Valore')], ...rows.map(([l, v]) => [text(l), v])],
    widths: [42, 90],
    frozenRows: 1,
    autoFilter: false,
    validations: [],
  };
}

/** True when the sheet looks like a Piano sheet: at least three recognised labels in its first column. */
export function isPlanSheet(sheet: SheetData): boolean {
  return sheet.rows.filter((row) => LOOKUP.has(normalizeHeader(cellText(firstCell(row)?.cell)))).length >= 3;
}

function firstCell(row: (SheetCell | null)[] | undefined): { cell: SheetCell; index: number } | undefined {
  const index = row?.findIndex((c) => cellText(c) !== '') ?? -1;
  const cell = index >= 0 ? row?.[index] : null;
  return cell ? { cell, index } : undefined;
}

export function readPlanSheet(sheet: SheetData): FileSettings {
  const result: FileSettings = { values: {}, policy: {}, info: {}, problems: [] };
  let lateDays: number | null = null;
  sheet.rows.forEach((row, r) => {
    const first = firstCell(row);
    const entry = first && LOOKUP.get(normalizeHeader(cellText(first.cell)));
    if (!first || !entry) return;
    const index = first.index + 1;
    const cell = row[index] ?? null;
    const place = { sheet: sheet.name, row: r + 1, column: { index, header: cellText(first.cell) } };
    const read = readSetting(entry.key, cell);
    if (!read.ok) {
      result.problems.push(problemAt(place, read.error));
      return;
    }
    const guess = guessNote(entry.key, cell);
    if (guess) result.problems.push(problemAt(place, guess, 'warning'));
    if (entry.key === 'lateDays') lateDays = read.value as number | null;
    else if (entry.key === 'format' || entry.key === 'roundFor') result.info[entry.key] = read.value as string;
    else if (isPolicyKey(entry.key)) Object.assign(result.policy, { [entry.key]: read.value });
    else Object.assign(result.values, { [entry.key]: read.value });
  });
  if (result.policy.lateDeadline?.mode === 'linear') {
    if (lateDays === null || lateDays <= 0) {
      result.problems.push({
        severity: 'error',
        sheet: sheet.name,
        message: `Foglio «${sheet.name}»: con il decremento lineare indicare i giorni (riga «${label('lateDays')}», colonna ${columnLetter(1)}).`,
      });
    } else result.policy.lateDeadline = { mode: 'linear', days: lateDays };
  }
  return result;
}

/** The readings of this sheet that are guesses, said as such (they only matter when the file creates a plan). */
function guessNote(key: string, cell: SheetCell | null): string | null {
  if (cell?.kind !== 'number' || !isUnformatted(cell.format)) return null;
  if (key === 'monitoringDate') return `il numero ${formatNumber(cell.value, 0)} senza formato è letto come la data ${formatDate(serialToIso(cell.value))}.`;
  if (key === 'cap' && cell.value <= 10) return `il numero ${formatNumber(cell.value, 2)} senza formato è letto come ${formatPercent(cell.value, 0)}.`;
  return null;
}

function isPolicyKey(key: SettingKey | PolicyKey | InfoKey): key is PolicyKey {
  return key === 'cap' || key === 'lateDeadline' || key === 'lateDays' || key === 'notYetDue' || key === 'missingInObjective';
}

/** The settings read as numbers: an unreadable number there is refused, never read from what the cell shows. */
const NUMERIC_KEYS = new Set(['year', 'horizonStart', 'horizonEnd', 'lateDays', 'monitoringDate', 'cap']);

function readSetting(key: SettingKey | PolicyKey | InfoKey, cell: SheetCell | null): ParseResult<unknown> {
  if (cell?.kind === 'unreadable' && NUMERIC_KEYS.has(key)) return fail(unreadableMessage(cell));
  const written = cellText(cell);
  const words = normalizeHeader(written);
  switch (key) {
    case 'ente':
    case 'title':
    case 'premessa':
    case 'format':
    case 'roundFor':
      return ok(cell?.kind === 'text' ? cell.text.trim() : written);
    case 'year':
    case 'horizonStart':
    case 'horizonEnd':
      return /^\d{4}$/.test(written) ? ok(Number(written)) : fail('scrivere un anno di quattro cifre (es. 2024)');
    case 'lateDays':
      if (written === '') return ok(null);
      return /^\d{1,4}$/.test(written) ? ok(Number(written)) : fail('scrivere un numero intero di giorni');
    case 'monitoringDate':
      if (cell?.kind === 'date') return ok(cell.iso);
      // A date cell that lost its format is its serial number (45473 = 30/06/2024): the row holds only dates.
      if (cell?.kind === 'number' && isUnformatted(cell.format) && Number.isInteger(cell.value) && cell.value > 0) return ok(serialToIso(cell.value));
      return parseDate(written);
    case 'cap':
      if (['nessuno', 'nessun limite', 'senza limite', 'no'].includes(words)) return ok(null);
      // Without a format, 1 or 1,2 are the 100% or 120% cell that lost it (a 1% cap means nothing).
      if (cell?.kind === 'number' && isUnformatted(cell.format) && cell.value <= 10) return ok(cell.value);
      return cell ? readFraction(cell) : fail('scrivere una percentuale (es. 100%) oppure "nessuno"');
    case 'lateDeadline':
      if (words.includes('linear')) return ok({ mode: 'linear', days: 0 });
      if (words.includes('0') || words.includes('zero')) return ok({ mode: 'zero' });
      return fail(`scrivere "${LATE_ZERO}" oppure "${LATE_LINEAR}"`);
    case 'notYetDue':
      if (words.startsWith('n d') || words === 'nd') return ok('nd');
      if (words.startsWith('valutat')) return ok('score');
      return fail(`scrivere "${NOT_YET_SCORE}" oppure "${NOT_YET_ND}"`);
    case 'missingInObjective':
      if (words.startsWith('esclus')) return ok('exclude');
      if (words.includes('0') || words.includes('zero')) return ok('zero');
      return fail(`scrivere "${MISSING_EXCLUDE}" oppure "${MISSING_ZERO}"`);
  }
}
