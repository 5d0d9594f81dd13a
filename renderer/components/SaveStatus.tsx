/**
 * The always-visible save indicator: "Salvataggio…", "Salvato" or "Errore" with the back end's message, and the
 * count of values typed but not saved because they cannot be read ("1 valore non salvato", a link to the card).
 * Why: the toolbar is one line, so a long error is cut there; its whole text opens on hover and on focus.
 */
import { buildRoute } from '../routes';
import { unsavedLabel } from '../store/draftKeys';
import { usePira } from '../store/StoreContext';
import './saveStatus.css';

const LABELS = { idle: 'Nessuna modifica', saving: 'Salvataggio…', saved: 'Salvato', error: 'Errore' } as const;

export function SaveStatus() {
  const saveState = usePira((s) => s.saveState);
  const saveError = usePira((s) => s.saveError);
  const dismiss = usePira((s) => s.dismissSaveErrors);
  const unsaved = usePira((s) => Object.keys(s.drafts).length);
  const firstUnsavedCard = usePira((s) => {
    const key = Object.keys(s.drafts).find((k) => k.startsWith('card:'));
    const id = key === undefined ? null : Number(key.split(':')[1]);
    return s.rows.find((row) => row.id === id)?.code ?? null;
  });
  return (
    <div className="save-status-bar">
      {unsaved > 0 && (
        <a
          className="unsaved-count"
          data-testid="unsaved-count"
          href={firstUnsavedCard === null ? undefined : buildRoute({ view: 'card', code: firstUnsavedCard })}
          title="Valori scritti che non si possono leggere: non sono nel file finché non vengono corretti (Esc nel campo li annulla)"
        >
          {unsavedLabel(unsaved)}
        </a>
      )}
      <div className={`save-status save-${saveState}`} role="status" aria-live="polite" title={saveError ?? undefined}>
        <span className="save-dot" aria-hidden="true" />
        {/* "Nessuna modifica" would be wrong next to unsaved values */}
        {saveState === 'idle' && unsaved > 0 ? '' : LABELS[saveState]}
        {saveError && (
          <button type="button" className="save-error-text" aria-describedby="save-error-full">
            {saveError}
          </button>
        )}
      </div>
      {saveError && (
        <div id="save-error-full" className="save-error-full" role="tooltip">
          <p>{saveError}</p>
          <button type="button" className="link-button" onClick={dismiss}>
            Chiudi l’errore di salvataggio
          </button>
        </div>
      )}
    </div>
  );
}
