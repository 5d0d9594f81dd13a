/**
 * One workbook's cards and indicators applied onto the target plan (or the new plan it creates): the pairs
 * old → new that combineFiles.ts merges with the other workbooks and the preview's diff is computed from.
 * Why: apply writes exactly the document built from these pairs, so what the preview shows is what gets written.
 */
import type { ImportDecision, Problem } from '../api';
import type { Card, Catalogues, PlanDocument } from '../model';
import { blankCard, horizonYears } from '../planDefaults';
import type { FileCard } from './cardsSheet';
import { matchRows } from './indicatorMatch';
import type { FileIndicator } from './indicatorRows';
import { openReadings, orderRows, pairRows, sameShallow, withReadings, type IndicatorPair } from './mergeIndicators';
import type { FileSettings } from './planSheet';
import { problemAt, sheetProblem } from './sheetLayout';
import { decideReadings } from './unformattedEvidence';
import { confirmCells } from './cellConfirmations';
import { sameJson } from './fieldAccess';

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

export interface FileMerge {
  pairs: CardPair[];
  /**
   * Where in `pairs` the cards the file mentions and its new cards are, in order: every other pair is a stored card
   * left out, as stored (a round's workbook mentions a twelfth of the plan; what follows looks at these only).
   */
  mentioned: number[];
  decisions: ImportDecision[];
  problems: Problem[];
}

/**
 * One workbook applied onto `base` (the target plan, or the new plan being created with no cards yet): rows are
 * paired with stored indicators, numbers without a format are read by evidence, and every question is returned as
 * a decision. `fileKey` keeps the decisions of several workbooks apart.
 */
export function mergeFile(base: PlanDocument, file: FileContent, choices: Readonly<Record<string, string>>, fileKey: string): FileMerge {
  const problems: Problem[] = [];
  const decisions: ImportDecision[] = [];
  const { settings } = base;
  if (file.settings?.values.year !== undefined && file.settings.values.year !== settings.year) {
    problems.push(sheetProblem('Piano', `il file riguarda il piano ${file.settings.values.year}, non il piano ${settings.year} di destinazione.`));
  }
  const ctx = { monitoringDate: settings.monitoringDate, horizonYears: horizonYears(settings) };
  const fileCards = new Map<string, FileCard>();
  const { codes: storedCodes, lastPosition, indexesOf } = storedIndex(base.cards);
  for (const card of file.cards) {
    if (card.onlyIfNew && storedCodes.has(card.code)) continue;
    const earlier = fileCards.get(card.code);
    if (earlier) problems.push(problemAt(card.place, `il codice ${card.code} è già usato alla riga ${earlier.place.row}.`));
    else fileCards.set(card.code, card);
  }
  const rowsByCard = new Map<string, FileIndicator[]>();
  for (const row of file.indicators) {
    const rows = rowsByCard.get(row.cardCode);
    if (rows) rows.push(row);
    else rowsByCard.set(row.cardCode, [row]);
  }
  for (const [code, rows] of rowsByCard) {
    const first = rows[0];
    if (!storedCodes.has(code) && !fileCards.has(code) && first) {
      problems.push(problemAt(first.place, `la scheda ${code} non esiste nel piano né nel foglio «Obiettivi».`));
    }
  }
  let position = lastPosition;
  // The stored cards the workbook mentions (a round's workbook: a twelfth of them), then its new ones; every other
  // stored card is paired as unmentioned at the end, in its place, without being looked at again.
  // Found by their codes, not by a pass over every stored card for each workbook.
  const storedAt: number[] = [];
  for (const code of fileCards.keys()) storedAt.push(...(indexesOf.get(code) ?? []));
  for (const code of rowsByCard.keys()) if (!fileCards.has(code)) storedAt.push(...(indexesOf.get(code) ?? []));
  storedAt.sort((a, b) => a - b);
  const targets: { old: Card | null; fileCard: FileCard | undefined; position: number; index: number | null }[] = [];
  for (const index of storedAt) {
    const card = base.cards[index]!;
    targets.push({ old: card, fileCard: fileCards.get(card.code), position: card.position, index });
  }
  for (const fileCard of fileCards.values()) {
    if (!storedCodes.has(fileCard.code)) targets.push({ old: null, fileCard, position: ++position, index: null });
  }
  // Pair the rows first: the evidence for a number without a format is the value of the indicator it updates.
  const readingPrefix = `lettura|${fileKey}`;
  const paired = targets.map(({ old, fileCard }) => {
    const code = old?.code ?? fileCard?.code ?? '';
    const rows = orderRows(rowsByCard.get(code) ?? [], problems);
    if (!old) return { rows, matches: rows.map(() => null) };
    const key = (row: FileIndicator, index: number) => `abbinamento|${fileKey}|${code}|${row.place.sheet}|${row.place.row}|${index}`;
    const matched = matchRows(rows, old.indicators, key, choices);
    decisions.push(...matched.decisions);
    return { rows, matches: matched.matches };
  });
  // Only the rows with a number without a format, an unreadable cell or an empty one have anything to decide: few.
  const open: ReturnType<typeof openReadings> = [];
  const toConfirm: Parameters<typeof confirmCells>[0][number][] = [];
  for (let i = 0; i < targets.length; i++) {
    const { rows, matches } = paired[i]!;
    const stored = targets[i]!.old?.indicators;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      if (row.readings.size === 0 && row.confirmations.size === 0 && row.blanks.size === 0) continue;
      const match = matches[r];
      const old = match && stored ? (stored[match.index] ?? null) : null;
      if (row.readings.size > 0) open.push(...openReadings(row, old, readingPrefix));
      if (row.confirmations.size > 0 || row.blanks.size > 0) toConfirm.push({ row, old });
    }
  }
  const readings = decideReadings(open, choices);
  decisions.push(...readings.decisions);
  const withoutResources: FileCard[] = [];
  // Unreadable numbers that can stand for one, and empty cells over stored values: decided before they count.
  const confirmed = confirmCells(toConfirm, choices, `conferma|${fileKey}`);
  decisions.push(...confirmed.decisions);
  const pairOf = ({ old, fileCard, position: at }: (typeof targets)[number], i: number): CardPair => {
    const rows = (paired[i]?.rows ?? []).map((row) => withReadings(confirmed.apply(row), readingPrefix, readings.values));
    const storedIndicators = old?.indicators ?? [];
    const indicators: IndicatorPair[] = file.hasIndicatorTable
      ? pairRows(rows, paired[i]?.matches ?? [], storedIndicators, ctx, problems)
      : storedIndicators.map((indicator) => ({ old: indicator, next: indicator, inFile: false }));
    const nextIndicators = indicators.map((p) => p.next);
    const inFile = Boolean(fileCard) || rows.length > 0;
    // A card the file leaves as it is stays the stored object (see sameShallow), found first without building the copy.
    if (old && writesCardAsStored(old, fileCard?.fields ?? {}, nextIndicators)) return { old, next: old, inFile, indicators: file.hasIndicatorTable ? indicators : [] };
    const card = old ?? newCard(fileCard, at, problems, withoutResources);
    const built: Card = { ...card, ...storedWhereSame(old, fileCard?.fields ?? {}), indicators: nextIndicators };
    const next = old && sameShallow(old, built) ? old : built;
    return { old, next, inFile, indicators: file.hasIndicatorTable ? indicators : [] };
  };
  // Each stored card in its place (those the workbook leaves out as unmentioned), then the new cards. A whole plan's
  // workbook pairs the few it leaves out one by one; a round's (a twelfth of the cards) copies the plan's list.
  const mentionsMost = targets.filter((t) => t.index !== null).length * 2 > base.cards.length;
  const pairs: CardPair[] = mentionsMost ? new Array<CardPair>(base.cards.length) : unmentionedAll(base.cards, file.hasIndicatorTable).slice();
  const mentioned: number[] = [];
  targets.forEach((target, i) => {
    const at = target.index ?? pairs.length;
    pairs[at] = pairOf(target, i);
    mentioned.push(at);
  });
  if (mentionsMost) for (let i = 0; i < base.cards.length; i++) pairs[i] ??= unmentioned(base.cards[i]!, file.hasIndicatorTable);
  const [first] = withoutResources;
  if (first) {
    const which = withoutResources.length === 1 ? `la nuova scheda ${first.code} non indica` : `${withoutResources.length} nuove schede (${withoutResources.map((c) => c.code).join(', ')}) non indicano`;
    problems.push(problemAt(first.place, `${which} le risorse economiche: impostate a «risorse interne».`, 'warning'));
  }
  const assumed = assumedOperators(file.indicators, pairs);
  if (assumed > 0) {
    problems.push({
      severity: 'warning',
      message: `Il file non scrive l'operatore (>=, <=, =) degli indicatori: ${assumed === 1 ? "l'indicatore nuovo ha" : `i ${assumed} indicatori nuovi hanno`} l'operatore «>=»; controllarlo nelle schede.`,
    });
  }
  return { pairs, mentioned, decisions, problems };
}

/** The stored cards' codes, places and last position, by the plan's list of cards: made once for all the workbooks of a round. */
interface StoredIndex {
  codes: ReadonlySet<string>;
  lastPosition: number;
  /** Where each code is in the plan's list (a code twice in a damaged plan: both places, in order). */
  indexesOf: ReadonlyMap<string, readonly number[]>;
}

const storedIndexes = new WeakMap<readonly Card[], StoredIndex>();

function storedIndex(cards: readonly Card[]): StoredIndex {
  let index = storedIndexes.get(cards);
  if (!index) {
    let lastPosition = 0;
    const indexesOf = new Map<string, number[]>();
    cards.forEach((card, i) => {
      lastPosition = Math.max(lastPosition, card.position);
      const found = indexesOf.get(card.code);
      if (found) found.push(i);
      else indexesOf.set(card.code, [i]);
    });
    index = { codes: new Set(indexesOf.keys()), lastPosition, indexesOf };
    storedIndexes.set(cards, index);
  }
  return index;
}

/** `fields` with each object the stored card holds equal (the resources, read anew from the file) taken from it. */
function storedWhereSame(old: Card | null, fields: FileCard['fields']): FileCard['fields'] {
  if (!old) return fields;
  const kept: Record<string, unknown> = { ...fields };
  for (const [key, value] of Object.entries(fields)) {
    const stored = (old as unknown as Record<string, unknown>)[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && sameJson(value, stored)) kept[key] = stored;
  }
  return kept as FileCard['fields'];
}

/**
 * Whether the card built from `old`, the file's `fields` (storedWhereSame) and `indicators` would hold exactly what
 * `old` holds (sameShallow): only when this is sure; any other case is left to sameShallow on the built card.
 */
function writesCardAsStored(old: Card, fields: FileCard['fields'], indicators: readonly Card['indicators'][number][]): boolean {
  const stored = old as unknown as Record<string, unknown>;
  const written = fields as Record<string, unknown>;
  for (const key in written) {
    const value = written[key];
    if (!Object.hasOwn(stored, key)) return false;
    const kept = stored[key];
    if (value === kept) continue;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && sameJson(value, kept)) continue;
    if (!Array.isArray(value) || !Array.isArray(kept) || value.length !== kept.length || value.some((v, i) => v !== kept[i])) return false;
  }
  return indicators.length === old.indicators.length && indicators.every((indicator, i) => indicator === old.indicators[i]);
}

/** The pair of each stored card a workbook does not mention, by whether it has an indicator table: shared, read only. */
const unmentionedPairs = new WeakMap<Card, { withTable?: CardPair; without?: CardPair }>();

/**
 * A stored card the workbook does not mention, as the general path pairs it (its indicators kept, none in the file),
 * built once for every workbook of the round that leaves it out and every preview of the import.
 */
function unmentioned(old: Card, hasIndicatorTable: boolean): CardPair {
  const known = unmentionedPairs.get(old) ?? {};
  const slot = hasIndicatorTable ? 'withTable' : 'without';
  const found = known[slot];
  if (found) return found;
  const indicators = old.indicators.map((indicator): IndicatorPair => ({ old: indicator, next: indicator, inFile: false }));
  const pair: CardPair = { old, next: { ...old, indicators: indicators.map((p) => p.next) }, inFile: false, indicators: hasIndicatorTable ? indicators : [] };
  unmentionedPairs.set(old, { ...known, [slot]: pair });
  return pair;
}

const unmentionedLists = new WeakMap<readonly Card[], { withTable?: readonly CardPair[]; without?: readonly CardPair[] }>();

/** Every stored card paired as unmentioned, in plan order: made once per plan, copied by each workbook of a round. */
function unmentionedAll(cards: readonly Card[], hasIndicatorTable: boolean): readonly CardPair[] {
  const known = unmentionedLists.get(cards) ?? {};
  const slot = hasIndicatorTable ? 'withTable' : 'without';
  const found = known[slot];
  if (found) return found;
  const pairs = cards.map((old) => unmentioned(old, hasIndicatorTable));
  unmentionedLists.set(cards, { ...known, [slot]: pairs });
  return pairs;
}

/** How many new indicators took the default operator of a table that writes none. */
function assumedOperators(rows: readonly FileIndicator[], pairs: readonly CardPair[]): number {
  const key = (place: { sheet: string; row: number }) => `${place.sheet}|${place.row}`;
  const assumed = new Set(rows.filter((r) => r.defaultOperator && !r.fields.operator).map((r) => key(r.place)));
  if (assumed.size === 0) return 0; // a table that writes its operators (nearly always): no indicator to look at
  return pairs.reduce((n, p) => n + p.indicators.filter((i) => !i.old && i.place && assumed.has(key(i.place))).length, 0);
}

function newCard(fileCard: FileCard | undefined, position: number, problems: Problem[], withoutResources: FileCard[]): Card {
  const fields = fileCard?.fields ?? {};
  if (fileCard && !fields.title) problems.push(problemAt(fileCard.place, `manca il titolo dell'obiettivo della nuova scheda ${fileCard.code}.`));
  if (fileCard && !fields.resources) withoutResources.push(fileCard);
  const code = fileCard?.code ?? '';
  // The ambito's line is the code's prefix (01_01_OS01 → 01_01) unless the file says otherwise.
  return blankCard({ code, position, ambitoLine: LINE_OF_CODE.exec(code)?.[1] ?? '' });
}

const LINE_OF_CODE = /^\s*(\d{2}_\d{2})_/;
