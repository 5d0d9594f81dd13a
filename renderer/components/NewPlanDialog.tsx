/**
 * Creates the plan of a new year in the open file, optionally copying catalogues and cards of the current plan;
 * after a copy it shows the report of what was carried over and offers the comparison of the two years.
 * Why the report: targets move with their year, values and manual performances stay behind: the office must see it.
 */
import { useState } from 'react';
import type { PlanRef } from '../../shared/api';
import type { PlanDocument, PlanSummary } from '../../shared/model';
import { describeRollover, settingsForYear, type RolloverReport } from '../../shared/rollover';
import { formatDate, parseDate } from '../../shared/values';
import { Dialog } from './Dialog';

export interface NewPlanDialogProps {
  current: Pick<PlanDocument, 'id' | 'settings'> | null;
  onCreate(request: { year: number; title: string; monitoringDate: string; copyCards: boolean }): Promise<PlanSummary & { rollover?: RolloverReport }>;
  /** Opens the comparison of the copied plan with the new one. */
  onCompare(before: PlanRef, after: PlanRef): void;
  onClose(): void;
}

export function NewPlanDialog({ current, onCreate, onCompare, onClose }: NewPlanDialogProps) {
  const nextYear = (current?.settings.year ?? new Date().getFullYear()) + 1;
  const proposed = current ? settingsForYear(current.settings, nextYear) : null;
  const [year, setYear] = useState(String(nextYear));
  const [title, setTitle] = useState(proposed?.title ?? `Piano degli indicatori e dei risultati attesi di bilancio ${nextYear}`);
  const [date, setDate] = useState(proposed ? formatDate(proposed.monitoringDate) : `30/06/${nextYear}`);
  const [copyCards, setCopyCards] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ id: number; fromId: number; report: RolloverReport } | null>(null);

  const submit = async () => {
    const y = Number(year);
    if (!/^\d{4}$/.test(year.trim())) return setError('Anno non valido: scrivere quattro cifre (es. 2025).');
    const parsed = parseDate(date);
    if (!parsed.ok) return setError(`Data di monitoraggio: ${parsed.error}`);
    setBusy(true);
    setError(null);
    try {
      const plan = await onCreate({ year: y, title, monitoringDate: parsed.value, copyCards });
      if (plan.rollover && current) setCreated({ id: plan.id, fromId: current.id, report: plan.rollover });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  if (created) {
    const { report } = created;
    return (
      <Dialog
        key="report"
        title={`Piano ${report.toYear} creato`}
        wide
        onClose={onClose}
        footer={
          <>
            <button type="button" className="button secondary" onClick={() => onCompare({ planId: created.fromId }, { planId: created.id })}>
              Confronta {report.fromYear} e {report.toYear}
            </button>
            <button type="button" className="button" onClick={onClose}>
              Chiudi
            </button>
          </>
        }
      >
        <section aria-label="Cosa è stato riportato">
          <ul className="rollover-report">
            {describeRollover(report).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      </Dialog>
    );
  }

  return (
    <Dialog
      key="form"
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
