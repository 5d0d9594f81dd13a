/**
 * "Importa da Excel": choose one or more .xlsx/.ods (the workbooks of a data-collection round are taken back
 * together), read the merged preview (parsed by the back end in a worker; a progress bar runs meanwhile), say what
 * the columns of an unknown layout mean (ColumnMapping.tsx), make the choices it asks for, then apply in one
 * transaction; for a new plan the ente and the year are asked here; afterwards the dialog says what changed and offers
 * "Annulla importazione". Nothing is written before "Applica".
 * Why: the import can touch many cards; the user must see every change, guess and conflict first.
 */
import { useRef, useState } from 'react';
import type { ImportPreview, ImportSummary, SheetMappingRequest } from '../../../shared/api';
import { ENTE_MISSING } from '../../../shared/exchange/newPlanSettings';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { INLINE_CHOICE, readFileAsBase64 } from './fileTransfer';
import { ColumnMapping } from './ColumnMapping';
import { ImportPreviewView } from './ImportPreviewView';
import { LastImport } from './LastImport';
import './exchange.css';

export interface ImportDialogProps {
  /** The open plan, or `null` when the file has none (the import then creates one). */
  planId: number | null;
  /** The open plan is approved: an import that changes its content is a variation and needs a reason. */
  approved?: boolean;
  onClose(): void;
  /** The plan was written (applied or undone): reload it (`null`: the plan no longer exists). */
  onPlanChanged(planId: number | null): void;
}

type Phase = 'choose' | 'parsing' | 'preview' | 'applying' | 'done';

export function ImportDialog({ planId, approved = false, onClose, onPlanChanged }: ImportDialogProps) {
  const [phase, setPhase] = useState<Phase>('choose');
  const [asNewPlan, setAsNewPlan] = useState(planId === null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosenNames, setChosenNames] = useState<string[]>([]);
  const [ente, setEnte] = useState('');
  const [year, setYear] = useState('');
  /** Whether the mapping step comes before the preview: decided when the files are read, so it never moves under the focus. */
  const [mappingFirst, setMappingFirst] = useState(false);
  /** Only the answer to the latest mapping is shown: a select moved with the arrows sends one request per step. */
  const latest = useRef(0);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [applied, setApplied] = useState<{ planId: number; summary: ImportSummary } | null>(null);

  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  const choose = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setChosenNames(files.map((f) => f.name));
    setError(null);
    setPreview(null);
    setPhase('parsing');
    try {
      const read = await Promise.all(files.map(async (f) => ({ fileName: f.name, dataBase64: await readFileAsBase64(f) })));
      const first = await api.previewImportFiles({ planId: asNewPlan ? null : planId, files: read });
      setMappingFirst(first.sheets.some((s) => s.readWith === null));
      setPreview(first);
      setPhase('preview');
    } catch (e) {
      fail(e);
      setPhase('choose');
    }
  };

  /** Runs a request that answers with the recomputed preview; an answer overtaken by a later request is dropped. */
  /** Asks the back end for the preview again; the latest answer wins. `shownBefore`: what to show again if it fails. */
  const recompute = async (ask: () => Promise<ImportPreview>, shownBefore?: ImportPreview) => {
    const mine = ++latest.current;
    setBusy(true);
    try {
      const next = await ask();
      if (mine === latest.current) {
        setPreview(next);
        setError(null);
      }
    } catch (e) {
      if (mine === latest.current) {
        if (shownBefore) setPreview(shownBefore);
        fail(e);
      }
    } finally {
      if (mine === latest.current) setBusy(false);
    }
  };

  const decide = (choices: Record<string, string>, plan: { ente?: string; year?: number } = {}) => {
    if (!preview) return;
    // The option clicked shows as chosen at once (a controlled radio would otherwise spring back until the
    // recomputed preview arrives); the answer confirms it, a failure shows the preview as it was.
    setPreview({ ...preview, decisions: preview.decisions.map((d) => (choices[d.id] !== undefined ? { ...d, chosen: choices[d.id]! } : d)) });
    void recompute(() => api.chooseImportOptions({ token: preview.token, choices, ...plan }), preview);
  };

  const map = (mapping: SheetMappingRequest) => {
    if (!preview) return;
    void recompute(() => api.mapImportSheet({ token: preview.token, mapping }));
  };

  const saveLayout = async (fileIndex: number, sheet: string, name: string): Promise<string | null> => {
    if (!preview) return null;
    try {
      const saved = await api.saveImportLayout({ token: preview.token, fileIndex, sheet, name });
      latest.current++;
      setPreview(saved.preview);
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  };

  const planYear = () => {
    const n = Number(year.trim());
    return /^\d{4}$/.test(year.trim()) && n >= 1990 && n <= 2100 ? n : undefined;
  };

  const apply = async () => {
    if (!preview) return;
    setPhase('applying');
    try {
      const result = await api.applyImport({ token: preview.token, ...(reason.trim() ? { change: { reason: reason.trim() } } : {}) });
      setApplied(result);
      setPhase('done');
      onPlanChanged(result.planId);
    } catch (e) {
      fail(e);
      setPhase('preview');
    }
  };

  const enteMissing = preview?.planId === null && preview.needsEnte;
  const canApply = phase === 'preview' && !busy && preview?.canApply === true && !enteMissing;
  return (
    <Dialog
      title="Importa da Excel"
      wide
      onClose={onClose}
      footer={
        phase === 'done' ? (
          <button type="button" className="button" onClick={onClose}>
            Chiudi
          </button>
        ) : (
          <>
            <button type="button" className="button secondary" onClick={onClose}>
              Annulla
            </button>
            <button type="button" className="button" disabled={!canApply} onClick={() => void apply()}>
              {phase === 'applying' ? 'Applicazione…' : 'Applica'}
            </button>
          </>
        )
      }
    >
      {phase === 'done' && applied ? (
        <>
          <p role="status" className="import-done">
            Importazione applicata: <strong>{applied.summary.text}</strong>.
          </p>
          <LastImport planId={applied.planId} onUndone={onPlanChanged} />
        </>
      ) : (
        <>
          {planId !== null && phase === 'choose' && <LastImport planId={planId} onUndone={onPlanChanged} />}
          <div className="field">
            <label htmlFor="import-file">Cartelle di lavoro da importare (.xlsx o .ods, anche più di una)</label>
            {/* The native button speaks the browser's language ("Choose File"); ours is always Italian. */}
            <div className="file-picker">
              <input
                id="import-file"
                className="visually-hidden"
                type="file"
                multiple
                accept=".xlsx,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet"
                disabled={phase === 'parsing' || phase === 'applying'}
                onChange={(e) => void choose(e.currentTarget.files)}
              />
              <label htmlFor="import-file" className="button secondary" aria-hidden="true">
                Scegli i file…
              </label>
              <span className="file-picker-name">{chosenNames.length > 0 ? chosenNames.join(', ') : 'Nessun file scelto'}</span>
            </div>
          </div>
          {planId !== null && (
            <label>
              <input type="checkbox" style={INLINE_CHOICE} checked={asNewPlan} disabled={phase === 'parsing'} onChange={(e) => setAsNewPlan(e.currentTarget.checked)} /> Crea
              un nuovo piano invece di aggiornare quello aperto
            </label>
          )}
          {phase === 'parsing' && (
            <p role="status">
              <progress aria-label="Lettura dei file in corso" /> Lettura e controllo dei file in corso…
            </p>
          )}
          {error && (
            <p role="alert" className="field-messages">
              {error}
            </p>
          )}
          {preview?.planId === null && (
            <div className="field-row">
              <div className="field">
                <label htmlFor="import-ente">Ente del nuovo piano</label>
                <input id="import-ente" value={ente} placeholder="Camera di Commercio di …" onChange={(e) => setEnte(e.currentTarget.value)} onBlur={() => decide({}, { ente })} />
                {enteMissing && <p className="field-messages">I file non indicano l'ente: scriverlo per poter applicare.</p>}
              </div>
              <div className="field w-small">
                <label htmlFor="import-year">Anno del nuovo piano</label>
                <input
                  id="import-year"
                  inputMode="numeric"
                  value={year}
                  placeholder={preview.year >= 1990 ? String(preview.year) : 'AAAA'}
                  onChange={(e) => setYear(e.currentTarget.value)}
                  onBlur={() => planYear() !== undefined && decide({}, { year: planYear() })}
                />
                {year.trim() !== '' && planYear() === undefined && <p className="field-messages">Scrivere l’anno a quattro cifre (2024).</p>}
              </div>
            </div>
          )}
          {/* The mapping step comes first when a sheet was not read; otherwise it follows the preview. */}
          {preview && mappingFirst && <ColumnMapping preview={preview} onMap={map} onSave={saveLayout} />}
          {preview && <ImportPreviewView preview={preview} busy={busy} onChoose={(choices) => decide(choices)} />}
          {preview && !mappingFirst && <ColumnMapping preview={preview} onMap={map} onSave={saveLayout} />}
          {preview && approved && preview.planId !== null && (
            <div className="field">
              <label htmlFor="import-reason">Motivo della variazione (il piano è approvato: serve se l’importazione cambia schede, indicatori, target o pesi)</label>
              <textarea id="import-reason" rows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            </div>
          )}
          {preview && !preview.canApply && !preview.problems.some((p) => p.severity === 'error') && <p>Fare le scelte indicate sopra per poter applicare.</p>}
          {preview?.problems.some((p) => p.severity === 'error' && !p.message.startsWith(ENTE_MISSING)) && (
            <p>Correggere gli errori (nel file, o associando le colonne qui sopra) e riprovare: nulla è stato modificato.</p>
          )}
        </>
      )}
    </Dialog>
  );
}
