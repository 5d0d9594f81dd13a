/**
 * "Importa da Excel": choose a .xlsx/.ods, see the preview (parsed by the back end in a worker; a progress bar
 * runs meanwhile), then apply it in one transaction or cancel. Nothing is written before "Applica".
 * Why: the import can touch many cards; the user must see every change and problem first.
 */
import { useState } from 'react';
import type { ImportPreview } from '../../../shared/api';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { INLINE_CHOICE, readFileAsBase64 } from './fileTransfer';
import { ImportPreviewView } from './ImportPreviewView';

export interface ImportDialogProps {
  /** The open plan, or `null` when the file has none (the import then creates one). */
  planId: number | null;
  onClose(): void;
  onApplied(planId: number): void;
}

type Phase = 'choose' | 'parsing' | 'preview' | 'applying';

export function ImportDialog({ planId, onClose, onApplied }: ImportDialogProps) {
  const [phase, setPhase] = useState<Phase>('choose');
  const [asNewPlan, setAsNewPlan] = useState(planId === null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosenName, setChosenName] = useState<string | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setChosenName(file.name);
    setError(null);
    setPreview(null);
    setPhase('parsing');
    try {
      const dataBase64 = await readFileAsBase64(file);
      setPreview(await api.previewImport({ planId: asNewPlan ? null : planId, fileName: file.name, dataBase64 }));
      setPhase('preview');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPhase('choose');
    }
  };

  const apply = async () => {
    if (!preview) return;
    setPhase('applying');
    try {
      const { planId: applied } = await api.applyImport({ token: preview.token });
      onApplied(applied);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPhase('choose');
      setPreview(null);
    }
  };

  return (
    <Dialog
      title="Importa da Excel"
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button secondary" onClick={onClose}>
            Annulla
          </button>
          <button type="button" className="button" disabled={phase !== 'preview' || !preview?.canApply} onClick={() => void apply()}>
            {phase === 'applying' ? 'Applicazione…' : 'Applica'}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor="import-file">Cartella di lavoro da importare (.xlsx o .ods)</label>
        {/* The native button speaks the browser's language ("Choose File"); ours is always Italian. */}
        <div className="file-picker">
          <input
            id="import-file"
            className="visually-hidden"
            type="file"
            accept=".xlsx,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet"
            disabled={phase === 'parsing' || phase === 'applying'}
            onChange={(e) => void choose(e.currentTarget.files?.[0])}
          />
          <label htmlFor="import-file" className="button secondary" aria-hidden="true">
            Scegli il file…
          </label>
          <span className="file-picker-name">{chosenName ?? 'Nessun file scelto'}</span>
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
          <progress aria-label="Lettura del file in corso" /> Lettura e controllo del file in corso…
        </p>
      )}
      {error && (
        <p role="alert" className="field-messages">
          {error}
        </p>
      )}
      {preview && <ImportPreviewView preview={preview} />}
      {preview && !preview.canApply && <p>Correggere gli errori nel file e sceglierlo di nuovo: nulla è stato modificato.</p>}
    </Dialog>
  );
}
