/**
 * The always-visible save indicator: "Salvataggio…", "Salvato" or "Errore" with the back end's message.
 */
import { usePira } from '../store/StoreContext';

const LABELS = { idle: 'Nessuna modifica', saving: 'Salvataggio…', saved: 'Salvato', error: 'Errore' } as const;

export function SaveStatus() {
  const saveState = usePira((s) => s.saveState);
  const saveError = usePira((s) => s.saveError);
  return (
    <div className={`save-status save-${saveState}`} role="status" aria-live="polite" title={saveError ?? undefined}>
      <span className="save-dot" aria-hidden="true" />
      {LABELS[saveState]}
      {saveError && <span className="save-error-text">{saveError}</span>}
    </div>
  );
}
