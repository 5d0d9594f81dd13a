/**
 * The standalone print page for the current `#/stampa…` route: loads the plan, renders the document, sets the
 * running footer and then `document.body.dataset.ready = 'true'`.
 * Why: Electron's printToPDF / print and the e2e tests load this route and wait for that flag before printing.
 */
import { useEffect, useMemo } from 'react';
import { useHashRoute } from '../../hooks/useHashRoute';
import { cssString, FOOTER_PROPERTIES, localIsoDate, pageFooterTexts } from './pageFooter';
import { PrintDocument, type PrintRequest } from './PrintDocument';
import { usePrintPlan } from './usePrintPlan';
import { formatNumber } from '../../../shared/values';

/** Sets the footer texts on the document root, where the @page margin boxes read them; returns the undo. */
export function applyPageFooter(root: HTMLElement, texts: { left: string; right: string }): () => void {
  root.style.setProperty(FOOTER_PROPERTIES.left, cssString(texts.left));
  root.style.setProperty(FOOTER_PROPERTIES.right, cssString(texts.right));
  return () => {
    root.style.removeProperty(FOOTER_PROPERTIES.left);
    root.style.removeProperty(FOOTER_PROPERTIES.right);
  };
}

/** Waits for web fonts and two frames, so the layout the printer gets is the final one. */
export function afterLayout(run: () => void): () => void {
  let cancelled = false;
  void document.fonts.ready.then(() =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (!cancelled) run();
      }),
    ),
  );
  return () => {
    cancelled = true;
  };
}

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

  useEffect(() => {
    const body = document.body;
    delete body.dataset.ready;
    if (state.status === 'loading') return;
    if (state.status === 'error') {
      body.dataset.ready = 'error';
      return;
    }
    const { settings } = state.plan;
    const undoFooter = applyPageFooter(document.documentElement, pageFooterTexts(settings, localIsoDate(new Date())));
    const what = request.wholePlan ? '' : request.dashboard ? ' - cruscotto' : request.codes.length === 1 ? ` - ${request.codes[0]}` : ` - ${formatNumber(request.codes.length, 0)} schede`;
    document.title = `PIRA ${settings.year}${what}`;
    const cancel = afterLayout(() => {
      body.dataset.ready = 'true';
    });
    return () => {
      cancel();
      undoFooter();
      delete body.dataset.ready;
    };
  }, [state, request]);

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
