/**
 * The standalone print page for the current `#/stampa…` route: loads the plan, renders the document, sets the
 * running footer and then `document.body.dataset.ready = 'true'`.
 * Why: Electron's printToPDF / print and the e2e tests load this route and wait for that flag before printing.
 */
import { useMemo } from 'react';
import { useHashRoute } from '../../hooks/useHashRoute';
import { PrintDocument, type PrintRequest } from './PrintDocument';
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

  const what =
    request.wholePlan ? '' : request.dashboard ? ' - cruscotto' : request.codes.length === 1 ? ` - ${request.codes[0]}` : ` - ${formatNumber(request.codes.length, 0)} schede`;
  usePrintReady(
    state.status === 'ready'
      ? { ente: state.plan.settings.ente, title: state.plan.settings.title, documentTitle: `PIRA ${state.plan.settings.year}${what}` }
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
  return <PrintDocument plan={state.plan} request={request} />;
}
