/**
 * The settings of a plan an import creates: from the Piano sheet when the file has one, otherwise from what the
 * tables say — "Valore al 30/06/2024" gives the monitoring date and the year, "Target 2024/2025/2026" the horizon,
 * a title row "Piano … 2024" the year and the title. Every such reading is listed; the ente, which no header
 * carries, is asked for (UI) or reported (CLI). Why: a colleague's sheet without a Piano sheet must still import.
 */
import type { Problem } from '../api';
import { formatDate } from '../dates';
import type { IsoDate, PlanSettings } from '../model';
import { DEFAULT_POLICY } from '../scoring';
import { cellText } from './headerText';
import type { FileSettings } from './planSheet';
import type { RecognisedWorkbook } from './recogniseSheets';
import { sheetProblem } from './sheetLayout';

const YEAR = /(?:^|\D)((?:19|20|21)\d{2})(?:\D|$)/;

/** The start of the refusal when no year is found (importWorkbooks.ts recognises it). */
export const YEAR_UNKNOWN = "Impossibile stabilire l'anno del nuovo piano";
/** The refusal of a new plan without an ente, the same in the dialog (which asks for it) and on the command line. */
export const ENTE_MISSING = "L'ente del nuovo piano non è indicato nel file";

interface HeaderEvidence {
  dates: { date: IsoDate; header: string; sheet: string }[];
  years: number[];
  title: string | null;
  titleYear: number | null;
  /** The plan's year written on each card row (the performance portal's «Anno» column). */
  columnYear: { year: number; header: string; sheet: string } | null;
}

function columnYearOf(files: readonly RecognisedWorkbook[]): HeaderEvidence['columnYear'] {
  for (const { cardTables } of files) {
    for (const { sheet, layout } of cardTables) {
      const column = layout.columns.find((c) => c.meaning === 'planYear');
      if (!column) continue;
      for (let r = layout.headerIndex + 1; r < sheet.rows.length; r++) {
        const year = Number(cellText(sheet.rows[r]?.[column.index]));
        if (Number.isInteger(year) && year >= 1990 && year <= 2100) return { year, header: column.header, sheet: sheet.name };
      }
    }
  }
  return null;
}

function evidenceOf(files: readonly RecognisedWorkbook[]): HeaderEvidence {
  const dates: HeaderEvidence['dates'] = [];
  const years: number[] = [];
  for (const { indicatorTables } of files) {
    for (const { sheet, blocks } of indicatorTables) {
      for (const block of blocks) {
        for (const column of block.layout.columns) {
          const meaning = column.meaning;
          // A value column counts for the monitoring date once it holds values (an export lists every date of the plan).
          const filled = block.rows.some((r) => cellText(sheet.rows[r]?.[column.index]) !== '');
          if (meaning.kind === 'measurement' && meaning.date && filled && !dates.some((d) => d.date === meaning.date)) dates.push({ date: meaning.date, header: column.header, sheet: sheet.name });
          if (meaning.kind === 'target' && meaning.year !== null) years.push(meaning.year);
        }
      }
    }
  }
  const title = files.flatMap((f) => f.titles).find((t) => /piano/i.test(t) || YEAR.test(t)) ?? null;
  const titleYear = title ? Number(YEAR.exec(title)?.[1] ?? NaN) : NaN;
  return { dates: dates.sort((a, b) => a.date.localeCompare(b.date)), years, title, titleYear: Number.isNaN(titleYear) ? null : titleYear, columnYear: columnYearOf(files) };
}

/**
 * Settings of a new plan: the Piano sheet's rows first, then the headers; `options` (year and ente given by the
 * user) win over both. Missing required rows of a Piano sheet are errors; guesses from headers are warnings.
 */
export function newPlanSettings(
  piano: FileSettings | null,
  files: readonly RecognisedWorkbook[],
  options: { year?: number; ente?: string },
  problems: Problem[],
): PlanSettings {
  const values = piano?.values ?? {};
  const evidence = evidenceOf(files);
  const latest = evidence.dates[evidence.dates.length - 1];
  const guesses: string[] = [];
  if (piano) {
    const missing = (label: string) => problems.push(sheetProblem('Piano', `manca la riga «${label}», necessaria per creare un nuovo piano.`));
    if (values.year === undefined && options.year === undefined) missing('Anno');
    if (!values.monitoringDate) missing('Data di monitoraggio');
    if (values.horizonStart === undefined) missing('Orizzonte: primo anno');
    if (values.horizonEnd === undefined) missing('Orizzonte: ultimo anno');
    if (Object.keys(piano.policy).length < 4) {
      problems.push(sheetProblem('Piano', 'politica di calcolo incompleta: per le voci assenti vale la politica predefinita (limite 100%, ritardi 0%).', 'warning'));
    }
  }
  const dateYear = latest ? Number(latest.date.slice(0, 4)) : undefined;
  const columnYear = evidence.columnYear;
  const year = options.year ?? values.year ?? columnYear?.year ?? dateYear ?? evidence.titleYear ?? (evidence.years.length > 0 ? Math.min(...evidence.years) : undefined);
  if (!piano && year !== undefined && options.year === undefined) {
    const source = columnYear
      ? `dalla colonna «${columnYear.header}» (foglio «${columnYear.sheet}»)`
      : latest
        ? `dall'intestazione «${latest.header}» (foglio «${latest.sheet}»)`
        : evidence.titleYear !== null
          ? `dal titolo «${evidence.title}»`
          : 'dalle colonne dei target';
    guesses.push(`anno ${year} ricavato ${source}`);
  }
  if (year === undefined) {
    problems.push({
      severity: 'error',
      message: `${YEAR_UNKNOWN}: il file non ha il foglio «Piano» né intestazioni con una data («Valore al 30/06/2024») o un anno. Indicare l'anno (--year) o aggiungere il foglio «Piano».`,
    });
  }
  const planYear = year ?? 0;
  let monitoringDate = values.monitoringDate;
  if (!monitoringDate && latest) {
    monitoringDate = latest.date;
    guesses.push(`data di monitoraggio ${formatDate(latest.date)} ricavata dall'intestazione «${latest.header}»${evidence.dates.length > 1 ? ' (la più recente delle date delle colonne dei valori)' : ''}`);
  }
  if (!monitoringDate && !piano && year !== undefined) guesses.push(`data di monitoraggio non indicata: impostata al 31/12/${planYear}`);
  const horizonEnd = values.horizonEnd ?? Math.max(planYear + 2, ...evidence.years.filter((y) => y >= planYear && y <= planYear + 4));
  const ente = options.ente?.trim() || values.ente || '';
  if (ente === '') {
    problems.push({ severity: 'error', message: `${ENTE_MISSING}: scriverlo nel campo «Ente del nuovo piano» (da riga di comando: --ente "Camera di Commercio di …").` });
  }
  if (guesses.length > 0) {
    problems.push({ severity: 'warning', message: `Il file non ha il foglio «Piano»: ${guesses.join('; ')}. Controllare prima di applicare.` });
  }
  return {
    ente,
    year: planYear,
    title: values.title ?? (evidence.title && /piano/i.test(evidence.title) ? evidence.title : `Piano degli indicatori e dei risultati attesi di bilancio ${planYear}`),
    monitoringDate: monitoringDate ?? `${planYear}-12-31`,
    horizonStart: values.horizonStart ?? planYear,
    horizonEnd,
    premessa: values.premessa ?? '',
    policy: { ...DEFAULT_POLICY, ...(piano?.policy ?? {}) },
  };
}
