/**
 * "Informazioni su PIRA Desk": version, open file and host.
 */
import type { SessionInfo } from '../../shared/api';
import { Dialog } from './Dialog';

export function AboutDialog({ session, onClose }: { session: SessionInfo | null; onClose(): void }) {
  return (
    <Dialog title="Informazioni su PIRA Desk" onClose={onClose}>
      <p>
        <strong>PIRA Desk</strong> {session?.appVersion ?? ''} — Piano degli indicatori e dei risultati attesi di bilancio
        delle Camere di Commercio. Funziona senza connessione: i dati restano nel file di piano.
      </p>
      {session && (
        <p>
          File aperto: <code>{session.filePath}</code>
          <br />
          Ambiente: {session.host === 'electron' ? 'applicazione desktop' : 'browser (server di prova)'}
        </p>
      )}
    </Dialog>
  );
}
