/**
 * File › Ripristina da backup…: the automatic backups of the open file, newest first; the chosen one is restored
 * AS A NEW FILE (the desktop asks where; the browser puts it next to the plan). The open file never changes.
 */
import { useEffect, useState } from 'react';
import type { BackupInfo, ProducedFile } from '../../../shared/api';
import { formatInstant } from '../../../shared/fileHolder';
import { formatNumber } from '../../../shared/values';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${formatNumber(bytes / (1024 * 1024), 1)} MB` : `${formatNumber(Math.ceil(bytes / 1024), 0)} KB`);

export function RestoreDialog({ onClose }: { onClose(): void }) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState<ProducedFile | null>(null);

  useEffect(() => {
    api.listBackups({}).then(
      (list) => {
        setBackups(list);
        setChosen(list[0]?.number ?? null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  const restore = async () => {
    if (chosen === null) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.restoreBackup({ number: chosen });
      if (!result.cancelled) setRestored(result);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const footer = restored ? (
    <button type="button" className="button" onClick={onClose}>
      Chiudi
    </button>
  ) : (
    <>
      <button type="button" className="button secondary" onClick={onClose}>
        Annulla
      </button>
      <button type="button" className="button" disabled={chosen === null || busy} onClick={() => void restore()}>
        Ripristina come copia
      </button>
    </>
  );

  return (
    <Dialog title="Ripristina da backup" onClose={onClose} footer={footer}>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      {restored ? (
        <p role="status" data-testid="ripristino-eseguito">
          Copia ripristinata nel file <strong>«{restored.fileName}»</strong>
          {restored.savedPath ? <> ({restored.savedPath})</> : null}. Il file aperto non è stato modificato: per lavorare
          sulla copia aprirla dal menu File.
        </p>
      ) : backups === null ? (
        !error && <p>Lettura delle copie di sicurezza…</p>
      ) : backups.length === 0 ? (
        <p>Non ci sono ancora copie di sicurezza di questo file.</p>
      ) : (
        <fieldset className="backup-list">
          <legend>
            Copie di sicurezza automatiche di questo file, dalla più recente. La copia scelta diventa un nuovo file: quello
            aperto resta com’è.
          </legend>
          {backups.map((backup) => (
            <label key={backup.number} className="backup-choice">
              <input type="radio" name="backup" checked={chosen === backup.number} onChange={() => setChosen(backup.number)} />
              <span>
                n. {backup.number} — {formatInstant(backup.createdAt)}{backup.future ? ' (data nel futuro: orologio del computer sbagliato)' : ''}, {backup.reason} ({size(backup.bytes)})
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </Dialog>
  );
}
