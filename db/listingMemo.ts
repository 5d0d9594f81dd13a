/**
 * The last list a repository answered (`listCardRows`), kept while the file does not change.
 * Why: the back end reads the list of the plan a window opens on before the window asks for it (the session warms it
 * when it opens a file, electron/app/documentSession.ts), and a window loaded again asks for the same list; 1.800
 * cards' rows cost 50–250 ms to read and score, on the thread that also serves the window.
 * "Does not change" is SQLite's own bookkeeping, read at each call: this connection's total_changes() counts every
 * row it inserted, updated or deleted (committed or not), and PRAGMA data_version moves at every commit of another
 * connection. Either moving drops the kept list. Every caller shares it, so the list, its head and its rows are frozen
 * (a row's inner records are not: 9.000 objects at ×100 would cost up to 8 ms a read; callers only pass it on).
 */
import type Database from 'better-sqlite3';
import type { PlanListing } from '../shared/planListing';
import { statement } from './statements';

/** A key that differs whenever a row of the file may have changed since it was read. */
function changeMark(db: Database.Database): string {
  const own = statement(db, 'SELECT total_changes()').pluck().get() as number;
  const others = statement(db, 'PRAGMA data_version').pluck().get() as number;
  return `${own}:${others}`;
}

function frozen(listing: PlanListing): PlanListing {
  for (const row of listing.rows) Object.freeze(row);
  Object.freeze(listing.rows);
  Object.freeze(listing.plan);
  return Object.freeze(listing);
}

/** `read` answered from the last call while its plan is the same and nothing in the file changed. */
export function memoizedListing(db: Database.Database, read: (planId: number) => PlanListing): (planId: number) => PlanListing {
  let kept: { planId: number; mark: string; listing: PlanListing } | null = null;
  return (planId) => {
    const mark = changeMark(db);
    if (kept && kept.planId === planId && kept.mark === mark) return kept.listing;
    const listing = frozen(read(planId));
    // Marked after reading too: a read that wrote (it never should) would not be kept under the mark of before.
    kept = changeMark(db) === mark ? { planId, mark, listing } : null;
    return listing;
  };
}
