/**
 * The print page of a comparison (`#/stampa?sezione=confronto&prima=…&dopo=…`): A4 landscape like the plan's print,
 * with the running footer; sets `document.body.dataset.ready` when laid out (Electron and the tests wait for it).
 */
import type { PlanRef } from '../../../shared/api';
import { usePrintReady } from '../print/usePrintReady';
import { ComparisonDetails } from './ComparisonDetails';
import { useComparison } from './useComparison';
import '../print/print.css';
import './compare.css';

export function ComparisonPrintView({ before, after }: { before: PlanRef; after: PlanRef }) {
  const state = useComparison(before, after);

  usePrintReady(
    state.status === 'ready'
      ? {
          ente: state.comparison.after.ente,
          title: `Confronto tra il ${state.comparison.before.label} e il ${state.comparison.after.label}`,
          documentTitle: `Confronto PIRA ${state.comparison.before.year} - ${state.comparison.after.year}`,
        }
      : state.status,
    state,
  );

  if (state.status === 'loading') return <p className="pd-status">Preparazione della stampa…</p>;
  if (state.status === 'error') {
    return (
      <p className="pd-status pd-missing" role="alert">
        Stampa non disponibile: {state.message}
      </p>
    );
  }
  const c = state.comparison;
  return (
    <div className="pd-document cmp-print" lang="it">
      <section className="pd-sheet">
        <h2>
          Confronto tra il {c.before.label} e il {c.after.label}
        </h2>
        <ComparisonDetails comparison={c} showUnchanged={false} variant="print" />
      </section>
    </div>
  );
}
