/**
 * "Storico" of one card, folded under its editor: the changes that touched it (by id, or by code after a deletion),
 * newest first, each with the fields of THIS card only (and how many other cards it changed), each revertable; read
 * only while open. A link opens the plan's history filtered on the card.
 */
import { useState } from 'react';
import type { Card } from '../../../shared/model';
import type { ChangeEntry } from '../../../shared/changeLog';
import { buildRoute } from '../../../shared/printRoute';
import { usePira } from '../../store/StoreContext';
import { ChangeEntryView } from './ChangeEntryView';
import { RevertDialog } from './RevertDialog';
import { useChangeLog } from './useChangeLog';
import './history.css';

const PANEL_ENTRIES = 20;

export function HistoryPanel({ card }: { card: Card }) {
  const [open, setOpen] = useState(false);
  const readOnly = usePira((s) => Boolean(s.session?.readOnly));
  const log = useChangeLog(open && card.id > 0 ? { card: { id: card.id, code: card.code }, limit: PANEL_ENTRIES } : null);
  const [reverting, setReverting] = useState<ChangeEntry | null>(null);
  const [message, setMessage] = useState('');
  return (
    <details className="hist-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Storico della scheda</summary>
      {open && (
        <div className="hist-panel-body" data-testid="storico-scheda">
          <p className="hist-message" role="status">
            {message}
          </p>
          {log.status === 'error' && <p role="alert" className="field-messages">{log.message}</p>}
          {log.status === 'ready' && log.entries.length === 0 && <p>Nessuna modifica registrata per questa scheda.</p>}
          {log.entries.map((entry) => (
            <ChangeEntryView key={entry.id} entry={entry} withCard={false} onlyCard={{ id: card.id, code: card.code }} onRevert={setReverting} disabled={readOnly} />
          ))}
          <a className="link-button" href={buildRoute({ view: 'history', card: card.code })}>
            Apri nello storico del piano{log.more ? ' (modifiche precedenti)' : ''}
          </a>
        </div>
      )}
      {reverting && (
        <RevertDialog
          entry={reverting}
          onClose={() => setReverting(null)}
          onDone={(text) => {
            setReverting(null);
            setMessage(text);
          }}
        />
      )}
    </details>
  );
}
