/**
 * The screens and dialogs the card list does not need, each loaded (its own chunk) the first time it is shown, and
 * `Later`, the boundary that shows nothing in its place for the few milliseconds its chunk takes to come from disk.
 * Why: the list of a large plan is the first screen; evaluating the code of the dashboard, monitoring, history,
 * comparison, print, exchange and help before showing it delayed it (issue 21).
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/** A lazily loaded component from a module's named export. */
// `any` as React.lazy itself has it: the props are those of the component loaded.
function named<T extends ComponentType<any>>(load: () => Promise<T>) {
  return lazy(() => load().then((component) => ({ default: component })));
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
export const HelpDialog = named(() => import('./features/help/HelpDialog').then((m) => m.HelpDialog));
export const HistoryView = named(() => import('./features/history/HistoryView').then((m) => m.HistoryView));
export const MonitoringView = named(() => import('./features/monitoring/MonitoringView').then((m) => m.MonitoringView));
export const PrintPreviewDialog = named(() => import('./features/print/PrintPreviewDialog').then((m) => m.PrintPreviewDialog));
export const SettingsEditor = named(() => import('./features/settings/SettingsEditor').then((m) => m.SettingsEditor));
export const PlanStatusPanel = named(() => import('./features/status/PlanStatusPanel').then((m) => m.PlanStatusPanel));

export function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
