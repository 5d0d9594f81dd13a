/**
 * The print page of a comparison (`#/stampa?sezione=confronto&prima=…&dopo=…`): A4 landscape like the plan's print,
 * with the running footer; sets `document.body.dataset.ready` when laid out (Electron and the tests wait for it).
 */
import { useEffect } from 'react';
import type { PlanRef } from '../../../shared/api';
import { localIsoDate, pageFooterTexts } from '../print/pageFooter';
import { afterLayout, applyPageFooter } from '../print/PrintView';
import { ComparisonDetails } from './ComparisonDetails';
import { useComparison } from './useComparison';
import '../print/print.css';
import './compare.css';

export function ComparisonPrintView({ before, after }: { before: PlanRef; after: PlanRef }) {
  const state = useComparison(before, after);

  useEffect(() => {
    const body = document.body;
    delete body.dataset.ready;
    if (state.status === 'loading') return;
    if (state.status === 'error') {
      body.dataset.ready = 'error';
      return;
    }
    const c = state.comparison;
    const what = `Confronto tra il ${c.before.label} e il ${c.after.label}`;
    const undoFooter = applyPageFooter(document.documentElement, pageFooterTexts({ ente: c.after.ente, title: what }, localIsoDate(new Date())));
    document.title = `Confronto PIRA ${c.before.year} - ${c.after.year}`;
    const cancel = afterLayout(() => {
      body.dataset.ready = 'true';
    });
    return () => {
      cancel();
      undoFooter();
      delete body.dataset.ready;
    };
  }, [state]);

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
