/**
 * The plausibility warnings of the import preview: each value a workbook brings that differs from the plan's and
 * looks out of scale (a `%` over 100% where the targets are at most 100%, ten times off the target and the previous
 * value: shared/plausibility.ts, the same rule as typing and pasting), said at its sheet, row and column.
 * Why: 65 in a `%`-formatted cell is 6.500%; imported silently it scored 100% against a 50% target.
 */
import type { Problem } from '../api';
import { formatDate } from '../dates';
import { valueAt } from '../monitoringDates';
import { plausibilityWarnings } from '../plausibility';
import { sameValue } from './fieldAccess';
import type { CardPair } from './mergePlan';
import { problemAt } from './sheetLayout';

export function implausibleValueProblems(pairs: readonly CardPair[]): Problem[] {
  const problems: Problem[] = [];
  // A loop, not nested flatMaps: nearly every indicator of a large import is given back as stored and says nothing.
  for (const pair of pairs) {
    if (!pair.inFile) continue; // a card the workbook leaves out: none of its indicators is in the file
    for (const { old, next, inFile, place } of pair.indicators) {
      if (!inFile || !place || next === old) continue;
      for (const { date, value } of next.measurements) {
        if (old && sameValue(valueAt(old, date), value)) continue;
        for (const warning of plausibilityWarnings(next, date, value)) {
          problems.push({
            ...problemAt(place, `scheda ${pair.next.code}, «${next.name}», valore al ${formatDate(date)}: ${warning}.`, 'warning'),
            column: `Valore al ${formatDate(date)}`,
          });
        }
      }
    }
  }
  return problems;
}
