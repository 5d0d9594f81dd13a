/**
 * The indicators without a performance (n.d.) with the reason the scoring gives, grouped by card in plan order.
 * On screen each card's heading opens the card; on paper it is a plain line (no bookmark in the PDF).
 */
import { formatNumber } from '../../../shared/values';
import type { DashboardView } from './dashboardModel';

export function NdIndicators({ view, onOpenCard }: { view: DashboardView; onOpenCard?(code: string): void }) {
  const total = view.ndCards.reduce((n, card) => n + card.indicators.length, 0);
  if (total === 0) return <p className="db-nd-none">Tutti gli indicatori hanno una performance al {view.monitoringDate}.</p>;
  return (
    <div className="db-nd">
      <p className="db-nd-intro">
        {formatNumber(total, 0)} {total === 1 ? 'indicatore' : 'indicatori'} senza performance al {view.monitoringDate}, in{' '}
        {formatNumber(view.ndCards.length, 0)} {view.ndCards.length === 1 ? 'scheda' : 'schede'}. {view.ndTreatment}
      </p>
      <div className="db-nd-cards">
        {view.ndCards.map((card) => (
          <div key={card.code} className="db-nd-card" data-dashboard-nd={card.code}>
            {onOpenCard ? (
              <h4 className="db-nd-title">
                <a
                  href={`#/scheda/${encodeURIComponent(card.code)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpenCard(card.code);
                  }}
                >
                  <span className="db-code">{card.code}</span> {card.title}
                </a>
              </h4>
            ) : (
              // on paper not a heading: the PDF's bookmarks are the sections and the cards themselves, not this list
              <p className="db-nd-title">
                <span className="db-code">{card.code}</span> {card.title}
              </p>
            )}
            <ul>
              {card.indicators.map((indicator, i) => (
                <li key={i}>
                  <span className="db-nd-name">{indicator.name}</span>
                  <span className="db-nd-reason">{indicator.reason}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}
