/**
 * The application shell: toolbar, the current view (card list, card editor, dashboard, monitoring, catalogues,
 * settings, comparison, history), the dialogs (import, export, print preview, new plan, compare, about, the reason
 * of a variation), native menu commands and keyboard shortcuts.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand, PlanRef, PrintScope } from '../shared/api';
import { chosenScoringDate } from '../shared/monitoringDates';
import { settingsForYear } from '../shared/rollover';
import { api } from './api';
import type { NewCard } from './components/NewCardDialog';
import { WholePlanGate } from './components/WholePlanGate';
import { FileStatusBanners } from './components/FileStatusBanners';
import { Toolbar, type ToolbarCommand } from './components/Toolbar';
import { CardList, type ListFocusRequest } from './features/cards/CardList';
import { CardEditor } from './features/editor/CardEditor';
import { leaveQuestion, useUnsavedBeforeUnload } from './features/editor/leaveGuard';
import { HelpDialog } from './features/help/HelpDialog';
import { helpScreenOf } from './features/help/helpScreens';
import { usePlanTally } from './features/monitoring/useScoringDate';
import { StatusBanners } from './features/status/StatusBanners';
import { VariationDialog } from './features/status/VariationDialog';
import type { EditorFocus } from './hooks/useCardEditorKeys';
import {
  AboutDialog, CataloguesEditor, CompareDialog, ComparisonView, Dashboard, ExportDialog, HistoryView, ImportDialog, Later, MonitoringView,
  NewCardDialog, NewPlanDialog, PlanStatusPanel, preloadScreens, PrepareRoundDialog, PrintPreviewDialog, RestoreDialog, SettingsEditor,
} from './lazyScreens';
import { useHashRoute } from './hooks/useHashRoute';
import type { Route } from './routes';
import { commitFocusedField, useShortcuts } from './hooks/useShortcuts';
import { NO_FILTERS } from './store/listSelectors';
import { selectedInPlanOrder } from './store/listSelection';
import { usePlanSummaries } from './store/planSummaries';
import { usePira, usePiraStore } from './store/StoreContext';

type OpenDialog = 'import' | 'export' | 'prepare-round' | 'print' | 'new-plan' | 'new-card' | 'about' | 'compare' | 'restore' | 'help' | null;

export function App() {
  const store = usePiraStore();
  // Unsaved (unreadable) values: leaving their card or the monitoring grid, or the window, asks first.
  const confirmLeave = useCallback((from: Route, to: Route) => {
    const { rows, drafts } = store.getState();
    const question = leaveQuestion(from, to, rows, drafts);
    return question === null || window.confirm(question);
  }, [store]);
  const { route, navigate } = useHashRoute(confirmLeave);
  useUnsavedBeforeUnload();
  const plan = usePira((s) => s.plan);
  const rows = usePira((s) => s.rows);
  const tally = usePlanTally();
  const loading = usePira((s) => s.loading);
  const loadError = usePira((s) => s.loadError);
  const filters = usePira((s) => s.filters);
  const selection = usePira((s) => s.selection);
  const session = usePira((s) => s.session);
  const plans = usePlanSummaries();
  const openPlan = plans.find((p) => p.id === plan?.id) ?? null;
  const readOnly = usePira((s) => Boolean(s.session?.readOnly));
  const closedPlan = plan?.status?.stage === 'chiuso';
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [listFocus, setListFocus] = useState<ListFocusRequest | null>(null);
  const clearListFocus = useCallback(() => setListFocus(null), []);
  const editorFocus = useRef<EditorFocus>('first');
  // Once the first plan is on screen, the other screens' code loads in the background (lazyScreens.tsx).
  const planShown = plan !== null;
  useEffect(() => {
    if (planShown) preloadScreens();
  }, [planShown]);

  // Arriving on the list: Ctrl+F asked for the search box; otherwise, coming from a card (← Schede, Esc, the
  // browser's Back), the focus goes back to that card's row.
  const previousRoute = useRef(route);
  const searchOnArrival = useRef(false);
  useEffect(() => {
    const before = previousRoute.current;
    previousRoute.current = route;
    if (route.view === 'cards' && before.view !== 'cards') {
      if (searchOnArrival.current) setListFocus({ kind: 'search' });
      else if (before.view === 'card') setListFocus({ kind: 'row', code: before.code });
      searchOnArrival.current = false;
    }
    if (route.view === 'card') editorFocus.current = 'first'; // the intent served the editor just mounted
  }, [route]);

  /** The cards a print or export concerns: the open card, the cards ticked in the list (never just filtered). */
  const selectedCodes = useMemo(() => {
    if (route.view === 'card') return [route.code];
    if (!plan || route.view !== 'cards' || selection.planId !== plan.id) return [];
    return selectedInPlanOrder(selection.codes, rows);
  }, [plan, rows, route, selection]);
  const scoringDate = usePira((s) => s.scoringDate);
  const printDate = useMemo(() => (plan ? { date: chosenScoringDate(plan.settings, tally, scoringDate) } : {}), [plan, tally, scoringDate]);
  const printScope: PrintScope =
    route.view === 'dashboard'
      ? { kind: 'dashboard', ...printDate }
      : selectedCodes.length > 0
        ? { kind: 'cards', codes: selectedCodes, ...printDate }
        : { kind: 'plan', ...printDate };

  const run = useCallback(
    (command: MenuCommand | ToolbarCommand) => {
      const state = store.getState();
      switch (command) {
        case 'undo':
          commitFocusedField();
          state.undo();
          return;
        case 'redo':
          commitFocusedField();
          state.redo();
          return;
        case 'find':
          if (previousRoute.current.view === 'cards') setListFocus({ kind: 'search' });
          else {
            searchOnArrival.current = true;
            navigate({ view: 'cards' });
          }
          return;
        case 'document-changed':
          void state.reloadDocument();
          return;
        case 'import-excel':
          setDialog('import');
          return;
        case 'export-excel':
          setDialog('export');
          return;
        case 'prepare-round':
          setDialog('prepare-round');
          return;
        case 'print':
        case 'export-pdf':
          setDialog('print');
          return;
        case 'new-plan':
          setDialog('new-plan');
          return;
        case 'about':
          setDialog('about');
          return;
        case 'help':
          setDialog('help');
          return;
        case 'compare-plans':
          setDialog('compare');
          return;
        case 'restore-backup':
          setDialog('restore');
          return;
        case 'show-history':
          navigate({ view: 'history' });
          return;
      }
    },
    [store, navigate],
  );

  useEffect(() => api.onMenuCommand(run), [run]);
  const shortcuts = useMemo(() => ({ undo: () => run('undo'), redo: () => run('redo'), find: () => run('find'), help: () => run('help') }), [run]);
  useShortcuts(shortcuts);

  const openCard = (code: string, focus: EditorFocus) => {
    editorFocus.current = focus;
    store.getState().setActiveCode(code);
    navigate({ view: 'card', code });
  };
  const createCard = (card: NewCard) => {
    setDialog(null);
    store.getState().addCard(card);
    openCard(card.code, 'first-empty');
  };

  /** Creates the plan; with copied cards the dialog stays open on the report of what was carried over. */
  const createPlan = async (req: { year: number; title: string; monitoringDate: string; copyCards: boolean }) => {
    const base = plan?.settings;
    const fresh = {
      ente: '',
      year: req.year,
      title: req.title,
      monitoringDate: req.monitoringDate,
      horizonStart: req.year,
      horizonEnd: req.year + 2,
      premessa: '',
      policy: { cap: 1, lateDeadline: { mode: 'zero' as const }, notYetDue: 'nd' as const, missingInObjective: 'exclude' as const },
    };
    const settings = base ? { ...settingsForYear(base, req.year), title: req.title, monitoringDate: req.monitoringDate } : fresh;
    const created = await api.createPlan({ settings, ...(plan ? { copyFromPlanId: plan.id, copyCards: req.copyCards } : {}) });
    if (!created.rollover) setDialog(null);
    await store.getState().init(created.id);
    navigate({ view: 'cards' });
    return created;
  };

  const compare = (before: PlanRef, after: PlanRef) => {
    setDialog(null);
    navigate({ view: 'comparison', before, after });
  };

  return (
    <div className="app">
      <Toolbar route={route} onNavigate={(r) => navigate(r)} onCommand={run} />
      <main className="content">
        <FileStatusBanners />
        <StatusBanners />
        {loadError && (
          <div className="banner banner-error" role="alert">
            {loadError}
          </div>
        )}
        {loading && !plan && (
          <p className="empty-note" role="status">
            Caricamento del piano…
          </p>
        )}
        {!loading && !plan && !loadError && (
          <div className="empty-note">
            Il file non contiene ancora alcun piano.{' '}
            <button type="button" className="button" onClick={() => setDialog('new-plan')}>
              Crea un piano
            </button>
          </div>
        )}
        {plan && route.view === 'cards' && (
          <CardList
            onOpen={(code) => openCard(code, 'first')}
            onNewCard={() => setDialog('new-card')}
            onExportSelected={() => setDialog('export')}
            onPrintSelected={() => setDialog('print')}
            focusRequest={listFocus}
            onFocusDone={clearListFocus}
          />
        )}
        {plan && route.view === 'dashboard' && (
          <WholePlanGate>
            <Later>
              <Dashboard
                onShowCards={(filter) => {
                  store.getState().setFilters({ ...NO_FILTERS, ...filter });
                  navigate({ view: 'cards' });
                }}
                onOpenCard={(code) => navigate({ view: 'card', code })}
                onPrint={() => setDialog('print')}
              />
            </Later>
          </WholePlanGate>
        )}
        {plan && route.view === 'settings' && (
          <Later>
            <PlanStatusPanel onOpenHistory={() => navigate({ view: 'history' })} />
          </Later>
        )}
        {/* Read-only (the file is in use elsewhere) or a closed plan: every editing control of the editors is disabled at once. */}
        <fieldset className="edit-scope" disabled={readOnly || closedPlan}>
          {plan && route.view === 'card' && (
            <CardEditor
              key={route.code}
              code={route.code}
              initialFocus={editorFocus.current}
              onBack={() => navigate({ view: 'cards' })}
              onCodeChanged={(code) => {
                editorFocus.current = 'none'; // a renamed card is not sent back to its first field
                navigate({ view: 'card', code });
              }}
            />
          )}
          {plan && route.view === 'monitoring' && (
            <WholePlanGate>
              <Later>
                <MonitoringView />
              </Later>
            </WholePlanGate>
          )}
          {plan && route.view === 'catalogues' && (
            <Later>
              <CataloguesEditor />
            </Later>
          )}
          {plan && route.view === 'settings' && (
            <Later>
              <SettingsEditor />
            </Later>
          )}
        </fieldset>
        {plan && route.view === 'history' && (
          <Later>
            <HistoryView key={`${plan.id}-${route.card ?? ''}`} card={route.card} onOpenCard={(code) => navigate({ view: 'card', code })} />
          </Later>
        )}
        {route.view === 'comparison' && (
          <Later>
            <ComparisonView key={JSON.stringify(route)} before={route.before} after={route.after} onClose={() => navigate({ view: 'cards' })} />
          </Later>
        )}
      </main>
      <Later>
        {dialog === 'import' && (
          <ImportDialog
            planId={plan?.id ?? null}
            approved={plan?.status?.stage === 'approvato'}
            onClose={() => setDialog(null)}
            onPlanChanged={(planId) => void store.getState().init(planId)}
          />
        )}
        {dialog === 'export' && plan && (
          <ExportDialog planId={plan.id} selectedCodes={selectedCodes} onClose={() => setDialog(null)} onPrepareRound={() => setDialog('prepare-round')} />
        )}
        {dialog === 'prepare-round' && plan && <PrepareRoundDialog selectedCodes={selectedCodes} onClose={() => setDialog(null)} />}
        {dialog === 'print' && plan && <PrintPreviewDialog planId={plan.id} scope={printScope} onClose={() => setDialog(null)} />}
        {dialog === 'new-card' && plan && (
          <NewCardDialog codes={rows.map((row) => row.code)} catalogues={plan.catalogues} ambitoFilter={filters.ambito} onCreate={createCard} onClose={() => setDialog(null)} />
        )}
        {dialog === 'new-plan' && <NewPlanDialog current={plan} onCreate={createPlan} onCompare={compare} onClose={() => setDialog(null)} />}
        {dialog === 'compare' && session && openPlan && (
          <CompareDialog current={openPlan} plans={plans} host={session.host} onCompare={compare} onClose={() => setDialog(null)} />
        )}
        {dialog === 'about' && <AboutDialog session={store.getState().session} onClose={() => setDialog(null)} />}
        {dialog === 'restore' && <RestoreDialog onClose={() => setDialog(null)} />}
        {dialog === 'help' && <HelpDialog screen={helpScreenOf(route)} onClose={() => setDialog(null)} />}
      </Later>
      <VariationDialog />
    </div>
  );
}
