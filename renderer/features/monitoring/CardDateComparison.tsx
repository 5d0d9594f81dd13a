/**
 * "Confronto tra il 30/06/2024 e il 31/12/2024" in the card: each indicator's value and performance at both dates
 * with the change, and the objective's; from shared/dateComparison.ts, as the dashboard.
 */
import { compareCardDates, describePoints } from '../../../shared/dateComparison';
import { formatDate } from '../../../shared/dates';
import type { Card, IsoDate, PlanSettings } from '../../../shared/model';
import { formatPerformance } from '../../../shared/values';
import { directionOf } from '../dashboard/dashboardComparison';
import './dates.css';

export interface CardDateComparisonProps {
  card: Card;
  settings: PlanSettings;
  from: IsoDate;
  to: IsoDate;
}

export function CardDateComparison({ card, settings, from, to }: CardDateComparisonProps) {
  const change = compareCardDates(card, settings, from, to);
  const a = formatDate(from);
  const b = formatDate(to);
  return (
    <details className="date-comparison" open>
      <summary>
        Confronto tra il {a} e il {b}: performance dell’obiettivo {formatPerformance(change.from)} → {formatPerformance(change.to)} (
        <span className={`db-change db-change-${directionOf(change.change)}`} data-testid="card-performance-change">
          {describePoints(change.change)}
        </span>
        )
      </summary>
      <table className="data-table compact" aria-label={`Confronto tra il ${a} e il ${b}`}>
        <thead>
          <tr>
            <th>#</th>
            <th>Indicatore</th>
            <th className="num">Valore al {a}</th>
            <th className="num">Valore al {b}</th>
            <th className="num">Variazione del valore</th>
            <th className="num">Perf. al {a}</th>
            <th className="num">Perf. al {b}</th>
            <th className="num">Variazione della performance</th>
          </tr>
        </thead>
        <tbody>
          {change.indicators.map((row, i) => (
            <tr key={i} data-comparison-row={i + 1}>
              <td>{i + 1}</td>
              <td>{row.name}</td>
              <td className="num">{row.fromValue || <em>vuoto</em>}</td>
              <td className="num">{row.toValue || <em>vuoto</em>}</td>
              <td className="num">{row.valueChange}</td>
              <td className="num">{formatPerformance(row.from)}</td>
              <td className="num">{formatPerformance(row.to)}</td>
              <td className={`num db-change db-change-${directionOf(row.change)}`}>{describePoints(row.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
