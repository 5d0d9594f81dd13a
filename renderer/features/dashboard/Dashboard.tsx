/**
 * The Cruscotto screen (`#/cruscotto`): how the plan is going, by ambito, programme, area and office, with every
 * bar and count leading to the cards behind it and the n.d. indicators listed with their reason.
 * Why: the council, the OIV and the management ask this first; the figures are those of the print and the CLI.
 */
import { useMemo } from 'react';
import { usePira } from '../../store/StoreContext';
import { ScoringDateSelect } from '../monitoring/ScoringDateSelect';
import { useScoringDate } from '../monitoring/useScoringDate';
import { buildDashboard, type CardFilter } from './dashboardModel';
import { DashboardOverview } from './DashboardOverview';
import { DateChanges } from './DateChanges';
import { NdIndicators } from './NdIndicators';
import './dashboard.css';

export interface DashboardProps {
  onShowCards(filter: CardFilter): void;
  onOpenCard(code: string): void;
  onPrint(): void;
}

export function Dashboard({ onShowCards, onOpenCard, onPrint }: DashboardProps) {
  const doc = usePira((s) => s.doc);
  const scoring = useScoringDate();
  const view = useMemo(() => (doc && scoring.date ? buildDashboard(doc, scoring.date) : null), [doc, scoring.date]);
  if (!doc || !view || !scoring.date) return null;
  return (
    <section className="dashboard" aria-labelledby="db-title">
      <header className="db-header">
        <div>
          <h1 id="db-title">Cruscotto della performance</h1>
          <p className="db-subtitle">
            {doc.settings.ente} · piano {view.year} · valori al {view.monitoringDate}
            {view.comparison && ` · confronto con il ${view.comparison.from}`}
          </p>
        </div>
        <div className="db-header-actions">
          <ScoringDateSelect date={scoring.date} options={scoring.options} onChoose={scoring.choose} />
          <button type="button" className="button secondary" onClick={onPrint}>
            Stampa il cruscotto…
          </button>
        </div>
      </header>
      <DashboardOverview view={view} onShowCards={onShowCards} />
      {view.comparison && (
        <section className="db-changes-section" aria-labelledby="db-changes-title">
          <h2 id="db-changes-title">
            Che cosa è cambiato dal {view.comparison.from} al {view.comparison.to}
          </h2>
          <DateChanges comparison={view.comparison} onOpenCard={onOpenCard} />
        </section>
      )}
      <section className="db-nd-section" aria-labelledby="db-nd-title">
        <h2 id="db-nd-title">Indicatori n.d. e motivo</h2>
        <NdIndicators view={view} onOpenCard={onOpenCard} />
      </section>
    </section>
  );
}
