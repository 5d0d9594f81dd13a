/**
 * Which stored indicator a workbook row is: the same name (nearest position first), the name followed by its
 * algoritmo (the Word table's first cell), the same position (a canonical row renamed), or a close name (shown with
 * its similarity). A row and a stored indicator of the same card left unpaired are offered as "probably the same
 * indicator" to confirm. Why: an import must never double a card's indicators silently.
 */
import type { ImportDecision } from '../api';
import type { Indicator } from '../model';
import { formatNumber } from '../values';
import { normalizeHeader } from './headerText';
import type { FileIndicator } from './indicatorRows';

export interface RowMatch {
  /** Index of the stored indicator. */
  index: number;
  /** How it was recognised when not by its exact name or position (shown in the preview). */
  note?: string;
  /** The stored name, when the cell held the name followed by the algoritmo. */
  name?: string;
  /** The algoritmo that followed the name in the same cell, when the table has no algoritmo column. */
  algoritmo?: string;
}

/** Above this similarity a differently written name is the same indicator (shown with its similarity). */
const CLOSE = 0.85;
/** Below this similarity the proposal of an unpaired row is "a new indicator". */
const PLAUSIBLE = 0.5;

function bigrams(text: string): Map<string, number> {
  const words = ` ${normalizeHeader(text)} `;
  const grams = new Map<string, number>();
  for (let i = 0; i < words.length - 1; i++) {
    const gram = words.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of the letter pairs of two texts (case, accents and punctuation ignored): 1 = same words. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of x) {
    shared += Math.min(count, y.get(gram) ?? 0);
    total += count;
  }
  for (const count of y.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

export function percentText(fraction: number): string {
  return `${formatNumber(Math.round(fraction * 100), 0)}%`;
}

/** The words of `written` after the stored name, when `written` starts with it: `null` otherwise. */
function afterName(written: string, name: string): string | null {
  const target = normalizeHeader(name);
  if (target === '') return null;
  const words = written.trim().split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const head = normalizeHeader(words.slice(0, k).join(' '));
    if (head === target) return words.slice(k).join(' ').replace(/^[-–—:;,.]\s*/, '');
    if (head.length > target.length) return null;
  }
  return null;
}

/** Similarity of a row to a stored indicator: by name, or by name and algoritmo together. */
function closeness(row: FileIndicator, stored: Indicator): number {
  return Math.max(similarity(row.name, stored.name), similarity(row.name, `${stored.name} ${stored.algoritmo}`));
}

export interface MatchOutcome {
  matches: (RowMatch | null)[];
  decisions: ImportDecision[];
}

/**
 * Pairs the rows of one card with its stored indicators; `choices` holds the answers to earlier "probably the same
 * indicator" questions (`decisionKey(row, index)` → `stesso`/`nuovo`).
 */
export function matchRows(
  rows: FileIndicator[],
  stored: Indicator[],
  decisionKey: (row: FileIndicator, index: number) => string,
  choices: Readonly<Record<string, string>>,
): MatchOutcome {
  if (rows.length === 0) return { matches: [], decisions: [] }; // a card the workbook does not mention
  if (inStoredOrder(rows, stored)) return { matches: rows.map((_, index) => ({ index })), decisions: [] };
  const used = new Set<number>();
  const matches: (RowMatch | null)[] = rows.map(() => null);
  const take = (i: number, match: RowMatch) => {
    used.add(match.index);
    matches[i] = match;
  };
  const free = () => stored.map((indicator, index) => ({ indicator, index })).filter(({ index }) => !used.has(index));
  // 1. The same name; among several, the one at the row's position.
  rows.forEach((row, i) => {
    const named = free().filter(({ indicator }) => normalizeHeader(indicator.name) === normalizeHeader(row.name));
    const best = named.find(({ index }) => row.position === index + 1) ?? named[0];
    if (best) take(i, { index: best.index });
  });
  // 2. The name followed by the algoritmo in the same cell (the longest stored name that starts the cell).
  rows.forEach((row, i) => {
    if (matches[i]) return;
    const prefixed = free()
      .map(({ indicator, index }) => ({ index, indicator, rest: afterName(row.name, indicator.name) }))
      .filter((c) => c.rest !== null && c.rest !== '')
      .sort((a, b) => b.indicator.name.length - a.indicator.name.length)[0];
    if (!prefixed) return;
    const sameAlgoritmo = normalizeHeader(prefixed.rest ?? '') === normalizeHeader(prefixed.indicator.algoritmo);
    take(i, {
      index: prefixed.index,
      name: prefixed.indicator.name,
      note: sameAlgoritmo ? 'nome seguito dal suo algoritmo' : 'nome seguito da un algoritmo diverso',
      ...(row.fields.algoritmo !== undefined || sameAlgoritmo ? {} : { algoritmo: prefixed.rest ?? '' }),
    });
  });
  // 3. The same position (a renamed row of the canonical sheet).
  rows.forEach((row, i) => {
    const index = row.position === null ? -1 : row.position - 1;
    if (!matches[i] && stored[index] && !used.has(index)) take(i, { index });
  });
  // 4. A close name.
  rows.forEach((row, i) => {
    if (matches[i]) return;
    const best = free()
      .map(({ indicator, index }) => ({ index, score: closeness(row, indicator) }))
      .sort((a, b) => b.score - a.score)[0];
    if (best && best.score >= CLOSE) take(i, { index: best.index, note: `nome simile (somiglianza ${percentText(best.score)})` });
  });
  return { matches, decisions: proposePairs(rows, stored, matches, free, take, decisionKey, choices) };
}

/**
 * The rows name the stored indicators one for one, in order, and no two stored names are alike: what the steps below
 * find (each row the one stored indicator of its name), found without them. The usual case: the plan's own export.
 */
function inStoredOrder(rows: readonly FileIndicator[], stored: readonly Indicator[]): boolean {
  if (rows.length !== stored.length) return false;
  const names = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const name = normalizeHeader(stored[i]!.name);
    if (name !== normalizeHeader(rows[i]!.name) || names.has(name)) return false;
    names.add(name);
  }
  return true;
}

/** Every row still unpaired, with the most similar stored indicator still unpaired: the user says if it is the same. */
function proposePairs(
  rows: FileIndicator[],
  stored: Indicator[],
  matches: (RowMatch | null)[],
  free: () => { indicator: Indicator; index: number }[],
  take: (i: number, match: RowMatch) => void,
  decisionKey: (row: FileIndicator, index: number) => string,
  choices: Readonly<Record<string, string>>,
): ImportDecision[] {
  const candidates = rows
    .flatMap((row, i) => (matches[i] ? [] : free().map(({ indicator, index }) => ({ i, row, index, indicator, score: closeness(row, indicator) }))))
    .sort((a, b) => b.score - a.score);
  const decisions: ImportDecision[] = [];
  const paired = new Set<number>();
  const proposed = new Set<number>();
  for (const c of candidates) {
    if (paired.has(c.i) || proposed.has(c.index) || matches[c.i]) continue;
    paired.add(c.i);
    proposed.add(c.index);
    const id = decisionKey(c.row, c.index);
    const chosen = choices[id] === 'stesso' || choices[id] === 'nuovo' ? choices[id] : null;
    const suggested = c.score >= PLAUSIBLE ? 'stesso' : 'nuovo';
    // Until the user answers, the preview shows the proposal (the import cannot be applied meanwhile).
    if ((chosen ?? suggested) === 'stesso') {
      const how = chosen ? 'confermato come lo stesso indicatore' : 'proposto come lo stesso indicatore, da confermare';
      take(c.i, { index: c.index, note: `${how} (somiglianza ${percentText(c.score)})` });
    }
    decisions.push({
      id,
      kind: 'match',
      message:
        `Foglio «${c.row.place.sheet}», riga ${c.row.place.row}: «${c.row.name}» non corrisponde a nessun indicatore della scheda ${c.row.cardCode}, ` +
        `dove «${stored[c.index]?.name ?? ''}» è assente dal file (somiglianza ${percentText(c.score)}): probabilmente è lo stesso indicatore.`,
      options: [
        { id: 'stesso', label: `È lo stesso indicatore: aggiornare «${shorten(stored[c.index]?.name ?? '')}»` },
        { id: 'nuovo', label: 'È un indicatore nuovo: aggiungerlo alla scheda' },
      ],
      suggested,
      chosen,
      required: true,
    });
  }
  return decisions;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
