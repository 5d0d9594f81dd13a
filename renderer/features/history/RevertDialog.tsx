/**
 * "Annulla questa modifica": says what reverting entry n. X will do, asks the reason when the plan is approved (a
 * revert of its content is a variation too), and reports the file's refusal (later changes to the same rows) as is.
 */
import { useState } from 'react';
import type { ChangeEntry } from '../../../shared/changeLog';
import { formatInstant } from '../../../shared/fileHolder';
import { Dialog } from '../../components/Dialog';
import { usePira } from '../../store/StoreContext';

export function RevertDialog({ entry, onClose, onDone }: { entry: ChangeEntry; onClose(): void; onDone(message: string): void }) {
  const revertLogged = usePira((s) => s.revertLogged);
  const stage = usePira((s) => s.plan?.status?.stage ?? 'bozza');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const removesPlan = entry.kind === 'create' || entry.kind === 'rollover';
  // a status move back, a closing undone (a reopening), an amendment undone (an amendment itself) need their reason
  const asksReason = stage !== 'bozza' || ['status', 'close-date', 'amend', 'revert'].includes(entry.kind);

  const revert = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await revertLogged(entry.id, reason));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`Annulla la modifica n. ${entry.id}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button secondary" onClick={onClose}>
            Lascia com’è
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void revert()}>
            {removesPlan ? 'Elimina il piano' : 'Annulla la modifica'}
          </button>
        </>
      }
    >
      <p>
        «{entry.label}», di {entry.user} del {formatInstant(entry.at)}.
      </p>
      <p>
        {removesPlan
          ? `Annullare la creazione elimina il piano ${entry.planYear} con tutte le sue schede (solo se nessuno lo ha modificato da allora).`
          : 'Ciò che questa modifica ha cambiato torna com’era prima; l’annullamento è registrato nello storico e si può annullare a sua volta. Se nel frattempo altre modifiche hanno toccato le stesse schede, l’annullamento è rifiutato: nulla viene sovrascritto.'}
      </p>
      {asksReason && (
        <div className="field">
          <label htmlFor="revert-reason">Motivo{stage === 'approvato' ? ' (il piano è approvato: annullare una modifica è una variazione al piano)' : ''}</label>
          <textarea id="revert-reason" rows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        </div>
      )}
      {error && (
        <p role="alert" className="field-messages">
          {error}
        </p>
      )}
    </Dialog>
  );
}
