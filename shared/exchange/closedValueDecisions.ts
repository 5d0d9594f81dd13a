/**
 * A workbook that changes a value of a closed monitoring date: the change is a DECISION, «Non applicare» by default
 * (the plan's value stays), and the rest of the workbook applies. Why a decision and not an error: a colleague's
 * round workbook with one locked 30/06 value touched must not block the 31/12 values it brings (the officer used to
 * edit the colleague's file by hand); a closed value is corrected only with an amendment («Rettifica…», with who and
 * why), which a workbook does not carry, so «Non applicare» is the only option.
 */
import type { ImportDecision } from '../api';
import { formatDate } from '../dates';
import { identicalValues } from '../frozenValues';
import type { Indicator, IsoDate, Value } from '../model';
import { valueAt } from '../monitoringDates';
import { formatValue } from '../values';
import { measurementAccess } from './fieldAccess';
import type { CardPair } from './mergePlan';

export const KEEP_CLOSED = 'ignora';

const shown = (value: Value | null) => (value === null ? 'vuoto' : formatValue(value));

export interface KeptClosed {
  pairs: CardPair[];
  decisions: ImportDecision[];
}

/**
 * One workbook's pairs with every value of a closed date put back as the plan holds it (before the files are
 * combined: no conflict, no protected-cell question and no change is listed for it), and one decision per value the
 * workbook wanted to change, said at its sheet and row. Only the pairs at `mentioned` (ascending) are looked at: the
 * others are stored cards the workbook leaves out, given back as stored.
 */
export function keepClosedValues(pairs: readonly CardPair[], mentioned: readonly number[], closed: ReadonlySet<IsoDate>, file: { key: string; name: string }): KeptClosed {
  const decisions: ImportDecision[] = [];
  const kept = [...pairs];
  if (closed.size === 0) return { pairs: kept, decisions };
  const dates = [...closed].sort();
  const keep = (pair: CardPair): CardPair => {
    // Every indicator given back as stored (a card the workbook leaves out, most of a round's): nothing to put back.
    if (pair.indicators.every((ip) => ip.next === ip.old)) return pair;
    const card = pair.old ?? pair.next;
    let touched = false;
    const indicators = pair.indicators.map((ip, index) => {
      if (ip.next === ip.old) return ip; // the stored indicator itself: every closed value is the plan's
      let next: Indicator = ip.next;
      for (const date of dates) {
        const before = ip.old ? (valueAt(ip.old, date) ?? null) : null;
        const after = valueAt(next, date) ?? null;
        if (identicalValues(before, after) || !ip.inFile) continue;
        next = measurementAccess(date).set(next, before ?? undefined);
        touched = true;
        const where = ip.place ? `foglio «${ip.place.sheet}», riga ${ip.place.row}, colonna «Valore al ${formatDate(date)}»: ` : '';
        decisions.push({
          id: `chiuso|${file.key}|${card.code}|${index}|value:${date}`,
          kind: 'closed',
          message:
            `«${file.name}» – ${where}scheda ${card.code}, «${ip.next.name}»: il file porta il valore al ${formatDate(date)} da ${shown(before)} a ${shown(after)}, ` +
            `ma il monitoraggio al ${formatDate(date)} è chiuso: il valore non si cambia con un'importazione (per correggerlo: «Rettifica…» nella scheda, con ` +
            'il motivo). Il resto della cartella si applica.',
          options: [{ id: KEEP_CLOSED, label: 'Non applicare (resta il valore del piano)' }],
          suggested: KEEP_CLOSED,
          chosen: KEEP_CLOSED,
          required: false,
        });
      }
      return next === ip.next ? ip : { ...ip, next };
    });
    if (!touched) return pair;
    // as mergeFile builds a card: one indicator per pair, in this order
    const next = { ...pair.next, indicators: indicators.map((ip) => ip.next) };
    return { ...pair, next, indicators };
  };
  for (const at of mentioned) kept[at] = keep(kept[at]!);
  return { pairs: kept, decisions };
}
