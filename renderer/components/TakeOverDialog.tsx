/**
 * «Prendi il file…» from the read-only banner: says whose the file is (and when its clock disagrees with ours) and
 * what taking it means for them, and only on confirmation takes the lock over and reopens the file for editing.
 * Why a confirmation naming the holder: a lock can be wrong (a crashed PC, two clocks apart) but it can also be
 * right, and then the other user's next saves are refused.
 */
import { useState } from 'react';
import type { FileHolder } from '../../shared/fileHolder';
import { formatInstant, holderName } from '../../shared/fileHolder';
import { api } from '../api';
import { usePira } from '../store/StoreContext';
import { Dialog } from './Dialog';

export function TakeOverDialog({ holder, onClose }: { holder: FileHolder; onClose(): void }) {
  const reloadDocument = usePira((s) => s.reloadDocument);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const who = holderName(holder);
  const takeOver = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.takeOverFile({});
      await reloadDocument();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };
  const footer = (
    <>
      <button type="button" className="button secondary" onClick={onClose}>
        Annulla
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void takeOver()}>
        Prendi il file da {who}
      </button>
    </>
  );
  return (
    <Dialog title="Prendere il file?" onClose={onClose} footer={footer}>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      <p>
        Il file risulta aperto da <strong>{who}</strong> su <strong>{holder.computer || 'un computer sconosciuto'}</strong> dal{' '}
        {formatInstant(holder.since)}
        {holder.lastSeen ? <>; ultimo segno di vita: {formatInstant(holder.lastSeen)}</> : null}.
      </p>
      {holder.clockAhead && (
        <p>L’ultimo segno di vita porta una data nel futuro: gli orologi dei due computer non concordano, e non si può sapere se {who} lo stia ancora usando.</p>
      )}
      <p>
        Prenderlo solo se si è certi che {who} non lo stia usando (computer spento o bloccato): da quel momento i salvataggi di {who} su questo file
        saranno rifiutati, e ciò che non aveva salvato resterà solo sul suo computer.
      </p>
    </Dialog>
  );
}
