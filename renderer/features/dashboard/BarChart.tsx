/**
 * A rollup as a list of labelled bars (code and name, the bar with its figure, the number of objectives, the change
 * since the previous monitoring date with a tick where the bar stood then). On screen
 * each row is a button that opens the card list filtered to that group; on paper the same rows are plain.
 */
import { countOf } from '../../../shared/italianText';
import { DIMENSION_NAMES, type CardFilter, type DashboardChart } from './dashboardModel';
import { PerformanceBar } from './PerformanceBar';
import '../monitoring/dates.css';

const objectives = (n: number) => countOf(n, 'obiettivo', 'obiettivi');

export interface BarChartProps {
  chart: DashboardChart;
  scale: number;
  /** Present on screen: a click on a row shows its cards. */
  onShowCards?(filter: CardFilter): void;
}

export function BarChart({ chart, scale, onShowCards }: BarChartProps) {
  return (
    <section className="db-chart" aria-labelledby={`db-chart-${chart.id}`} data-dashboard-chart={chart.id}>
      <h3 id={`db-chart-${chart.id}`}>{chart.title}</h3>
      <ul className="db-rows">
        {chart.bars.map((bar) => {
          const content = (
            <>
              <span className="db-row-label">
                {bar.code && <span className="db-code">{bar.code}</span>} {bar.label}
              </span>{' '}
              <PerformanceBar performance={bar.performance} figure={bar.figure} status={bar.status} scale={scale} previous={bar.previous?.performance ?? null} />{' '}
              <span className="db-row-count">
                {objectives(bar.cardCount)}{' '}
                {bar.previous && bar.previous.direction !== 'nd' && (
                  <span className={`db-change db-change-${bar.previous.direction}`} title={`Variazione dal ${bar.previous.date}`}>
                    {bar.previous.change}
                  </span>
                )}
              </span>
            </>
          );
          // the name says what the row shows, in the same order (the change since the previous date last)
          const shownChange = bar.previous && bar.previous.direction !== 'nd' ? `, ${bar.previous.change} dal ${bar.previous.date}` : '';
          const name = `${DIMENSION_NAMES[bar.dimension]} ${bar.code ? `${bar.code} – ` : ''}${bar.label}: ${bar.figure}, ${objectives(bar.cardCount)}${shownChange}`;
          return (
            <li key={bar.id} className={`db-row-item db-depth-${bar.depth}`} data-dashboard-bar={bar.id}>
              {onShowCards ? (
                <button type="button" className="db-row" aria-label={name} title={`${name} – mostra le schede`} onClick={() => onShowCards(bar.filter)}>
                  {content}
                </button>
              ) : (
                <div className="db-row">{content}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
