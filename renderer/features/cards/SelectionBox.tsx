/**
 * The side panel's summary of the ticked cards with what can be done with them: export, print, clear.
 * Why: "selected" must be visible and unambiguous before an export or a print, including rows the filters hide.
 */
import { useId } from 'react';
import { formatNumber } from '../../../shared/values';

export interface SelectionBoxProps {
  count: number;
  /** Selected cards the current filters do not show. */
  hidden: number;
  onExport(): void;
  onPrint(): void;
  onClear(): void;
}

export function SelectionBox({ count, hidden, onExport, onPrint, onClear }: SelectionBoxProps) {
  const headingId = useId();
  const none = count === 0;
  return (
    <section className="side-box selection-box" aria-labelledby={headingId}>
      <h2 id={headingId}>Selezione</h2>
      <p className="selection-count" aria-live="polite">
        {none
          ? 'Nessuna scheda selezionata.'
          : `${formatNumber(count, 0)} ${count === 1 ? 'scheda selezionata' : 'schede selezionate'}${hidden > 0 ? `, di cui ${formatNumber(hidden, 0)} non ${hidden === 1 ? 'mostrata' : 'mostrate'} dai filtri` : ''}.`}
      </p>
      {none && <p className="hint">Spuntare le caselle delle righe (Maiusc+clic per un intervallo; dalla tastiera Spazio e Maiusc+Spazio).</p>}
      <div className="selection-actions">
        <button type="button" className="button secondary small" disabled={none} onClick={onExport}>
          Esporta le selezionate…
        </button>
        <button type="button" className="button secondary small" disabled={none} onClick={onPrint}>
          Stampa le selezionate…
        </button>
        {!none && (
          <button type="button" className="link-button" onClick={onClear}>
            Deseleziona tutte
          </button>
        )}
      </div>
    </section>
  );
}
