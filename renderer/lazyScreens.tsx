/**
 * The screens and dialogs the card list does not need, each in a chunk of its own loaded a while after the list is
 * shown (`preloadScreens`) or when first asked for, and `Later`, the boundary that shows nothing in a screen's place
 * while its chunk comes from disk. The help stays in the main chunk: the guide opens with no request at all.
 * Why: the list of a large plan is the first screen; evaluating the code of the dashboard, monitoring, history,
 * comparison, print, exchange and dialogs before showing it delayed it (issue 21).
 */
import { lazy, Suspense, useState, type ComponentProps, type ComponentType, type ReactNode } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A component from a module's named export, read once (by the preload or when first shown). Once read it renders
 * at once, like any other component: only a screen shown before its chunk arrived waits in `Later` (React also
 * holds a revealed fallback for up to 300 ms, which navigation should not pay).
 */
// `any` as React.lazy itself has it: the props are those of the component loaded.
function named<T extends ComponentType<any>>(load: () => Promise<T>): T {
  let loaded: T | null = null;
  let loading: Promise<{ default: T }> | null = null;
  const once = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
        return { default: component };
      },
      (error: unknown) => {
        loading = null; // a chunk that did not load is asked again next time
        throw error;
      },
    ));
  loaders.push(once);
  const Lazy = lazy(once);
  const Screen = (props: ComponentProps<T>) => {
    // Chosen once per mount: switching from the lazy wrapper to the component would mount the screen anew.
    const [Shown] = useState(() => (loaded ?? Lazy) as ComponentType<ComponentProps<T>>);
    return <Shown {...props} />;
  };
  return Screen as unknown as T;
}

export const AboutDialog = named(() => import('./components/AboutDialog').then((m) => m.AboutDialog));
export const NewCardDialog = named(() => import('./components/NewCardDialog').then((m) => m.NewCardDialog));
export const NewPlanDialog = named(() => import('./components/NewPlanDialog').then((m) => m.NewPlanDialog));
export const RestoreDialog = named(() => import('./features/backups/RestoreDialog').then((m) => m.RestoreDialog));
export const CataloguesEditor = named(() => import('./features/catalogues/CataloguesEditor').then((m) => m.CataloguesEditor));
export const CompareDialog = named(() => import('./features/compare/CompareDialog').then((m) => m.CompareDialog));
export const ComparisonView = named(() => import('./features/compare/ComparisonView').then((m) => m.ComparisonView));
export const Dashboard = named(() => import('./features/dashboard/Dashboard').then((m) => m.Dashboard));
export const ExportDialog = named(() => import('./features/exchange/ExportDialog').then((m) => m.ExportDialog));
export const ImportDialog = named(() => import('./features/exchange/ImportDialog').then((m) => m.ImportDialog));
export const PrepareRoundDialog = named(() => import('./features/exchange/PrepareRoundDialog').then((m) => m.PrepareRoundDialog));
export const HistoryView = named(() => import('./features/history/HistoryView').then((m) => m.HistoryView));
export const MonitoringView = named(() => import('./features/monitoring/MonitoringView').then((m) => m.MonitoringView));
export const PrintPreviewDialog = named(() => import('./features/print/PrintPreviewDialog').then((m) => m.PrintPreviewDialog));
export const SettingsEditor = named(() => import('./features/settings/SettingsEditor').then((m) => m.SettingsEditor));
export const PlanStatusPanel = named(() => import('./features/status/PlanStatusPanel').then((m) => m.PlanStatusPanel));

const PRELOAD_AFTER_MS = 2000;

/**
 * After the list has been on screen a while, every screen's chunk loads when the page is idle, so that opening one
 * later waits for nothing. Not at once: fetching and evaluating the 16 chunks held the main thread for 40–100 ms right
 * after the list's first frame, just when the user (and the bench) reaches for it; a screen opened earlier loads
 * its own chunk.
 */
export function preloadScreens(): void {
  setTimeout(() => {
    requestIdleCallback(() => {
      for (const load of loaders) load().catch(() => undefined); // a chunk that failed is asked again when shown
    }, { timeout: 2000 });
  }, PRELOAD_AFTER_MS);
}

export function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
