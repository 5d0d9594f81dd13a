/**
 * "Riapri il monitoraggio al 30/06/2024": reopening a closed date with its reason (required). The back end records
 * the reopening in the change log (the closing, with the scores it kept, stays there); the plan is then read again.
 * Why a dialog: a closed date is a commitment to the figures of that day; undoing it must be deliberate and explained.
 */
import { useId, useState } from 'react';
import { formatDate } from '../../../shared/dates';
import type { IsoDate } from '../../../shared/model';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { usePira } from '../../store/StoreContext';

export interface ReopenDialogProps {
  planId: number;
  date: IsoDate;
  onClose(message?: string): void;
}

export function ReopenDialog({ planId, date, onClose }: ReopenDialogProps) {
  const reasonId = useId();
  const reloadDocument = usePira((s) => s.reloadDocument);
  const flush = usePira((s) => s.flush);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = formatDate(date);

  const submit = async () => {
    if (reason.trim() === '') return setError('Indicare il motivo della riapertura.');
    setBusy(true);
    setError(null);
    try {
      await flush();
      await api.reopenMonitoringDate({ planId, date, reason: reason.trim() });
      await reloadDocument();
      onClose(`Monitoraggio al ${shown} riaperto.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`Riapri il monitoraggio al ${shown}`}
      onClose={() => onClose()}
      footer={
        <>
          <button type="button" className="button secondary" onClick={() => onClose()}>
            Annulla
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void submit()}>
            Riapri il monitoraggio
          </button>
        </>
      }
    >
      <p>
        I valori al {shown} tornano modificabili. La chiusura, con le performance registrate quel giorno, resta nello storico delle modifiche; la
        riapertura vi si aggiunge con il motivo, chi e quando. Si potrà chiudere di nuovo la data quando i valori saranno corretti.
      </p>
      <div className="field">
        <label htmlFor={reasonId} className="field-label">
          Motivo della riapertura
        </label>
        <textarea id={reasonId} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      {error && (
        <p className="finding-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
