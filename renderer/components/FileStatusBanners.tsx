/**
 * What the user must know about the open file before editing it: read-only (and who holds it, with «Prendi il
 * file…» when another user does), a save refused
 * because another window or computer changed the plan (with the way out: reload), a shared folder worked on
 * through a local copy. Why one component: App shows it above every view, and the three are about the file.
 */
import { useState } from 'react';
import { usePira } from '../store/StoreContext';
import { TakeOverDialog } from './TakeOverDialog';

export function FileStatusBanners() {
  const session = usePira((s) => s.session);
  const saveConflict = usePira((s) => s.saveConflict);
  const reloadAfterConflict = usePira((s) => s.reloadAfterConflict);
  const [takingOver, setTakingOver] = useState(false);
  const holder = session?.readOnly?.holder;
  return (
    <>
      {session?.readOnly && (
        <div className={`banner banner-warning${holder ? ' banner-action' : ''}`} role="status" data-testid="banner-sola-lettura">
          <span>
            <strong>Sola lettura.</strong> {session.readOnly.reason} Si possono consultare, stampare ed esportare le schede.
          </span>
          {holder && (
            <button type="button" className="button secondary" onClick={() => setTakingOver(true)}>
              Prendi il file…
            </button>
          )}
        </div>
      )}
      {takingOver && holder && <TakeOverDialog holder={holder} onClose={() => setTakingOver(false)} />}
      {saveConflict && (
        <div className="banner banner-error banner-action" role="alert" data-testid="banner-conflitto">
          <span>
            <strong>Conflitto di modifica.</strong> Il piano è stato modificato in un’altra finestra o su un altro computer
            dopo che è stato aperto qui: l’ultima modifica non è stata salvata, per non sovrascrivere quel lavoro.
          </span>
          <button type="button" className="button" onClick={() => void reloadAfterConflict()}>
            Ricarica il piano
          </button>
        </div>
      )}
      {session?.sharedLocation && !session.readOnly && (
        <div className="banner banner-info" role="status" data-testid="banner-cartella-condivisa">
          Il file è in una {session.sharedLocation.description}: si lavora su una copia su questo computer, riportata
          nella cartella a ogni modifica.
        </div>
      )}
    </>
  );
}
