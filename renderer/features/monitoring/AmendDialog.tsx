/**
 * "Rettifica del valore al 30/06/2024": the correction of a value of a closed date, with its reason. The back end
 * records who and when with the value before and after; the plan is then read again (the card shows the amendment).
 * Why a dialog: a closed value is never typed over in the grid; a correction is a deliberate, explained act.
 */
import { useId, useState } from 'react';
import { formatDate } from '../../../shared/dates';
import type { Card, IsoDate, Value } from '../../../shared/model';
import { valueAt } from '../../../shared/monitoringDates';
import { plausibilityWarnings } from '../../../shared/plausibility';
import { describeValue, parseEnteredValue } from '../../../shared/valueEntry';
import { formatValue } from '../../../shared/values';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { usePira } from '../../store/StoreContext';

export interface AmendDialogProps {
  planId: number;
  card: Card;
  index: number;
  date: IsoDate;
  onClose(): void;
}

export function AmendDialog({ planId, card, index, date, onClose }: AmendDialogProps) {
  const valueId = useId();
  const reasonId = useId();
  const reloadDocument = usePira((s) => s.reloadDocument);
  const indicator = card.indicators[index];
  const current = indicator ? valueAt(indicator, date) : undefined;
  const [text, setText] = useState(current ? formatValue(current) : '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!indicator) return null;
  const parsed = parseEnteredValue(text, indicator.udm);
  const shown = formatDate(date);

  const submit = async () => {
    if (!parsed.ok) return setError(parsed.error);
    if (reason.trim() === '') return setError('Indicare il motivo della rettifica.');
    const value: Value | null = parsed.value.kind === 'missing' && parsed.value.mark === '' ? null : parsed.value;
    setBusy(true);
    setError(null);
    try {
      await api.amendValue({ planId, cardId: card.id, indicatorId: indicator.id, date, value, reason: reason.trim() });
      await reloadDocument();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`Rettifica del valore al ${shown}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button secondary" onClick={onClose}>
            Annulla
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void submit()}>
            Registra la rettifica
          </button>
        </>
      }
    >
      <p>
        Scheda {card.code}, indicatore {index + 1} «{indicator.name}». Il monitoraggio al {shown} è chiuso: la correzione resta registrata
        nel piano come rettifica (valore prima e dopo, motivo, chi e quando) e compare nella scheda e nella stampa.
      </p>
      <p>
        Valore ora: <strong>{current ? formatValue(current) : 'vuoto'}</strong>
      </p>
      <div className="field">
        <label htmlFor={valueId} className="field-label">
          Nuovo valore al {shown}
        </label>
        <input id={valueId} type="text" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${valueId}-hint`} />
        <div id={`${valueId}-hint`} className={parsed.ok ? 'hint' : 'finding-error'}>
          {parsed.ok ? `→ ${describeValue(parsed.value)}` : parsed.error}
        </div>
        {parsed.ok &&
          plausibilityWarnings(indicator, date, parsed.value).map((warning) => (
            <div key={warning} className="finding-warning">
              Attenzione: {warning}
            </div>
          ))}
      </div>
      <div className="field">
        <label htmlFor={reasonId} className="field-label">
          Motivo della rettifica
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
