/**
 * The Cruscotto on paper: one page with the ente's performance, the counts by status and the rollup charts (vector
 * SVG) with the policy under them, what moved since the previous monitoring date (when there is one), then the n.d.
 * indicators with their reason on a page of their own.
 * Why: the whole-plan document carries it after the summary, and it can be printed alone (`#/stampa?sezione=cruscotto`).
 */
import type { DashboardView } from '../dashboard/dashboardModel';
import { DashboardOverview } from '../dashboard/DashboardOverview';
import { DateChanges } from '../dashboard/DateChanges';
import { NdIndicators } from '../dashboard/NdIndicators';
import { ANCHORS } from './printContents';
import '../dashboard/dashboard.css';

export function DashboardSheets({ view }: { view: DashboardView }) {
  return (
    <>
      <section className="pd-sheet pd-dashboard" data-print-section="cruscotto" id={ANCHORS.cruscotto}>
        <h2>Cruscotto della performance al {view.monitoringDate}</h2>
        <DashboardOverview view={view} />
      </section>
      {view.comparison && (
        <section className="pd-sheet pd-dashboard" data-print-section="cruscotto-variazioni" id={ANCHORS.variazioniCruscotto}>
          <h2>
            Che cosa è cambiato dal {view.comparison.from} al {view.comparison.to}
          </h2>
          <DateChanges comparison={view.comparison} />
        </section>
      )}
      {view.ndCards.length > 0 && (
        <section className="pd-sheet pd-dashboard" data-print-section="cruscotto-nd" id={ANCHORS.nd}>
          <h2>Indicatori n.d. al {view.monitoringDate} e motivo</h2>
          <NdIndicators view={view} />
        </section>
      )}
    </>
  );
}
