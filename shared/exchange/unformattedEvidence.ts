/**
 * Decides how to read each number that had no format (unformattedNumbers.ts), by evidence: the plan's current value
 * of the same field (0,8 where the plan holds 80% is 80%), else the other unformatted numbers of the same column,
 * else the number's size. Every such reading becomes a decision in the preview; one that would change the plan is
 * applied only once confirmed. Why: "letto 0,8 come 80%: confermare", never a silent 0,8%.
 */
import type { ImportDecision } from '../api';
import type { Value } from '../model';
import { formatNumber, formatValue } from '../values';
import { sameValue } from './fieldAccess';
import { problemAt } from './sheetLayout';
import { judgeBarePercent, naturalDecimals, type PercentReadingId } from '../percentEvidence';
import { readingValue, type Ambiguity, type ReadingId } from './unformattedNumbers';

export interface OpenReading {
  /** Stable key of the decision. */
  id: string;
  ambiguity: Ambiguity;
  /** The plan's value of the same field, when the row matches a stored indicator. */
  stored: Value | undefined;
  /** "scheda 01_01_OS01, «Grado di utilizzo delle risorse», Target 2024". */
  where: string;
}

const columnOf = (a: Ambiguity) => `${a.kind}|${a.place.sheet}|${a.place.column?.index ?? -1}`;

/** The reading each open number takes (chosen, or suggested until confirmed) and the decisions to show. */
export function decideReadings(open: readonly OpenReading[], choices: Readonly<Record<string, string>>): { values: Map<string, Value>; decisions: ImportDecision[] } {
  const byEvidence = new Map<string, ReadingId>();
  for (const item of open) {
    const match = item.ambiguity.readings.find((r) => item.stored !== undefined && sameValue(r.value, item.stored));
    if (match) byEvidence.set(item.id, match.id);
  }
  const columns = new Map<string, Set<ReadingId>>();
  for (const item of open) {
    const id = byEvidence.get(item.id);
    if (id) columns.set(columnOf(item.ambiguity), (columns.get(columnOf(item.ambiguity)) ?? new Set()).add(id));
  }
  const values = new Map<string, Value>();
  const decisions: ImportDecision[] = [];
  for (const item of open) {
    const { ambiguity } = item;
    const evidence = byEvidence.get(item.id);
    const first = ambiguity.readings[0]?.value;
    const oneMeaning = ambiguity.readings.every((r) => sameValue(r.value, first));
    // A count under a count's UdM, or a number every reading agrees on, is no guess: read it and say nothing.
    if (oneMeaning || (ambiguity.kind === 'plain' && (evidence ?? 'numero') === 'numero')) {
      values.set(item.id, readingValue(ambiguity, evidence ?? ambiguity.bySize));
      continue;
    }
    const column = columns.get(columnOf(ambiguity));
    const fromColumn = column?.size === 1 ? [...column][0] : undefined;
    // Under a % indicator the one rule of typing and paste decides (a 46,56 can only be points: no question).
    const rule = ambiguity.underPercent ? judgeBarePercent(ambiguity.written, { stored: item.stored, column: fromColumn as PercentReadingId | undefined }) : null;
    const suggested = rule?.suggested ?? evidence ?? fromColumn ?? ambiguity.bySize;
    const reason = evidence
      ? 'come il valore del piano'
      : fromColumn
        ? 'come gli altri numeri senza formato della stessa colonna'
        : ambiguity.kind === 'date'
          ? 'perché è un numero di data plausibile'
          : 'per la sua grandezza';
    const required = rule ? rule.confirm : evidence === undefined;
    const valid = ambiguity.readings.some((r) => r.id === choices[item.id]);
    const chosen = valid ? (choices[item.id] as ReadingId) : required ? null : suggested;
    values.set(item.id, readingValue(ambiguity, chosen ?? suggested));
    const written = formatNumber(ambiguity.written, naturalDecimals(ambiguity.written));
    const shown = formatValue(readingValue(ambiguity, suggested));
    const message = problemAt(
      ambiguity.place,
      `${item.where}: la cella non ha formato; letto ${written} come ${shown} ${reason}${required ? ': confermare' : ''}.`,
      'warning',
    ).message;
    decisions.push({
      id: item.id,
      kind: 'reading',
      message,
      options: ambiguity.readings.map((r) => ({ id: r.id, label: formatValue(r.value) })),
      suggested,
      chosen,
      required,
    });
  }
  return { values, decisions };
}
