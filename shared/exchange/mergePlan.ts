/**
 * Builds the plan an import would store: the target plan (or a new one from the file's "Piano" sheet) with the
 * file's cards and indicators applied, plus the pairs old → new that the preview's diff is computed from.
 * Why: apply writes exactly this document, so what the preview shows is what gets written.
 */
import type { Problem } from '../api';
import type { Card, Catalogues, PlanDocument, PlanSettings } from '../model';
import { blankCard, horizonYears } from '../planDefaults';
import { DEFAULT_POLICY } from '../scoring';
import type { FileCard } from './cardsSheet';
import type { FileIndicator } from './indicatorRows';
import { mergeIndicators, type IndicatorPair } from './mergeIndicators';
import type { FileSettings } from './planSheet';
import { problemAt, sheetProblem } from './sheetLayout';

export interface CardPair {
  old: Card | null;
  next: Card;
  /** False for a stored card the file does not mention (kept as it is). */
  inFile: boolean;
  indicators: IndicatorPair[];
}

export interface FileContent {
  settings: FileSettings | null;
  catalogues: Catalogues | null;
  cards: FileCard[];
  indicators: FileIndicator[];
  /** False when the file has no indicator table: stored indicators are then left alone, not reported absent. */
  hasIndicatorTable: boolean;
}

export interface MergeResult {
  doc: PlanDocument;
  pairs: CardPair[];
  problems: Problem[];
}

const EMPTY_CATALOGUES: Catalogues = { missioni: [], programmi: [], ambiti: [], obiettiviStrategici: [], aree: [], uffici: [], tipologie: [], unita: [] };


/** Settings of a plan created from the file: required rows must be there, a missing policy row is reported. */
export function settingsFromFile(file: FileSettings | null, year: number | undefined, problems: Problem[]): PlanSettings {
  const values = file?.values ?? {};
  const missing = (label: string) => problems.push(sheetProblem('Piano', `manca la riga «${label}», necessaria per creare un nuovo piano.`));
  if (!file) problems.push({ severity: 'error', message: 'Il file non ha il foglio «Piano» (ente, anno, data di monitoraggio): impossibile creare un nuovo piano.' });
  else {
    if (!values.ente) missing('Ente');
    if (values.year === undefined && year === undefined) missing('Anno');
    if (!values.monitoringDate) missing('Data di monitoraggio');
    if (values.horizonStart === undefined) missing('Orizzonte: primo anno');
    if (values.horizonEnd === undefined) missing('Orizzonte: ultimo anno');
    const policyRows = Object.keys(file.policy).length;
    if (policyRows < 4) {
      problems.push(sheetProblem('Piano', 'politica di calcolo incompleta: per le voci assenti vale la politica predefinita (limite 100%, ritardi 0%).', 'warning'));
    }
  }
  const planYear = year ?? values.year ?? 0;
  return {
    ente: values.ente ?? '',
    year: planYear,
    title: values.title ?? `Piano degli indicatori e dei risultati attesi di bilancio ${planYear}`,
    monitoringDate: values.monitoringDate ?? `${planYear}-12-31`,
    horizonStart: values.horizonStart ?? planYear,
    horizonEnd: values.horizonEnd ?? planYear + 2,
    premessa: values.premessa ?? '',
    policy: { ...DEFAULT_POLICY, ...(file?.policy ?? {}) },
  };
}

export function mergePlan(stored: PlanDocument | null, file: FileContent, year: number | undefined): MergeResult {
  const problems: Problem[] = [];
  const settings = stored ? stored.settings : settingsFromFile(file.settings, year, problems);
  const catalogues = stored ? stored.catalogues : (file.catalogues ?? EMPTY_CATALOGUES);
  if (!stored && !file.catalogues) problems.push({ severity: 'warning', message: 'Il file non contiene i cataloghi: il nuovo piano avrà cataloghi vuoti, da completare.' });
  if (stored && file.settings?.values.year !== undefined && file.settings.values.year !== stored.settings.year) {
    problems.push(sheetProblem('Piano', `il file riguarda il piano ${file.settings.values.year}, non il piano ${stored.settings.year} di destinazione.`));
  }
  const ctx = { monitoringDate: settings.monitoringDate, horizonYears: horizonYears(settings) };
  const fileCards = new Map<string, FileCard>();
  for (const card of file.cards) {
    const earlier = fileCards.get(card.code);
    if (earlier) problems.push(problemAt(card.place, `il codice ${card.code} è già usato alla riga ${earlier.place.row}.`));
    else fileCards.set(card.code, card);
  }
  const rowsByCard = new Map<string, FileIndicator[]>();
  for (const row of file.indicators) rowsByCard.set(row.cardCode, [...(rowsByCard.get(row.cardCode) ?? []), row]);
  const storedCards = stored?.cards ?? [];
  const storedCodes = new Set(storedCards.map((c) => c.code));
  for (const [code, rows] of rowsByCard) {
    const first = rows[0];
    if (!storedCodes.has(code) && !fileCards.has(code) && first) {
      problems.push(problemAt(first.place, `la scheda ${code} non esiste nel piano né nel foglio «Obiettivi».`));
    }
  }
  const mergeCard = (old: Card | null, fileCard: FileCard | undefined, position: number): CardPair => {
    const rows = rowsByCard.get(old?.code ?? fileCard?.code ?? '') ?? [];
    const storedIndicators = old?.indicators ?? [];
    const indicators: IndicatorPair[] = file.hasIndicatorTable
      ? mergeIndicators(rows, storedIndicators, ctx, problems)
      : storedIndicators.map((i) => ({ old: i, next: i, inFile: false }));
    const base = old ?? newCard(fileCard, position, problems);
    const next: Card = { ...base, ...(fileCard?.fields ?? {}), indicators: indicators.map((p) => p.next) };
    return { old, next, inFile: Boolean(fileCard) || rows.length > 0, indicators: file.hasIndicatorTable ? indicators : [] };
  };
  const pairs = storedCards.map((card) => mergeCard(card, fileCards.get(card.code), card.position));
  let position = Math.max(0, ...storedCards.map((c) => c.position));
  for (const fileCard of fileCards.values()) {
    if (!storedCodes.has(fileCard.code)) pairs.push(mergeCard(null, fileCard, ++position));
  }
  return { doc: { id: stored?.id ?? 0, settings, catalogues, cards: pairs.map((p) => p.next) }, pairs, problems };
}

function newCard(fileCard: FileCard | undefined, position: number, problems: Problem[]): Card {
  const fields = fileCard?.fields ?? {};
  if (fileCard && !fields.title) problems.push(problemAt(fileCard.place, `manca il titolo dell'obiettivo della nuova scheda ${fileCard.code}.`));
  if (fileCard && !fields.resources) {
    problems.push(problemAt(fileCard.place, `la nuova scheda ${fileCard.code} non indica le risorse economiche: impostate a «risorse interne».`, 'warning'));
  }
  return blankCard({ code: fileCard?.code ?? '', position });
}
