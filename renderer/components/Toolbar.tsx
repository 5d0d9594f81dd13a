/**
 * The top bar: app name, plan/year selector, navigation, file actions (import, export, print), undo/redo
 * and the save status. The browser harness has no native menu, so every menu command is reachable here.
 */
import type { Route } from '../routes';
import { usePira } from '../store/StoreContext';
import { SaveStatus } from './SaveStatus';

export type ToolbarCommand = 'import-excel' | 'export-excel' | 'print' | 'new-plan' | 'undo' | 'redo';

export interface ToolbarProps {
  route: Route;
  onNavigate(route: Route): void;
  onCommand(command: ToolbarCommand): void;
}

const TABS: { route: Route; label: string; match: Route['view'][] }[] = [
  { route: { view: 'cards' }, label: 'Schede', match: ['cards', 'card'] },
  { route: { view: 'catalogues' }, label: 'Cataloghi', match: ['catalogues'] },
  { route: { view: 'settings' }, label: 'Impostazioni', match: ['settings'] },
];

export function Toolbar({ route, onNavigate, onCommand }: ToolbarProps) {
  const session = usePira((s) => s.session);
  const planId = usePira((s) => s.planId);
  const selectPlan = usePira((s) => s.selectPlan);
  const readOnly = usePira((s) => Boolean(s.session?.readOnly));
  const canUndo = usePira((s) => s.history.past.length > 0) && !readOnly;
  const canRedo = usePira((s) => s.history.future.length > 0) && !readOnly;
  const plans = [...(session?.plans ?? [])].sort((a, b) => b.year - a.year);

  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">P</span>
        <div>
          <div className="brand-name">PIRA Desk</div>
          <div className="brand-file" title={session?.filePath}>{session?.fileName ?? ''}</div>
        </div>
      </div>
      <label className="plan-picker">
        <span className="visually-hidden">Piano e anno</span>
        <select aria-label="Piano e anno" value={planId ?? ''} onChange={(e) => void selectPlan(Number(e.target.value))}>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.year} – {p.ente} ({p.cardCount} schede)
            </option>
          ))}
        </select>
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
      <div className="toolbar-actions">
        <button type="button" className="tool-button" disabled={readOnly} onClick={() => onCommand('import-excel')}>
          Importa Excel
        </button>
        <button type="button" className="tool-button" onClick={() => onCommand('export-excel')}>
          Esporta Excel
        </button>
        <button type="button" className="tool-button" onClick={() => onCommand('print')}>
          Stampa/Anteprima
        </button>
        <span className="divider" aria-hidden="true" />
        <button type="button" className="tool-button icon" aria-label="Annulla (Ctrl+Z)" title="Annulla (Ctrl+Z)" disabled={!canUndo} onClick={() => onCommand('undo')}>
          ↶
        </button>
        <button type="button" className="tool-button icon" aria-label="Ripeti (Ctrl+Y)" title="Ripeti (Ctrl+Y)" disabled={!canRedo} onClick={() => onCommand('redo')}>
          ↷
        </button>
        <SaveStatus />
      </div>
    </header>
  );
}
