/**
 * The always-visible save indicator: "Salvataggio…", "Salvato" or "Errore" with the back end's message, whose
 * whole text shows on hover and, when it is cut, under it while it has the keyboard focus.
 */
import { usePira } from '../store/StoreContext';
import { useFullTextOnFocus } from './FullText';

const LABELS = { idle: 'Nessuna modifica', saving: 'Salvataggio…', saved: 'Salvato', error: 'Errore' } as const;

export function SaveStatus() {
  const saveState = usePira((s) => s.saveState);
  const saveError = usePira((s) => s.saveError);
  const fullError = useFullTextOnFocus<HTMLSpanElement>(saveError ?? '');
  return (
    <div className={`save-status save-${saveState} tip-anchor`} role="status" aria-live="polite" title={saveError ?? undefined}>
      <span className="save-dot" aria-hidden="true" />
      {LABELS[saveState]}
      {saveError && (
        <span ref={fullError.ref} className="save-error-text" tabIndex={0} onFocus={fullError.onFocus}>
          {saveError}
        </span>
      )}
      {saveError && fullError.tip}
    </div>
  );
}
