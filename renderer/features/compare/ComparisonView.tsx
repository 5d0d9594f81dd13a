/**
 * The comparison screen (`#/confronto?prima=…&dopo=…`): two plans side by side, what was compared, then every
 * difference card by card; export to Excel, print and PDF of the same comparison.
 * Why a route: the comparison can be reopened, printed by the desktop's print window and linked from "Nuovo piano".
 */
import { useState } from 'react';
import type { PlanRef } from '../../../shared/api';
import { ComparisonDetails } from './ComparisonDetails';
import { exportComparisonPdf, exportComparisonWorkbook, printComparison } from './comparisonActions';
import { useComparison } from './useComparison';
import './compare.css';

export interface ComparisonViewProps {
  before: PlanRef;
  after: PlanRef;
  onClose(): void;
}

export function ComparisonView({ before, after, onClose }: ComparisonViewProps) {
  const state = useComparison(before, after);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setMessage('');
    setMessage(await action());
    setBusy(false);
  };
  const ready = state.status === 'ready';
  const req = { before, after };

  return (
    <section className="comparison" aria-labelledby="cmp-title">
      <div className="section-head">
        <h1 id="cmp-title">
          {ready ? `Confronto: ${state.comparison.before.label} → ${state.comparison.after.label}` : 'Confronto tra piani'}
        </h1>
        <div className="section-actions">
          <label className="checkbox">
            <input type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.currentTarget.checked)} /> Mostra anche le schede invariate
          </label>
          <button type="button" className="button secondary" disabled={!ready || busy} onClick={() => void run(() => exportComparisonWorkbook(req))}>
            Esporta il confronto in Excel
          </button>
          <button type="button" className="button secondary" disabled={!ready || busy} onClick={() => ready && void run(() => printComparison(state.host, req))}>
            Stampa il confronto…
          </button>
          <button type="button" className="button secondary" disabled={!ready || busy} onClick={() => ready && void run(() => exportComparisonPdf(state.host, req))}>
            PDF del confronto…
          </button>
          <button type="button" className="button" onClick={onClose}>
            Chiudi il confronto
          </button>
        </div>
      </div>
      <p className="cmp-message" role="status">
        {message}
      </p>
      {state.status === 'loading' && <p className="empty-note">Confronto in corso…</p>}
      {state.status === 'error' && (
        <p className="banner banner-error" role="alert">
          Confronto non disponibile: {state.message}
        </p>
      )}
      {ready && <ComparisonDetails comparison={state.comparison} showUnchanged={showUnchanged} variant="screen" />}
    </section>
  );
}
