/**
 * The application shell: toolbar, the current view (card list, card editor, catalogues, settings), the dialogs
 * (import, export, print preview, new plan, about), native menu commands and keyboard shortcuts.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand, PrintScope } from '../shared/api';
import { api } from './api';
import { AboutDialog } from './components/AboutDialog';
import { FileStatusBanners } from './components/FileStatusBanners';
import { NewPlanDialog } from './components/NewPlanDialog';
import { Toolbar, type ToolbarCommand } from './components/Toolbar';
import { CardList } from './features/cards/CardList';
import { CataloguesEditor } from './features/catalogues/CataloguesEditor';
import { CardEditor } from './features/editor/CardEditor';
import { ExportDialog, ImportDialog } from './features/exchange';
import { RestoreDialog } from './features/backups/RestoreDialog';
import { PrintPreviewDialog } from './features/print';
import { SettingsEditor } from './features/settings/SettingsEditor';
import { useHashRoute } from './hooks/useHashRoute';
import { commitFocusedField, useShortcuts } from './hooks/useShortcuts';
import { buildCardRows, filterRows, NO_FILTERS } from './store/listSelectors';
import { usePira, usePiraStore } from './store/StoreContext';

type OpenDialog = 'import' | 'export' | 'print' | 'new-plan' | 'about' | 'restore' | null;

export function App() {
  const store = usePiraStore();
  const { route, planId: routePlanId, navigate } = useHashRoute();
  const doc = usePira((s) => s.doc);
  const loading = usePira((s) => s.loading);
  const loadError = usePira((s) => s.loadError);
  const filters = usePira((s) => s.filters);
  const readOnly = usePira((s) => Boolean(s.session?.readOnly));
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);

  // Only the first address's plan id counts: later navigation keeps the plan chosen in the toolbar.
  const initialPlanId = useRef(routePlanId);
  useEffect(() => {
    void store.getState().init(initialPlanId.current);
  }, [store]);

  /** The cards a print or export concerns: the open card, the filtered list, or everything. */
  const selectedCodes = useMemo(() => {
    if (route.view === 'card') return [route.code];
    if (!doc || route.view !== 'cards' || JSON.stringify(filters) === JSON.stringify(NO_FILTERS)) return [];
    return filterRows(buildCardRows(doc), filters).map((r) => r.code);
  }, [doc, route, filters]);
  const printScope: PrintScope = selectedCodes.length > 0 ? { kind: 'cards', codes: selectedCodes } : { kind: 'plan' };

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
          navigate({ view: 'cards' });
          requestAnimationFrame(() => searchRef.current?.focus());
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
        case 'restore-backup':
          setDialog('restore');
          return;
      }
    },
    [store, navigate],
  );

  useEffect(() => api.onMenuCommand(run), [run]);
  const shortcuts = useMemo(() => ({ undo: () => run('undo'), redo: () => run('redo'), find: () => run('find') }), [run]);
  useShortcuts(shortcuts);

  const newCard = () => {
    const code = `NUOVA_${Date.now().toString(36).toUpperCase()}`;
    store.getState().addCard({ code, title: 'Nuovo obiettivo' });
    navigate({ view: 'card', code });
  };

  const createPlan = async (req: { year: number; title: string; monitoringDate: string; copyCards: boolean }) => {
    const base = doc?.settings;
    const summary = await api.createPlan({
      settings: {
        ente: base?.ente ?? '',
        year: req.year,
        title: req.title,
        monitoringDate: req.monitoringDate,
        horizonStart: req.year,
        horizonEnd: req.year + 2,
        premessa: base?.premessa ?? '',
        policy: base?.policy ?? { cap: 1, lateDeadline: { mode: 'zero' }, notYetDue: 'nd', missingInObjective: 'exclude' },
      },
      ...(doc ? { copyFromPlanId: doc.id, copyCards: req.copyCards } : {}),
    });
    setDialog(null);
    await store.getState().init(summary.id);
    navigate({ view: 'cards' });
  };

  return (
    <div className="app">
      <Toolbar route={route} onNavigate={(r) => navigate(r)} onCommand={run} />
      <main className="content">
        <FileStatusBanners />
        {loadError && (
          <div className="banner banner-error" role="alert">
            {loadError}
          </div>
        )}
        {loading && !doc && <p className="empty-note">Caricamento del piano…</p>}
        {!loading && !doc && !loadError && (
          <div className="empty-note">
            Il file non contiene ancora alcun piano.{' '}
            <button type="button" className="button" onClick={() => setDialog('new-plan')}>
              Crea un piano
            </button>
          </div>
        )}
        {doc && route.view === 'cards' && <CardList onOpen={(code) => navigate({ view: 'card', code })} onNewCard={newCard} searchRef={searchRef} />}
        {/* Read-only (the file is in use elsewhere): every editing control of the editors is disabled at once. */}
        <fieldset className="edit-scope" disabled={readOnly}>
          {doc && route.view === 'card' && (
            <CardEditor
              key={route.code}
              code={route.code}
              onBack={() => navigate({ view: 'cards' })}
              onCodeChanged={(code) => navigate({ view: 'card', code })}
            />
          )}
          {doc && route.view === 'catalogues' && <CataloguesEditor />}
          {doc && route.view === 'settings' && <SettingsEditor />}
        </fieldset>
      </main>
      {dialog === 'import' && (
        <ImportDialog
          planId={doc?.id ?? null}
          onClose={() => setDialog(null)}
          onApplied={() => {
            setDialog(null);
            void store.getState().reloadDocument();
          }}
        />
      )}
      {dialog === 'export' && doc && <ExportDialog planId={doc.id} selectedCodes={selectedCodes} onClose={() => setDialog(null)} />}
      {dialog === 'print' && doc && <PrintPreviewDialog planId={doc.id} scope={printScope} onClose={() => setDialog(null)} />}
      {dialog === 'new-plan' && <NewPlanDialog current={doc} onCreate={createPlan} onClose={() => setDialog(null)} />}
      {dialog === 'about' && <AboutDialog session={store.getState().session} onClose={() => setDialog(null)} />}
      {dialog === 'restore' && <RestoreDialog onClose={() => setDialog(null)} />}
    </div>
  );
}
