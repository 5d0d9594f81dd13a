/**
 * The reason of a variation: an edit of an approved plan's content waits here (nothing shown or saved yet) until the
 * user gives the reason, which then stays in force for the next edits until "Termina la variazione".
 */
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { usePira } from '../../store/StoreContext';

export function VariationDialog() {
  const pending = usePira((s) => s.pendingVariation);
  const confirmVariation = usePira((s) => s.confirmVariation);
  const cancelVariation = usePira((s) => s.cancelVariation);
  const [reason, setReason] = useState('');
  if (!pending) return null;
  return (
    <Dialog
      title="Variazione al piano approvato"
      onClose={cancelVariation}
      initialFocus="#variation-reason"
      footer={
        <>
          <button type="button" className="button secondary" onClick={cancelVariation}>
            Non modificare
          </button>
          <button type="button" className="button" disabled={reason.trim() === ''} onClick={() => confirmVariation(reason)}>
            Registra la variazione
          </button>
        </>
      }
    >
      <p>{pending.message}</p>
      <p>Modifica: «{pending.entry.label}».</p>
      <div className="field">
        <label htmlFor="variation-reason">Motivo della variazione</label>
        <textarea id="variation-reason" rows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      </div>
      <p className="hint">Il motivo vale anche per le modifiche seguenti, finché non si termina la variazione.</p>
    </Dialog>
  );
}
