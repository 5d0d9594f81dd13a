/**
 * The standalone print page for the current `#/stampa…` route: loads the plan, renders the document, sets the
 * running footer and then `document.body.dataset.ready = 'true'`.
 * Why: Electron's printToPDF / print and the e2e tests load this route and wait for that flag before printing.
 */
import { useMemo } from 'react';
import { useHashRoute } from '../../hooks/useHashRoute';
import { PrintDocument, type PrintRequest } from './PrintDocument';
import { usePrintPageNumbers } from './usePrintPageNumbers';
import { usePrintPlan } from './usePrintPlan';
import { usePrintReady } from './usePrintReady';
import { formatNumber } from '../../../shared/values';

export function PrintView() {
  const { route, planId } = useHashRoute();
  const dashboard = route.view === 'printDashboard';
  const wholePlan = route.view === 'print' ? route.wholePlan : !dashboard;
  const codesKey = route.view === 'print' ? route.codes.join(',') : '';
  const date = route.view === 'print' || route.view === 'printDashboard' ? route.date : undefined;
  const request = useMemo<PrintRequest>(
    () => ({ wholePlan, codes: codesKey ? codesKey.split(',') : [], ...(dashboard ? { dashboard } : {}), ...(date ? { date } : {}) }),
    [wholePlan, codesKey, dashboard, date],
  );
  const state = usePrintPlan(planId);
  const pages = usePrintPageNumbers();
  // what the page lays out: new data or new page numbers make it lay out (and say it is ready) again
  const laidOut = useMemo(() => ({ state, pages }), [state, pages]);

  const what =
    request.wholePlan ? '' : request.dashboard ? ' - cruscotto' : request.codes.length === 1 ? ` - ${request.codes[0]}` : ` - ${formatNumber(request.codes.length, 0)} schede`;
  // The whole plan is published: its PDF's title says what it is (viewers show it instead of the file name).
  const documentTitle = (settings: { year: number; title: string; ente: string }) =>
    request.wholePlan ? [settings.title.trim() || `PIRA ${settings.year}`, settings.ente.trim()].filter(Boolean).join(' – ') : `PIRA ${settings.year}${what}`;
  usePrintReady(
    state.status === 'ready' ? { ente: state.plan.settings.ente, title: state.plan.settings.title, documentTitle: documentTitle(state.plan.settings) } : state.status,
    laidOut,
  );

  if (state.status === 'loading') return <p className="pd-status">Preparazione della stampa…</p>;
  if (state.status === 'error') {
    return (
      <p className="pd-status pd-missing" role="alert">
        Stampa non disponibile: {state.message}
      </p>
    );
  }
  return <PrintDocument plan={state.plan} request={request} pages={pages} />;
}
