/**
 * Creates the plan of a new year in the open file, optionally copying catalogues and cards of the current plan.
 */
import { useState } from 'react';
import type { PlanDocument } from '../../shared/model';
import { parseDate } from '../../shared/values';
import { Dialog } from './Dialog';

export interface NewPlanDialogProps {
  current: PlanDocument | null;
  onCreate(request: { year: number; title: string; monitoringDate: string; copyCards: boolean }): Promise<void>;
  onClose(): void;
}

export function NewPlanDialog({ current, onCreate, onClose }: NewPlanDialogProps) {
  const nextYear = (current?.settings.year ?? new Date().getFullYear()) + 1;
  const [year, setYear] = useState(String(nextYear));
  const [title, setTitle] = useState(`Piano degli indicatori e dei risultati attesi di bilancio ${nextYear}`);
  const [date, setDate] = useState(`30/06/${nextYear}`);
  const [copyCards, setCopyCards] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const y = Number(year);
    if (!/^\d{4}$/.test(year.trim())) return setError('Anno non valido: scrivere quattro cifre (es. 2025).');
    const parsed = parseDate(date);
    if (!parsed.ok) return setError(`Data di monitoraggio: ${parsed.error}`);
    setBusy(true);
    setError(null);
    try {
      await onCreate({ year: y, title, monitoringDate: parsed.value, copyCards });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Nuovo piano"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button secondary" onClick={onClose}>
            Annulla
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void submit()}>
            Crea piano
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field-label" htmlFor="np-year">Anno</label>
        <input id="np-year" value={year} onChange={(e) => setYear(e.target.value)} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="np-title">Titolo</label>
        <input id="np-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="np-date">Data di monitoraggio</label>
        <input id="np-date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      {current && (
        <label className="checkbox">
          <input type="checkbox" checked={copyCards} onChange={(e) => setCopyCards(e.target.checked)} />
          Copia cataloghi e schede dal piano {current.settings.year}
        </label>
      )}
      {error && (
        <p className="field-messages" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
