/**
 * "Confronta piani…": the open plan against another plan of the file or a plan of another `.pira` file (chosen in
 * the desktop's open dialog, uploaded in a browser; opened read-only). The older plan is the «prima».
 * Why: after a rollover, or with a colleague's copy, the office must see what changed before approving.
 */
import { useState } from 'react';
import type { ComparisonFile, HostKind, PlanRef } from '../../../shared/api';
import type { PlanSummary } from '../../../shared/model';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { planLabel } from '../../store/planSummaries';
import { INLINE_CHOICE, readFileAsBase64 } from '../exchange/fileTransfer';

export interface CompareDialogProps {
  current: PlanSummary;
  plans: PlanSummary[];
  host: HostKind;
  onCompare(before: PlanRef, after: PlanRef): void;
  onClose(): void;
}

type Source = 'file-plan' | 'other-file';

/** The plan of the first `years` found, else the one nearest to the first of them. */
function proposed(plans: PlanSummary[], years: number[]): PlanSummary | undefined {
  for (const year of years) {
    const found = plans.find((p) => p.year === year);
    if (found) return found;
  }
  const target = years[0] ?? 0;
  return [...plans].sort((a, b) => Math.abs(a.year - target) - Math.abs(b.year - target) || a.year - b.year)[0];
}

/** The older plan comes first; with the same year, the open plan first (what the other copy changed). */
function ordered(current: PlanSummary, other: PlanSummary, otherRef: PlanRef): [PlanRef, PlanRef] {
  const mine: PlanRef = { planId: current.id };
  return other.year < current.year ? [otherRef, mine] : [mine, otherRef];
}

export function CompareDialog({ current, plans, host, onCompare, onClose }: CompareDialogProps) {
  const others = plans.filter((p) => p.id !== current.id).sort((a, b) => b.year - a.year);
  const [source, setSource] = useState<Source>(others.length > 0 ? 'file-plan' : 'other-file');
  const [planId, setPlanId] = useState(proposed(others, [current.year - 1, current.year + 1])?.id ?? 0);
  const [otherFile, setOtherFile] = useState<ComparisonFile | null>(null);
  const [otherPlanId, setOtherPlanId] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const opened = (file: ComparisonFile | { cancelled: true }) => {
    if ('cancelled' in file) return;
    setOtherFile(file);
    setOtherPlanId(proposed(file.plans, [current.year, current.year - 1])?.id ?? 0);
  };
  const open = async (upload?: File) => {
    setBusy(true);
    setError(null);
    try {
      opened(upload ? await api.openComparisonFile({ fileName: upload.name, dataBase64: await readFileAsBase64(upload) }) : await api.openComparisonFile({}));
    } catch (e) {
      setOtherFile(null);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const other =
    source === 'file-plan'
      ? others.find((p) => p.id === planId)
      : otherFile?.plans.find((p) => p.id === otherPlanId);
  const otherRef: PlanRef | null = !other ? null : source === 'file-plan' ? { planId: other.id } : { planId: other.id, fileToken: otherFile?.token };
  const pair = other && otherRef ? ordered(current, other, otherRef) : null;
  const sideLabel = (ref: PlanRef) =>
    ref === otherRef ? `piano ${other?.year}${ref.fileToken ? ` di ${otherFile?.fileName}` : ''}` : `piano ${current.year} aperto`;

  return (
    <Dialog
      title="Confronta piani"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button secondary" onClick={onClose}>
            Annulla
          </button>
          <button type="button" className="button" disabled={!pair || busy} onClick={() => pair && onCompare(pair[0], pair[1])}>
            Confronta
          </button>
        </>
      }
    >
      <p>
        Piano aperto: <strong>{planLabel(current)}</strong>.
      </p>
      <fieldset className="field">
        <legend>Confrontare con</legend>
        <label>
          <input type="radio" style={INLINE_CHOICE} name="confronto" checked={source === 'file-plan'} disabled={others.length === 0} onChange={() => setSource('file-plan')} />{' '}
          Un altro piano di questo file
        </label>
        {source === 'file-plan' && (
          <div className="field">
            <label className="field-label" htmlFor="cmp-plan">
              Piano da confrontare
            </label>
            <select id="cmp-plan" value={planId} onChange={(e) => setPlanId(Number(e.currentTarget.value))}>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {planLabel(p)}
                </option>
              ))}
            </select>
          </div>
        )}
        {others.length === 0 && <p className="hint">Il file contiene un solo piano.</p>}
        <br />
        <label>
          <input type="radio" style={INLINE_CHOICE} name="confronto" checked={source === 'other-file'} onChange={() => setSource('other-file')} /> Un piano di un
          altro file (.pira), aperto in sola lettura
        </label>
        {source === 'other-file' && (
          <div className="field">
            {host === 'electron' ? (
              <button type="button" className="button secondary" disabled={busy} onClick={() => void open()}>
                Scegli il file del piano…
              </button>
            ) : (
              <div className="file-picker">
                <input
                  id="cmp-file"
                  className="visually-hidden"
                  type="file"
                  accept=".pira"
                  aria-label="File del piano da confrontare (.pira)"
                  disabled={busy}
                  onChange={(e) => void open(e.currentTarget.files?.[0])}
                />
                <label htmlFor="cmp-file" className="button secondary" aria-hidden="true">
                  Scegli il file…
                </label>
                <span className="file-picker-name">{otherFile?.fileName ?? 'Nessun file scelto'}</span>
              </div>
            )}
            {otherFile && (
              <>
                <label className="field-label" htmlFor="cmp-other-plan">
                  Piano dell’altro file
                </label>
                <select id="cmp-other-plan" value={otherPlanId} onChange={(e) => setOtherPlanId(Number(e.currentTarget.value))}>
                  {otherFile.plans.map((p) => (
                    <option key={p.id} value={p.id}>
                      {planLabel(p)}
                    </option>
                  ))}
                </select>
              </>
            )}
          </div>
        )}
      </fieldset>
      {busy && <p role="status">Apertura del file in corso…</p>}
      {error && (
        <p role="alert" className="field-messages">
          {error}
        </p>
      )}
      {pair && (
        <p role="status">
          Si confronta il {sideLabel(pair[0])} (prima) con il {sideLabel(pair[1])} (dopo).
        </p>
      )}
    </Dialog>
  );
}
