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
  return pairs.flatMap((pair) =>
    pair.indicators.flatMap(({ old, next, inFile, place }) => {
      if (!inFile || !place || next === old) return [];
      return next.measurements.flatMap(({ date, value }) => {
        if (old && sameValue(valueAt(old, date), value)) return [];
        return plausibilityWarnings(next, date, value).map((warning) => ({
          ...problemAt(place, `scheda ${pair.next.code}, «${next.name}», valore al ${formatDate(date)}: ${warning}.`, 'warning'),
          column: `Valore al ${formatDate(date)}`,
        }));
      });
    }),
  );
}
