/**
 * Mounts the standalone print page of a `#/stampa…` address: a plan or some cards, a comparison of two plans, the
 * variations of an approved plan. Why: loaded only for those addresses (see main.tsx), never with the editor.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ComparisonPrintView } from './features/compare';
import { VariationsPrintView } from './features/history/VariationsPrintView';
import { PrintView } from './features/print';
import type { Route } from './routes';

export function mountPrint(root: HTMLElement, route: Route): void {
  const page =
    route.view === 'printComparison' ? <ComparisonPrintView before={route.before} after={route.after} />
    : route.view === 'printVariations' ? <VariationsPrintView />
    : <PrintView />;
  createRoot(root).render(<StrictMode>{page}</StrictMode>);
}
