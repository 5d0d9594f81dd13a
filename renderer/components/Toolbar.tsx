/**
 * The top bar, two rows of fixed height: the app and its plan (plan/year selector, "Nuovo piano") with the main
 * navigation, then the commands (import, export, print, compare, undo/redo), the status strip and «?» (help, F1).
 * Why fixed rows: at 1366 px a single wrapping row jumped by a line whenever the save status changed width, in the
 * middle of typing; the status strip takes the free width of the second row and cuts its texts instead of wrapping,
 * so another status item fits without moving anything. The browser harness has no native menu, so every menu
 * command is reachable here.
 */
import { useId } from 'react';
import type { Route } from '../routes';
import { planLabel, usePlanSummaries } from '../store/planSummaries';
import { usePira } from '../store/StoreContext';
import { SeasonPicker } from '../features/monitoring/SeasonPicker';
import { FullTextSelect } from './FullText';
import { SaveStatus } from './SaveStatus';

/** Said next to undo/redo: the steps are kept in the file's change log, so they outlive a reload. */
const HISTORY_SCOPE_NOTE =
  'Annulla e Ripeti valgono anche dopo aver chiuso e riaperto il file: ogni modifica è registrata nel file (Storico delle modifiche). Non annullano una modifica se nel frattempo qualcun altro ha cambiato la stessa scheda.';

export type ToolbarCommand = 'import-excel' | 'export-excel' | 'print' | 'new-plan' | 'undo' | 'redo' | 'compare-plans' | 'help';

export interface ToolbarProps {
  route: Route;
  onNavigate(route: Route): void;
  onCommand(command: ToolbarCommand): void;
}

const TABS: { route: Route; label: string; match: Route['view'][] }[] = [
  { route: { view: 'cards' }, label: 'Schede', match: ['cards', 'card'] },
  { route: { view: 'dashboard' }, label: 'Cruscotto', match: ['dashboard'] },
  { route: { view: 'monitoring' }, label: 'Monitoraggio', match: ['monitoring'] },
  { route: { view: 'history' }, label: 'Storico', match: ['history'] },
  { route: { view: 'catalogues' }, label: 'Cataloghi', match: ['catalogues'] },
  { route: { view: 'settings' }, label: 'Impostazioni', match: ['settings'] },
];

export function Toolbar({ route, onNavigate, onCommand }: ToolbarProps) {
  const session = usePira((s) => s.session);
  const planId = usePira((s) => s.planId);
  const selectPlan = usePira((s) => s.selectPlan);
  const undoLabel = usePira((s) => s.history.past.at(-1)?.label ?? null);
  const redoLabel = usePira((s) => s.history.future.at(-1)?.label ?? null);
  const noteId = useId();
  const readOnly = usePira((s) => Boolean(s.session?.readOnly));
  const plans = usePlanSummaries();
  const current = plans.find((p) => p.id === planId);

  return (
    <header className="toolbar">
      <div className="toolbar-row toolbar-main">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">P</span>
          <div className="brand-text">
            <div className="brand-name">PIRA Desk</div>
            <div className="brand-file" title={session?.filePath}>{session?.fileName ?? ''}</div>
          </div>
        </div>
        <label className="plan-picker">
          <span className="visually-hidden">Piano e anno</span>
          <FullTextSelect
            aria-label="Piano e anno"
            fullText={current ? planLabel(current) : ''}
            value={planId ?? ''}
            onChange={(e) => void selectPlan(Number(e.target.value))}
          >
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {planLabel(p)}
              </option>
            ))}
          </FullTextSelect>
        </label>
        <button type="button" className="tool-button" disabled={readOnly} onClick={() => onCommand('new-plan')} title="Crea il piano di un nuovo anno">
          Nuovo piano
        </button>
        <nav className="tabs" aria-label="Sezioni">
          {TABS.map((tab) => (
            <button
              key={tab.label}
              type="button"
              className={`tab ${tab.match.includes(route.view) ? 'active' : ''}`}
              aria-current={tab.match.includes(route.view) ? 'page' : undefined}
              onClick={() => onNavigate(tab.route)}
            >
              {tab.label}
            </button>
          ))}
        </nav>
      </div>
      <div className="toolbar-row toolbar-commands">
        <div className="toolbar-actions">
          <SeasonPicker place="toolbar" />
          <button type="button" className="tool-button" disabled={readOnly} onClick={() => onCommand('import-excel')}>
            Importa Excel
          </button>
          <button type="button" className="tool-button" onClick={() => onCommand('export-excel')}>
            Esporta Excel
          </button>
          <button type="button" className="tool-button" onClick={() => onCommand('print')}>
            Stampa/Anteprima
          </button>
          <button
            type="button"
            className="tool-button icon"
            aria-label="Confronta piani…"
            title="Confronta piani…: il piano aperto con un altro anno del file o con un altro file"
            onClick={() => onCommand('compare-plans')}
          >
            ⇄
          </button>
          <span className="divider" aria-hidden="true" />
          <span className="undo-group">
            <button
              type="button"
              className="tool-button icon"
              aria-label="Annulla (Ctrl+Z)"
              aria-describedby={noteId}
              title={`${undoLabel ? `Annulla: ${undoLabel}` : 'Niente da annullare'} (Ctrl+Z).\n${HISTORY_SCOPE_NOTE}`}
              disabled={undoLabel === null || readOnly}
              onClick={() => onCommand('undo')}
            >
              ↶
            </button>
            <button
              type="button"
              className="tool-button icon"
              aria-label="Ripeti (Ctrl+Y)"
              aria-describedby={noteId}
              title={`${redoLabel ? `Ripeti: ${redoLabel}` : 'Niente da ripetere'} (Ctrl+Y).\n${HISTORY_SCOPE_NOTE}`}
              disabled={redoLabel === null || readOnly}
              onClick={() => onCommand('redo')}
            >
              ↷
            </button>
            <span id={noteId} className="full-text-tip undo-note">
              {HISTORY_SCOPE_NOTE}
            </span>
          </span>
        </div>
        {/* The status strip: every item keeps to one line and gives up width (cut text, whole on hover/focus). */}
        <div className="toolbar-status" data-testid="toolbar-status">
          <SaveStatus />
        </div>
        <button
          type="button"
          className="tool-button icon help-button"
          aria-label="Aiuto (F1)"
          title="Aiuto: la guida di questa schermata, il lavoro dell’anno e le scorciatoie (F1)"
          aria-haspopup="dialog"
          onClick={() => onCommand('help')}
        >
          ?
        </button>
      </div>
    </header>
  );
}
