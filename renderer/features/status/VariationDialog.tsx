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
            {pending.step === 'undo' ? 'Annulla con questo motivo' : pending.step === 'redo' ? 'Ripeti con questo motivo' : 'Registra la variazione'}
          </button>
        </>
      }
    >
      <p>{pending.message}</p>
      <p>
        {pending.step === 'undo' ? 'Annulla (Ctrl+Z)' : pending.step === 'redo' ? 'Ripeti (Ctrl+Y)' : 'Modifica'}: «{pending.entry.label}».
        {pending.step && ' Annullare o ripetere una variazione è a sua volta una variazione: indicarne il motivo (non vale per le modifiche seguenti).'}
      </p>
      <div className="field">
        <label htmlFor="variation-reason">Motivo della variazione</label>
        <textarea id="variation-reason" rows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      </div>
      {!pending.step && <p className="hint">Il motivo vale anche per le modifiche seguenti, finché non si termina la variazione.</p>}
    </Dialog>
  );
}
