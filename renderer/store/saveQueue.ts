/**
 * The one queue of writes to the file: each edit's save runs after the previous one answered, and the save
 * status ("Salvataggio…", "Salvato", the first error) is derived from what is pending and what failed.
 * Why: a slow answer must never overtake a newer edit; an error stays visible until its target saves again.
 */
import type { SaveState } from './types';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createSaveQueue(setStatus: (status: { saveState: SaveState; saveError: string | null }) => void) {
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  /** Targets ('card:12', 'settings', 'catalogues') whose last save failed: the error stays until they save. */
  const failed = new Map<string, string>();

  const refresh = () => {
    const firstError = failed.values().next().value;
    if (firstError !== undefined) setStatus({ saveState: 'error', saveError: firstError });
    else setStatus({ saveState: pending > 0 ? 'saving' : 'saved', saveError: null });
  };

  return {
    /** Queues `write`; `settle` hears the outcome (null = saved, else the error). */
    enqueue(target: string, label: string, write: () => Promise<void>, settle?: (error: unknown) => void) {
      pending += 1;
      refresh();
      queue = queue
        .then(write)
        .then(
          () => {
            failed.delete(target);
            settle?.(null);
          },
          (error: unknown) => {
            failed.set(target, `Errore nel salvataggio (${label}): ${messageOf(error)}`);
            settle?.(error ?? new Error('errore sconosciuto'));
          },
        )
        .then(() => {
          pending -= 1;
          refresh();
        });
    },
    /** Forgets the errors shown (the screen already shows what the file holds). */
    clearErrors() {
      failed.clear();
      refresh();
    },
    /** Resolves when every queued save has been answered. */
    async flush() {
      while (pending > 0) await queue;
    },
  };
}
