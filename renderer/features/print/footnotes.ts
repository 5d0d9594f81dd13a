/**
 * Numbered footnotes of a printed card: the scoring policy, then per indicator its note, the amendments of its
 * value, manual override and special cap, numbered in reading order; an identical text keeps its first number.
 * Why: the printed figures must say how they were obtained (domain.md §3/§5) without crowding the table.
 */
import { formatDate, formatDateTime } from '../../../shared/dates';
import type { Amendment, Indicator, Override } from '../../../shared/model';
import { formatPercent, formatPerformance, formatValue } from '../../../shared/values';

export interface Footnote {
  number: number;
  text: string;
}

/**
 * What one table row contributes: the note goes on the indicator's name, amendments on its value, override and cap
 * on its performance.
 */
export interface RowNoteTexts {
  note: string | null;
  amendments: string[];
  override: string | null;
  cap: string | null;
}

export interface CardFootnotes {
  /** Number of the policy note, shown on the "Performance" column header. */
  policyRef: number;
  rows: Array<{ nameRefs: number[]; valueRefs: number[]; performanceRefs: number[] }>;
  notes: Footnote[];
}

export function numberCardFootnotes(policyText: string, rows: RowNoteTexts[]): CardFootnotes {
  const notes: Footnote[] = [];
  const ref = (text: string): number => {
    const existing = notes.find((note) => note.text === text);
    if (existing) return existing.number;
    const number = notes.length + 1;
    notes.push({ number, text });
    return number;
  };
  const policyRef = ref(policyText);
  const numbered = rows.map((row) => {
    const nameRefs = row.note ? [ref(row.note)] : [];
    const valueRefs = row.amendments.map(ref);
    const performanceRefs = [row.override, row.cap].filter((t): t is string => Boolean(t)).map(ref);
    return { nameRefs, valueRefs, performanceRefs };
  });
  return { policyRef, rows: numbered, notes };
}

/** An indicator's free note as a footnote text; the seed's leading `*` marker is dropped (the number replaces it). */
export function indicatorNoteText(note: string): string | null {
  const text = note.replace(/^\s*\*+\s*/, '').trim();
  return text === '' ? null : text;
}

export function overrideNoteText(override: Override, computed: number | null): string {
  const reason = override.justification.trim();
  return (
    `Performance impostata manualmente al ${formatPerformance(override.performance)} ` +
    `(valore calcolato: ${formatPerformance(computed)}). Motivazione: ${reason}`
  );
}

function capLabel(cap: number | null): string {
  return cap === null ? 'nessun tetto' : `tetto ${formatPercent(cap, 0)}`;
}

/** Only an indicator whose cap differs from the plan's policy gets a note. */
export function capNoteText(indicatorCap: Indicator['cap'], planCap: number | null): string | null {
  if (indicatorCap === undefined) return null;
  const cap = indicatorCap === 'none' ? null : indicatorCap;
  if (cap === planCap) return null;
  const own = cap === null ? 'senza tetto: la performance può superare il 100%' : `con ${capLabel(cap)}`;
  return `Indicatore ${own} (eccezione alla politica del piano: ${capLabel(planCap)}).`;
}

/** A correction of a closed value, as its footnote says it: when, who, before → after, why. */
export function amendmentNoteText(amendment: Amendment): string {
  const value = (v: Amendment['before']) => (v === null ? 'vuoto' : formatValue(v));
  return (
    `Rettifica del valore al ${formatDate(amendment.date)} dopo la chiusura del monitoraggio, il ${formatDateTime(amendment.amendedAt)} ` +
    `da ${amendment.author}: ${value(amendment.before)} → ${value(amendment.after)}. Motivo: ${amendment.reason}`
  );
}
