/**
 * "Esporta in Excel": the whole plan or the selected cards, as .xlsx (with drop-down lists) or .ods, in the canonical
 * workbook or another writable layout (the Word tables, the performance portal).
 * Why: the desktop host saves the file through its own dialog; in the browser the file comes back and downloads.
 */
import { useState } from 'react';
import type { WorkbookFormat } from '../../../shared/api';
import { DEFAULT_TEMPLATE_ID, writableTemplates } from '../../../shared/exchange/templates';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { INLINE_CHOICE, downloadBase64 } from './fileTransfer';
import './exchange.css';

export interface ExportDialogProps {
  planId: number;
  selectedCodes: string[];
  onClose(): void;
  /** Opens "Prepara raccolta dati…" (also in the File menu of the desktop app). */
  onPrepareRound(): void;
}

export function ExportDialog({ planId, selectedCodes, onClose, onPrepareRound }: ExportDialogProps) {
  const [format, setFormat] = useState<WorkbookFormat>('xlsx');
  const [template, setTemplate] = useState(DEFAULT_TEMPLATE_ID);
  const [onlySelected, setOnlySelected] = useState(selectedCodes.length > 0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const selection = onlySelected ? { kind: 'codes' as const, codes: selectedCodes } : { kind: 'all' as const };
      const produced = await api.exportWorkbook({ planId, format, selection, template });
      if (produced.cancelled) return onClose();
      if (produced.dataBase64) downloadBase64(produced.fileName, produced.dataBase64);
      setMessage({ kind: 'ok', text: produced.savedPath ? `Salvato in ${produced.savedPath}.` : `Scaricato ${produced.fileName}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Esporta in Excel"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button secondary export-round" onClick={onPrepareRound} title="Una cartella di lavoro protetta per area o ufficio, da far compilare ai colleghi">
            Prepara raccolta dati…
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            Chiudi
          </button>
          <button type="button" className="button" onClick={() => void run()} disabled={busy}>
            {busy ? 'Esportazione…' : 'Esporta'}
          </button>
        </>
      }
    >
      <fieldset className="field">
        <legend>Formato</legend>
        <label>
          <input type="radio" style={INLINE_CHOICE} name="formato" checked={format === 'xlsx'} onChange={() => setFormat('xlsx')} /> Excel (.xlsx) — con elenchi a
          discesa e intestazioni bloccate
        </label>
        <br />
        <label>
          <input type="radio" style={INLINE_CHOICE} name="formato" checked={format === 'ods'} onChange={() => setFormat('ods')} /> OpenDocument (.ods)
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="export-template">Modello</label>
        <select id="export-template" value={template} onChange={(e) => setTemplate(e.currentTarget.value)}>
          {writableTemplates().map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>Contenuto</legend>
        <label>
          <input type="radio" style={INLINE_CHOICE} name="contenuto" checked={!onlySelected} onChange={() => setOnlySelected(false)} /> Tutto il piano
        </label>
        <br />
        <label>
          <input
            type="radio"
            style={INLINE_CHOICE}
            name="contenuto"
            checked={onlySelected}
            disabled={selectedCodes.length === 0}
            onChange={() => setOnlySelected(true)}
          />{' '}
          Solo le schede selezionate ({selectedCodes.length})
        </label>
      </fieldset>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'field-messages' : undefined}>
          {message.text}
        </p>
      )}
    </Dialog>
  );
}
