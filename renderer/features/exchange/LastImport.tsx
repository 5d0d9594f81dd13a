/**
 * The last import of the open plan, read from the plan file (so it survives a restart), with "Annulla importazione"
 * when it can still be undone (asked first), or the reason why not. Why: an import touches many cards; going back must
 * be easy, and never by a slip of the mouse.
 */
import { useEffect, useState } from 'react';
import type { ImportRecord } from '../../../shared/api';
import { api } from '../../api';

export interface LastImportProps {
  planId: number;
  /** Bumped by the parent to read the record again (after an apply). */
  refresh?: number;
  onUndone(planId: number | null): void;
}

function when(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} alle ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function LastImport({ planId, refresh = 0, onUndone }: LastImportProps) {
  const [record, setRecord] = useState<ImportRecord | null>(null);
  const [busy, setBusy] = useState(false);
  /** «Annulla importazione» asks first: an import touches many cards, and undoing it throws away what it brought. */
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    api.lastImport({ planId }).then((r) => live && setRecord(r), () => live && setRecord(null));
    return () => {
      live = false;
    };
  }, [planId, refresh]);

  const undo = async () => {
    setAsking(false);
    setBusy(true);
    setMessage(null);
    try {
      const result = await api.undoImport({ planId });
      setMessage({ kind: 'ok', text: result.message });
      setRecord(null);
      onUndone(result.planId);
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  if (!record && !message) return null;
  return (
    <section aria-label="Ultima importazione" className="last-import">
      {record && (
        <p>
          Ultima importazione: {when(record.importedAt)}, {record.fileNames.join(', ')} — {record.summary}
          {record.createdPlan ? ' (ha creato il piano)' : ''}.{' '}
          <button type="button" className="button secondary small" disabled={busy || asking || !record.undoable} onClick={() => setAsking(true)}>
            Annulla importazione
          </button>
        </p>
      )}
      {record && asking && (
        <p role="alert" className="last-import-question">
          Annullare l’importazione di {record.fileNames.join(', ')}? Il piano torna esattamente com’era prima ({record.summary}): quello che i file
          hanno portato va perso. L’annullamento resta nello storico delle modifiche.{' '}
          <button type="button" className="button small" onClick={() => void undo()}>
            Conferma l’annullamento
          </button>{' '}
          <button type="button" className="button secondary small" onClick={() => setAsking(false)}>
            Lascia l’importazione
          </button>
        </p>
      )}
      {record && !record.undoable && <p className="field-messages">{record.reason}</p>}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'field-messages' : undefined}>
          {message.text}
        </p>
      )}
    </section>
  );
}
