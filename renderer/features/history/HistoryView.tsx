/**
 * The plan's change log (`#/storico`, or `#/storico?scheda=CODICE`): every change with who, when, from which computer,
 * field by field, filtered by period, user, card and kind; any entry can be reverted; the variations of an approved
 * plan print on A4 landscape. Why a screen of its own: the top bar is full, the log is reached from Impostazioni,
 * from a card's "Storico" panel and from the Modifica menu.
 */
import { useMemo, useState } from 'react';
import type { ChangeEntry } from '../../../shared/changeLog';
import { describeStatus, statusOf } from '../../../shared/planStatus';
import { exportScopePdf, printScope } from '../print/printActions';
import { usePira } from '../../store/StoreContext';
import { ChangeEntryView } from './ChangeEntryView';
import { HistoryFilters } from './HistoryFilters';
import { RevertDialog } from './RevertDialog';
import { useChangeLog, type LogFilter } from './useChangeLog';
import './history.css';

export function HistoryView({ card, onOpenCard }: { card?: string; onOpenCard(code: string): void }) {
  const plan = usePira((s) => s.plan);
  const rows = usePira((s) => s.rows);
  const cardCodes = useMemo(() => rows.map((row) => row.code).sort(), [rows]);
  const host = usePira((s) => s.session?.host ?? 'web');
  const readOnly = usePira((s) => Boolean(s.session?.readOnly));
  const [filter, setFilter] = useState<LogFilter>(card ? { card: { code: card } } : {});
  const log = useChangeLog(filter);
  const [reverting, setReverting] = useState<ChangeEntry | null>(null);
  const [message, setMessage] = useState('');
  if (!plan) return null;
  const status = statusOf(plan);
  const print = async (action: typeof printScope) => setMessage(await action(host, plan.id, { kind: 'variations' }));

  return (
    <section className="history" aria-labelledby="hist-title">
      <div className="section-head">
        <div>
          <h1 id="hist-title">Storico delle modifiche – piano {plan.settings.year}</h1>
          <p className="hist-status">Stato del piano: {describeStatus(status)}.</p>
        </div>
        <div className="section-actions">
          {filter.card?.code && (
            <button type="button" className="button secondary" onClick={() => onOpenCard(filter.card?.code ?? '')}>
              Apri la scheda {filter.card.code}
            </button>
          )}
          <button type="button" className="button secondary" disabled={status.stage === 'bozza'} onClick={() => void print(printScope)}>
            Stampa le variazioni al piano…
          </button>
          <button type="button" className="button secondary" disabled={status.stage === 'bozza'} onClick={() => void print(exportScopePdf)}>
            PDF delle variazioni…
          </button>
        </div>
      </div>
      <HistoryFilters filter={filter} users={log.users} cardCodes={cardCodes} onChange={setFilter} />
      <p className="hist-message" role="status">
        {message}
      </p>
      {log.status === 'error' && (
        <div className="banner banner-error" role="alert">
          {log.message}
        </div>
      )}
      {log.status === 'ready' && log.entries.length === 0 && <p className="empty-note">Nessuna modifica con questi filtri.</p>}
      <div className="hist-list">
        {log.entries.map((entry) => (
          <ChangeEntryView key={entry.id} entry={entry} withCard onRevert={setReverting} disabled={readOnly} />
        ))}
      </div>
      {log.more && (
        <button type="button" className="button secondary" onClick={log.loadMore}>
          Mostra le modifiche precedenti
        </button>
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
    </section>
  );
}
