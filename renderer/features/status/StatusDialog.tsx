/**
 * The status moves that need words: approving (date and number of the deliberation), closing (a confirmation),
 * reopening a closed plan or taking an approved one back to draft (a reason). The file checks the same rules.
 */
import { useState } from 'react';
import { parseDate } from '../../../shared/dates';
import type { PlanStage } from '../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { usePira } from '../../store/StoreContext';

export type StatusMove = 'approve' | 'close' | 'reopen' | 'draft';

const MOVES: Record<StatusMove, { title: string; stage: PlanStage; confirm: string; text: string }> = {
  approve: {
    title: 'Approva il piano',
    stage: 'approvato',
    confirm: 'Approva',
    text: 'Da approvato, ogni modifica a schede, indicatori, target, pesi e impostazioni del documento è una variazione al piano e chiede il motivo; i valori rilevati restano liberi.',
  },
  close: { title: 'Chiudi il piano', stage: 'chiuso', confirm: 'Chiudi il piano', text: 'Un piano chiuso non si modifica più, valori compresi; si può riaprire indicando il motivo.' },
  reopen: { title: 'Riapri il piano', stage: 'approvato', confirm: 'Riapri', text: 'Il piano torna approvato: i valori si possono di nuovo modificare, il resto come variazione al piano.' },
  draft: { title: 'Riporta in bozza', stage: 'bozza', confirm: 'Riporta in bozza', text: 'Il piano torna in bozza e si modifica liberamente; le variazioni registrate restano nello storico.' },
};

export function StatusDialog({ move, onClose }: { move: StatusMove; onClose(): void }) {
  const changePlanStatus = usePira((s) => s.changePlanStatus);
  const spec = MOVES[move];
  const [date, setDate] = useState('');
  const [deliberation, setDeliberation] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (move === 'approve' && date.trim() === '') return setError('Scrivere la data della delibera (gg/mm/aaaa, es. 30/01/2024).');
    const parsed = move === 'approve' ? parseDate(date) : null;
    if (parsed && !parsed.ok) return setError(`Data della delibera: ${parsed.error}.`);
    setBusy(true);
    setError(null);
    try {
      await changePlanStatus({
        stage: spec.stage,
        ...(parsed?.ok ? { approvedOn: parsed.value, deliberation } : {}),
        ...(move === 'reopen' || move === 'draft' ? { reason } : {}),
      });
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={spec.title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button secondary" onClick={onClose}>
            Lascia com’è
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void submit()}>
            {spec.confirm}
          </button>
        </>
      }
    >
      <p>{spec.text}</p>
      {move === 'approve' && (
        <div className="field-row">
          <div className="field">
            <label htmlFor="status-date">Data della delibera</label>
            <input id="status-date" placeholder="gg/mm/aaaa" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
          </div>
          <div className="field grow">
            <label htmlFor="status-deliberation">Numero della delibera</label>
            <input id="status-deliberation" value={deliberation} onChange={(e) => setDeliberation(e.currentTarget.value)} />
          </div>
        </div>
      )}
      {(move === 'reopen' || move === 'draft') && (
        <div className="field">
          <label htmlFor="status-reason">Motivo</label>
          <textarea id="status-reason" rows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
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
