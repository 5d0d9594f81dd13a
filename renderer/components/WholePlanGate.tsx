/**
 * The views that need every indicator of the plan (Cruscotto, Monitoraggio, the data-collection dialog) behind one
 * gate: entering asks the file for the cards not loaded yet, and says so until they are all there.
 * Why: the list of a large plan opens on its rows alone (docs/performance.md); reading 1.800 whole cards takes a
 * moment, which the user sees as a plain loading line, never as an empty or frozen screen.
 */
import { useEffect, type ReactNode } from 'react';
import { countOf } from '../../shared/italianText';
import { usePira, usePiraStore } from '../store/StoreContext';

/** "Lettura di 1.800 schede dal file…" while the whole plan is read; null once it is there. */
export function useWholePlanNote(): { ready: boolean; note: ReactNode } {
  const store = usePiraStore();
  const ready = usePira((s) => s.doc !== null);
  const state = usePira((s) => s.wholePlan);
  const error = usePira((s) => s.wholePlanError);
  const missing = usePira((s) => s.rows.filter((row) => !s.cards[row.id]).length);
  useEffect(() => {
    if (!ready && state !== 'loading' && state !== 'error') void store.getState().loadWholePlan();
  }, [ready, state, store]);
  if (ready) return { ready, note: null };
  if (state === 'error') {
    return {
      ready,
      note: (
        <div className="banner banner-error" role="alert">
          Impossibile leggere le schede del piano dal file: {error}.{' '}
          <button type="button" className="link-button" onClick={() => void store.getState().loadWholePlan()}>
            Riprova
          </button>
        </div>
      ),
    };
  }
  return {
    ready,
    note: (
      <p className="empty-note loading-note" role="status">
        Lettura di {countOf(missing, 'scheda', 'schede')} dal file…
      </p>
    ),
  };
}

export function WholePlanGate({ children }: { children: ReactNode }) {
  const { ready, note } = useWholePlanNote();
  return ready ? children : note;
}
