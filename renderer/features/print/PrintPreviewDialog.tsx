/**
 * In-app print preview: the same document as the print route, in a full-window dialog with the date it scores at
 * ("Valori al …", the screen's by default), "Stampa…" and "Esporta PDF…". Why: the office checks what goes on paper
 * before printing or saving the PDF.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { PrintScope } from '../../../shared/api';
import { exportScopePdf, printScope } from './printActions';
import { PrintDocument, type PrintRequest } from './PrintDocument';
import { usePrintPlan } from './usePrintPlan';
import './preview.css';
import { formatNumber } from '../../../shared/values';
import { useModalDialog } from '../../hooks/useModalDialog';
import { scoringDateOf, tallyOfCards } from '../../../shared/monitoringDates';
import { ScoringDateSelect } from '../monitoring/ScoringDateSelect';
import { dateOptions } from '../monitoring/useScoringDate';

export interface PrintPreviewDialogProps {
  planId: number;
  scope: PrintScope;
  onClose(): void;
}

function scopeLabel(scope: PrintScope): string {
  if (scope.kind === 'plan') return 'piano completo';
  if (scope.kind === 'dashboard') return 'cruscotto';
  if (scope.kind === 'variations') return 'variazioni al piano';
  return scope.codes.length === 1 ? `scheda ${scope.codes[0]}` : `${formatNumber(scope.codes.length, 0)} schede`;
}

export function PrintPreviewDialog({ planId, scope, onClose }: PrintPreviewDialogProps) {
  const ref = useRef<HTMLDialogElement | null>(null);
  const titleId = useId();
  const state = usePrintPlan(planId);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [chosenDate, setChosenDate] = useState(scope.date);
  const date = state.status === 'ready' ? scoringDateOf(state.plan, chosenDate) : chosenDate;
  const dated = useMemo<PrintScope>(() => ({ ...scope, ...(date ? { date } : {}) }), [scope, date]);
  const request = useMemo<PrintRequest>(() => {
    const when = date ? { date } : {};
    if (scope.kind === 'plan') return { wholePlan: true, codes: [], ...when };
    if (scope.kind === 'dashboard') return { wholePlan: false, codes: [], dashboard: true, ...when };
    return { wholePlan: false, codes: scope.kind === 'cards' ? scope.codes : [], ...when };
  }, [scope, date]);

  useModalDialog(ref);

  const run = async (action: typeof printScope) => {
    if (state.status !== 'ready') return;
    setBusy(true);
    setMessage('');
    setMessage(await action(state.host, planId, dated));
    setBusy(false);
  };

  return (
    <dialog
      ref={ref}
      className="pd-preview"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="pd-preview-bar">
        <h2 id={titleId}>Anteprima di stampa – {scopeLabel(scope)}</h2>
        {state.status === 'ready' && date && <ScoringDateSelect date={date} options={dateOptions(state.plan, tallyOfCards(state.plan.cards))} onChoose={setChosenDate} />}
        <span className="pd-preview-message" role="status">
          {message}
        </span>
        <button type="button" disabled={busy || state.status !== 'ready'} onClick={() => void run(printScope)}>
          Stampa…
        </button>
        <button type="button" disabled={busy || state.status !== 'ready'} onClick={() => void run(exportScopePdf)}>
          Esporta PDF…
        </button>
        <button type="button" onClick={onClose}>
          Chiudi
        </button>
      </header>
      {/* focusable: the sheets scroll with the keyboard too (WCAG 2.1.1) */}
      <div className="pd-preview-body" role="region" aria-label="Fogli dell’anteprima" tabIndex={0}>
        {state.status === 'loading' && <p className="pd-status">Preparazione dell’anteprima…</p>}
        {state.status === 'error' && (
          <p className="pd-status pd-missing" role="alert">
            Anteprima non disponibile: {state.message}
          </p>
        )}
        {state.status === 'ready' && <PrintDocument plan={state.plan} request={request} />}
      </div>
    </dialog>
  );
}
