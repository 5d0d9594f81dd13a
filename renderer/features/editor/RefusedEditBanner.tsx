/**
 * The last edit of this card that the file refused: what it was, why, and that the screen shows the file again;
 * "Riprova" sends it again (a locked file may accept it later), "Chiudi" forgets it.
 */
import { usePira } from '../../store/StoreContext';

export function RefusedEditBanner({ cardId }: { cardId: number }) {
  const refused = usePira((s) => s.refusedEdits[cardId]);
  const retry = usePira((s) => s.retryRefused);
  const dismiss = usePira((s) => s.dismissSaveErrors);
  if (!refused) return null;
  return (
    <div className="banner banner-error refused-edit" role="alert">
      <p>
        <strong>Modifica non salvata ({refused.label}):</strong> {refused.message} La scheda mostra di nuovo quanto contiene il file.
      </p>
      <div className="refused-actions">
        <button type="button" className="button secondary" onClick={() => retry(cardId)}>
          Riprova la modifica
        </button>
        <button type="button" className="link-button" onClick={dismiss}>
          Chiudi l’avviso della scheda
        </button>
      </div>
    </div>
  );
}
