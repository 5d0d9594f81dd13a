/**
 * The import layouts saved in a plan file (table import_layouts, migration 11): listed by name, saved, renamed,
 * deleted. Each layout is checked against its schema when read, so a damaged row is refused with its name instead of
 * reaching the mapping engine. Why in the plan file: the office's layouts travel with its plans to every computer.
 */
import type Database from 'better-sqlite3';
import type { ColumnLayout, SavedLayout } from '../shared/exchange/columnLayout';
import { savedLayoutSchema } from '../shared/exchange/layoutSchema';
import { PlanFileError, withPlanFileErrors } from './planFileError';
import { statement } from './statements';

interface LayoutRow {
  name: string;
  layout_json: string;
  saved_at: string;
}

export interface LayoutStore {
  list(): SavedLayout[];
  find(name: string): SavedLayout | null;
  /** Saves `layout` under `name` (refused when a layout of that name exists); returns the new list. */
  save(layout: ColumnLayout, name: string): SavedLayout[];
  rename(name: string, newName: string): SavedLayout[];
  remove(name: string): SavedLayout[];
}

function layoutOf(row: LayoutRow): SavedLayout {
  let stored: unknown;
  try {
    stored = JSON.parse(row.layout_json);
  } catch {
    stored = null;
  }
  const parsed = savedLayoutSchema.safeParse({ ...(typeof stored === 'object' ? stored : {}), name: row.name, savedAt: row.saved_at });
  if (!parsed.success) throw new PlanFileError('corrupt', `Il modello di importazione «${row.name}» salvato nel file è danneggiato: eliminarlo e salvarlo di nuovo.`);
  return parsed.data;
}

/** `writable()` throws when writes are not allowed now (a read-only open, a lock taken over). */
export function importLayoutStore(db: Database.Database, filePath: string, writable: () => void): LayoutStore {
  const list = () => withPlanFileErrors(filePath, () => (statement(db, 'SELECT * FROM import_layouts ORDER BY name COLLATE NOCASE').all() as LayoutRow[]).map(layoutOf));
  const row = (name: string) => statement(db, 'SELECT * FROM import_layouts WHERE name = ?').get(name.trim()) as LayoutRow | undefined;
  const taken = (name: string) => new PlanFileError('conflict', `Esiste già un modello di importazione «${name.trim()}»: scegliere un altro nome (o eliminare quello).`);
  const missing = (name: string) => new PlanFileError('not-found', `Nel file non c'è un modello di importazione «${name.trim()}».`);
  const write = (fn: () => void): SavedLayout[] => {
    writable();
    withPlanFileErrors(filePath, () => db.transaction(fn).immediate());
    return list();
  };
  return {
    list,
    find: (name) => {
      const found = row(name);
      return found ? layoutOf(found) : null;
    },
    save(layout, name) {
      return write(() => {
        if (row(name)) throw taken(name);
        const { headerRow, firstDataRow, columns } = layout;
        statement(db, 'INSERT INTO import_layouts (name, layout_json, saved_at) VALUES (?, ?, ?)').run(
          name.trim(),
          JSON.stringify({ headerRow, firstDataRow, columns }),
          new Date().toISOString(),
        );
      });
    },
    rename(name, newName) {
      return write(() => {
        if (!row(name)) throw missing(name);
        const same = name.trim().toLowerCase() === newName.trim().toLowerCase();
        if (!same && row(newName)) throw taken(newName);
        statement(db, 'UPDATE import_layouts SET name = ? WHERE name = ?').run(newName.trim(), name.trim());
      });
    },
    remove(name) {
      return write(() => {
        if (statement(db, 'DELETE FROM import_layouts WHERE name = ?').run(name.trim()).changes === 0) throw missing(name);
      });
    },
  };
}
