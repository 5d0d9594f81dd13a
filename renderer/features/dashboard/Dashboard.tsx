/**
 * The Cruscotto screen (`#/cruscotto`): how the plan is going, by ambito, programme, area and office, with every
 * bar and count leading to the cards behind it and the n.d. indicators listed with their reason.
 * Why: the council, the OIV and the management ask this first; the figures are those of the print and the CLI.
 */
import { useMemo } from 'react';
import { usePira } from '../../store/StoreContext';
import { buildDashboard, type CardFilter } from './dashboardModel';
import { DashboardOverview } from './DashboardOverview';
import { NdIndicators } from './NdIndicators';
import './dashboard.css';

export interface DashboardProps {
  onShowCards(filter: CardFilter): void;
  onOpenCard(code: string): void;
  onPrint(): void;
}

export function Dashboard({ onShowCards, onOpenCard, onPrint }: DashboardProps) {
  const doc = usePira((s) => s.doc);
  const view = useMemo(() => (doc ? buildDashboard(doc) : null), [doc]);
  if (!doc || !view) return null;
  return (
    <section className="dashboard" aria-labelledby="db-title">
      <header className="db-header">
        <div>
          <h1 id="db-title">Cruscotto della performance</h1>
          <p className="db-subtitle">
            {doc.settings.ente} · piano {view.year} · valori al {view.monitoringDate}
          </p>
        </div>
        <button type="button" className="button secondary" onClick={onPrint}>
          Stampa il cruscotto…
        </button>
      </header>
      <DashboardOverview view={view} onShowCards={onShowCards} />
      <section className="db-nd-section" aria-labelledby="db-nd-title">
        <h2 id="db-nd-title">Indicatori n.d. e motivo</h2>
        <NdIndicators view={view} onOpenCard={onOpenCard} />
      </section>
    </section>
  );
}
