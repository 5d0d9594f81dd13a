/**
 * The rows of the monitoring grid: every indicator of the given cards, in plan order, with the label that names
 * its cells (`01_01_OS01, indicatore 2`).
 * Why: a season of values (123 in the sample) is entered top to bottom in one grid instead of opening 18 cards;
 * the rows double as the block paste's rows, so a column pasted there runs on across cards.
 */
import type { Card } from '../../../shared/model';
import type { PasteRow } from '../editor/blockPaste';

export interface MonitoringRow extends PasteRow {
  card: Card;
  /** First indicator of its card: the row shows the card's code. */
  first: boolean;
}

export function monitoringRows(cards: readonly Card[]): MonitoringRow[] {
  return [...cards]
    .sort((a, b) => a.position - b.position)
    .flatMap((card) =>
      card.indicators.map((indicator, index) => ({
        card,
        cardId: card.id,
        index,
        indicator,
        first: index === 0,
        label: `${card.code}, indicatore ${index + 1}`,
      })),
    );
}
