/**
 * A card an import wrote, as read back from the file, holding the stored card's own objects for the indicators the
 * write left as they were. cardWriter.ts leaves an indicator's rows alone when the card it writes holds, at the same
 * position, the very object of the stored card (the plan the import compared with, the file's own by its stamp): those
 * rows read back as that stored card read them, so its object stands for the one read again.
 * Why: the change log then compares, diffs and details the two sides of each card (changeJournal.ts,
 * changeLogRows.ts, changeDetails.ts) answering at once on the shared objects, instead of walking every unchanged
 * indicator of the 123 cards of a 1% import several times over.
 */
import type { Card, Indicator } from '../shared/model';

/** `read`: the card as the file holds it now; `before`: the stored card; `written`: the card the write was given. */
export function withRowsLeftAlone(read: Card, before: Card, written: Card): Card {
  if (read.indicators.length !== written.indicators.length) return read;
  let indicators: Indicator[] | undefined;
  read.indicators.forEach((indicator, position) => {
    const kept = before.indicators[position];
    if (kept !== undefined && written.indicators[position] === kept && indicator.id === kept.id) (indicators ??= read.indicators.slice())[position] = kept;
  });
  return indicators ? { ...read, indicators } : read;
}
