/**
 * "Stato del piano" at the top of Impostazioni: bozza / approvato (with its deliberation) / chiuso, the moves allowed
 * from there, and the way to the plan's history. Outside the editors' disabled area: a closed plan can be reopened.
 */
import { useState } from 'react';
import { describeStatus, statusOf } from '../../../shared/planStatus';
import { usePira } from '../../store/StoreContext';
import { StatusDialog, type StatusMove } from './StatusDialog';
import '../history/history.css';

const NOTES = {
  bozza: 'Il piano si modifica liberamente; ogni modifica è registrata nello storico.',
  approvato: 'Schede, indicatori, target, pesi e impostazioni del documento si cambiano solo come variazione al piano, con il motivo; i valori rilevati restano liberi.',
  chiuso: 'Il piano non si modifica più, valori compresi.',
} as const;

export function PlanStatusPanel({ onOpenHistory }: { onOpenHistory(): void }) {
  const plan = usePira((s) => s.plan);
  const readOnly = usePira((s) => Boolean(s.session?.readOnly));
  const [move, setMove] = useState<StatusMove | null>(null);
  if (!plan) return null;
  const status = statusOf(plan);
  const text = describeStatus(status);
  const action = (m: StatusMove, label: string) => (
    <button type="button" className="button secondary" disabled={readOnly} onClick={() => setMove(m)}>
      {label}
    </button>
  );
  return (
    <section className="status-panel" aria-labelledby="status-title">
      <div className="status-line">
        <div>
          <h2 id="status-title">Stato del piano</h2>
          <p className="status-text" data-testid="stato-piano">
            <strong>{text.charAt(0).toUpperCase() + text.slice(1)}</strong>. {NOTES[status.stage]}
          </p>
        </div>
        <div className="section-actions">
          {status.stage === 'bozza' && action('approve', 'Approva il piano…')}
          {status.stage === 'approvato' && action('close', 'Chiudi il piano…')}
          {status.stage === 'approvato' && action('draft', 'Riporta in bozza…')}
          {status.stage === 'chiuso' && action('reopen', 'Riapri il piano…')}
          <button type="button" className="button" onClick={onOpenHistory}>
            Storico delle modifiche
          </button>
        </div>
      </div>
      {move && <StatusDialog move={move} onClose={() => setMove(null)} />}
    </section>
  );
}
