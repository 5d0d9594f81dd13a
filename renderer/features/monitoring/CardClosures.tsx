/**
 * What the card says about its closed monitoring dates: for each, when and by whom it was closed and the
 * objective's performance kept then (and now, if amendments or later changes moved it); then its amendments
 * (rettifiche), each with date, indicator, before → after, reason, who and when.
 */
import { formatDate, formatDateTime } from '../../../shared/dates';
import type { Amendment, Card, Closure } from '../../../shared/model';
import { snapshotCard } from '../../../shared/scoreSnapshot';
import { formatPerformance, formatValue } from '../../../shared/values';
import './dates.css';

export interface CardClosuresProps {
  card: Card;
  closures: readonly Closure[];
  amendments: readonly Amendment[];
  /** The objective's performance now at a date (to say when it moved since the closing). */
  performanceAt(date: string): number | null;
}

const valueText = (value: Amendment['before']) => (value === null ? 'vuoto' : formatValue(value));

export function CardClosures({ card, closures, amendments, performanceAt }: CardClosuresProps) {
  const own = amendments.filter((a) => a.cardId === card.id);
  if (closures.length === 0 && own.length === 0) return null;
  return (
    <section className="card-closures" aria-label="Monitoraggi chiusi e rettifiche">
      {closures.map((closure) => {
        const kept = snapshotCard(closure.snapshot, card);
        const now = performanceAt(closure.date);
        const moved = kept && formatPerformance(kept.performance) !== formatPerformance(now);
        return (
          <p key={closure.date} className="closure-note" data-closure={closure.date}>
            <strong>Monitoraggio chiuso al {formatDate(closure.date)}</strong> il {formatDateTime(closure.closedAt)} da {closure.closedBy}: i valori a
            questa data sono di sola lettura (si correggono con «Rettifica…»).{' '}
            {kept ? (
              <>
                Performance dell’obiettivo registrata alla chiusura: <strong>{formatPerformance(kept.performance)}</strong>
                {moved ? `; oggi ${formatPerformance(now)}` : ''}.
              </>
            ) : (
              'La scheda non esisteva alla chiusura.'
            )}
          </p>
        );
      })}
      {own.length > 0 && (
        <table className="data-table compact amendments" aria-label="Rettifiche dei valori chiusi">
          <thead>
            <tr>
              <th>Data</th>
              <th>Indicatore</th>
              <th>Prima</th>
              <th>Dopo</th>
              <th>Motivo</th>
              <th>Rettificato da</th>
              <th>Il</th>
            </tr>
          </thead>
          <tbody>
            {own.map((a) => (
              <tr key={a.id} data-amendment={a.id}>
                <td>{formatDate(a.date)}</td>
                <td>{a.indicatorName}</td>
                <td className="num">{valueText(a.before)}</td>
                <td className="num">{valueText(a.after)}</td>
                <td>{a.reason}</td>
                <td>{a.author}</td>
                <td>{formatDateTime(a.amendedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
