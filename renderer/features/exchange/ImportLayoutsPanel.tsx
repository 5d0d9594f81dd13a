/**
 * Impostazioni → «Modelli di importazione»: the layouts saved in the plan file, each with its headers and what they
 * are read as; renamed, deleted, exported to a small file for a colleague, imported from one.
 * Why: an office shares the layouts it mapped; a wrong one is corrected or removed without touching the workbooks.
 */
import { useEffect, useRef, useState } from 'react';
import type { SavedLayout } from '../../../shared/exchange/columnLayout';
import { layoutColumnLabel } from '../../../shared/exchange/layoutFields';
import { formatDate } from '../../../shared/values';
import { api } from '../../api';
import { downloadBase64, readFileAsBase64 } from './fileTransfer';
import './exchange.css';

type Message = { error: boolean; text: string } | null;

function LayoutItem({ layout, onChange, onMessage }: { layout: SavedLayout; onChange(list: SavedLayout[]): void; onMessage(m: Message): void }) {
  const [newName, setNewName] = useState<string | null>(null);
  /** Esc closes the field without renaming (the blur that follows must not rename). */
  const cancelled = useRef(false);
  const run = async (action: () => Promise<SavedLayout[]>, done: string) => {
    try {
      onChange(await action());
      onMessage({ error: false, text: done });
    } catch (e) {
      onMessage({ error: true, text: e instanceof Error ? e.message : String(e) });
    }
  };
  const rename = () => {
    if (cancelled.current) {
      cancelled.current = false;
      return;
    }
    if (newName === null || newName.trim() === '' || newName.trim() === layout.name) return setNewName(null);
    const name = newName.trim();
    setNewName(null);
    void run(() => api.renameImportLayout({ name: layout.name, newName: name }), `Modello «${layout.name}» rinominato in «${name}».`);
  };
  const exportFile = async () => {
    try {
      const produced = await api.exportImportLayout({ name: layout.name });
      if (produced.cancelled) return;
      if (produced.dataBase64) downloadBase64(produced.fileName, produced.dataBase64);
      onMessage({ error: false, text: produced.savedPath ? `Salvato in ${produced.savedPath}.` : `Scaricato ${produced.fileName}.` });
    } catch (e) {
      onMessage({ error: true, text: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <li className="layout-item">
      <details>
        <summary>
          <strong>{layout.name}</strong> — salvato il {formatDate(layout.savedAt.slice(0, 10))}; intestazione alla riga {layout.headerRow}, dati dalla riga {layout.firstDataRow}
        </summary>
        <ul className="layout-columns">
          {layout.columns.map((c, i) => (
            <li key={i}>
              {c.header} → {layoutColumnLabel(c)}
            </li>
          ))}
        </ul>
      </details>
      <span className="layout-actions">
        {newName === null ? (
          <button type="button" className="button secondary small" aria-label={`Rinomina il modello «${layout.name}»`} onClick={() => ((cancelled.current = false), setNewName(layout.name))}>
            Rinomina
          </button>
        ) : (
          <label>
            Nuovo nome{' '}
            <input
              value={newName}
              autoFocus
              maxLength={80}
              onChange={(e) => setNewName(e.currentTarget.value)}
              onBlur={rename}
              onKeyDown={(e) => {
                // Enter leaves the field, and leaving it renames: one request, never two.
                if (e.key === 'Enter') e.currentTarget.blur();
                if (e.key === 'Escape') {
                  cancelled.current = true;
                  setNewName(null);
                }
              }}
            />
          </label>
        )}
        <button type="button" className="button secondary small" aria-label={`Esporta il modello «${layout.name}» in un file`} onClick={() => void exportFile()}>
          Esporta…
        </button>
        <button
          type="button"
          className="button secondary small"
          aria-label={`Elimina il modello «${layout.name}»`}
          onClick={() => {
            if (window.confirm(`Eliminare il modello «${layout.name}»? I file già importati non cambiano.`)) void run(() => api.deleteImportLayout({ name: layout.name }), `Modello «${layout.name}» eliminato.`);
          }}
        >
          Elimina
        </button>
      </span>
    </li>
  );
}

export function ImportLayoutsPanel() {
  const [layouts, setLayouts] = useState<SavedLayout[] | null>(null);
  const [message, setMessage] = useState<Message>(null);
  useEffect(() => {
    api.listImportLayouts({}).then(setLayouts, (e: unknown) => setMessage({ error: true, text: e instanceof Error ? e.message : String(e) }));
  }, []);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const list = await api.importImportLayout({ fileName: file.name, dataBase64: await readFileAsBase64(file) });
      setLayouts(list);
      setMessage({ error: false, text: `Modello del file «${file.name}» aggiunto.` });
    } catch (e) {
      setMessage({ error: true, text: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <section aria-label="Modelli di importazione" className="import-layouts">
      <h2>Modelli di importazione</h2>
      <p className="hint">
        I modelli salvati con «Salva come modello…» nell’importazione da Excel: un file con le stesse intestazioni si legge da solo. Si possono mandare a un
        collega (Esporta…) e aggiungere da un suo file.
      </p>
      {layouts !== null && layouts.length === 0 && <p>Nessun modello salvato in questo file.</p>}
      {layouts && layouts.length > 0 && (
        <ul className="layout-list">
          {layouts.map((layout) => (
            <LayoutItem key={layout.name} layout={layout} onChange={setLayouts} onMessage={setMessage} />
          ))}
        </ul>
      )}
      <div className="file-picker">
        <input id="import-layout-file" className="visually-hidden" type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        <label htmlFor="import-layout-file" className="button secondary">
          Aggiungi un modello da un file…
        </label>
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-messages' : 'hint'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
