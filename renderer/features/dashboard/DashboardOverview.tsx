/**
 * The body of the Cruscotto, shared by the screen and the printed page: the ente's performance, the indicators
 * counted by status, the legend of the colours, the five rollup charts (with the change since the previous monitoring
 * date) and the scoring policy under them.
 */
import { objectivesLabel } from '../../../shared/monitoringDates';
import { formatNumber } from '../../../shared/values';
import { STATUS_LABELS } from '../cards/statusLabels';
import { BarChart } from './BarChart';
import type { CardFilter, DashboardView } from './dashboardModel';

export interface DashboardOverviewProps {
  view: DashboardView;
  onShowCards?(filter: CardFilter): void;
}

/** The colours, and the marks drawn on the bars when they are there: the tick of the previous date, the 100% line. */
function Legend({ view }: { view: DashboardView }) {
  return (
    <ul className="db-legend" aria-label="Legenda dei colori e dei segni">
      {Object.entries(STATUS_LABELS).map(([status, label]) => (
        <li key={status}>
          <svg className="db-swatch" width="12" height="12" aria-hidden="true" focusable="false">
            <rect className={status === 'nd' ? 'db-bar-track' : `db-fill-${status}`} width="12" height="12" rx="2" />
          </svg>
          {label}
        </li>
      ))}
      {view.comparison && (
        <li data-legend="previous">
          <svg className="db-swatch" width="12" height="12" aria-hidden="true" focusable="false">
            <rect className="db-bar-track" width="12" height="12" rx="2" />
            <line className="db-bar-previous" x1="6" x2="6" y1="0" y2="12" />
          </svg>
          posizione al {view.comparison.from}
        </li>
      )}
      {view.scale > 1 && (
        <li data-legend="target">
          <svg className="db-swatch" width="12" height="12" aria-hidden="true" focusable="false">
            <rect className="db-bar-track" width="12" height="12" rx="2" />
            <line className="db-bar-target" x1="6" x2="6" y1="0" y2="12" />
          </svg>
          100% (limite superato)
        </li>
      )}
    </ul>
  );
}

function StatusCounts({ view, onShowCards }: DashboardOverviewProps) {
  return (
    <div className="db-counts">
      <h3>Indicatori per stato ({formatNumber(view.indicatorCount, 0)})</h3>
      <ul>
        {view.statusCounts.map((entry) => {
          // The label first, the figure drawn above it (CSS order): the visible text reads as the name does.
          const content = (
            <>
              <span className="db-count-label">{entry.label}</span>{' '}
              <strong className="db-count-figure">{formatNumber(entry.count, 0)}</strong>
            </>
          );
          return (
            <li key={entry.status} className={`db-count status-${entry.status}`} data-dashboard-count={entry.status}>
              {onShowCards ? (
                <button
                  type="button"
                  aria-label={`Indicatori ${entry.label}: ${formatNumber(entry.count, 0)}`}
                  title="Mostra le schede che hanno indicatori in questo stato"
                  onClick={() => onShowCards(entry.filter)}
                >
                  {content}
                </button>
              ) : (
                <div>{content}</div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function DashboardOverview({ view, onShowCards }: DashboardOverviewProps) {
  const { overall } = view;
  return (
    <div className="db-overview">
      <div className="db-summary">
        <div className={`db-overall status-${overall.status}`} data-dashboard-overall>
          <span className="db-overall-label">Performance complessiva dell’ente</span>
          <strong className="db-overall-figure">{overall.figure}</strong>
          <span className="db-overall-note" data-dashboard-scored>
            {objectivesLabel(overall.scoredCount, overall.cardCount)}
          </span>
          {view.comparison && (
            <span className="db-overall-note" data-dashboard-overall-change>
              su {view.comparison.overall.compared}: {view.comparison.overall.from} al {view.comparison.from} → {view.comparison.overall.to} ·{' '}
              <span className={`db-change db-change-${view.comparison.overall.direction}`}>{view.comparison.overall.change}</span>
            </span>
          )}
        </div>
        <StatusCounts view={view} {...(onShowCards ? { onShowCards } : {})} />
        <Legend view={view} />
      </div>
      <div className="db-charts">
        {view.charts.map((chart) => (
          <BarChart key={chart.id} chart={chart} scale={view.scale} {...(onShowCards ? { onShowCards } : {})} />
        ))}
      </div>
      <p className="db-policy">{view.policy}</p>
    </div>
  );
}
