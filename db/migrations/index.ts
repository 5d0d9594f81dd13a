/**
 * The ordered list of schema migrations; `PRAGMA user_version` of a file is the number of the last one applied.
 * Why TypeScript strings and not .sql files: a `?raw` import works in vitest and electron-vite but not in tsx
 * (the CLI), and reading files next to the module breaks once electron-vite bundles it. A new migration is a new
 * `NNN_name.sql.ts` module exporting its SQL, plus one line here; never edit a released migration. A migration that
 * must rewrite stored JSON adds a `rewrite` step (run in the same transaction, right after its SQL).
 */
import type Database from 'better-sqlite3';
import initial from './001_initial.sql';
import rowVersions from './002_row_versions.sql';
import importUndo from './003_import_undo.sql';
import originLinks from './007_origin_links.sql';
import monitoringDates from './008_monitoring_dates.sql';
import changeLog from './009_change_log.sql';
import importLayouts from './011_import_layouts.sql';
import changeLogDeltas from './012_change_log_deltas.sql';
import { rewriteChangeLog } from '../changeLogRewrite';

export interface Migration {
  /** 1, 2, 3…: becomes the file's `user_version` once applied. */
  version: number;
  name: string;
  sql: string;
  /** Work SQL cannot do (rewriting stored JSON), run after `sql` in the same transaction. */
  rewrite?: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'row_versions', sql: rowVersions },
  { version: 3, name: 'import_undo', sql: importUndo },
  { version: 7, name: 'origin_links', sql: originLinks },
  { version: 8, name: 'monitoring_dates', sql: monitoringDates },
  { version: 9, name: 'change_log', sql: changeLog },
  { version: 11, name: 'import_layouts', sql: importLayouts },
  { version: 12, name: 'change_log_deltas', sql: changeLogDeltas, rewrite: rewriteChangeLog },
];
