/**
 * Opens a plan file safely: refuses missing, foreign, newer and damaged files before touching them, sets the
 * durability pragmas, and applies pending migrations. Read-only opens work on an in-memory snapshot, so
 * reading (the CLI's score and check) never writes to the file nor leaves -wal/-shm files next to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index';
import { assertUsableStamp, latestVersion, migrate, readSchemaStamp } from './migrate';
import { assertPlanPath } from './pathKinds';
import { PlanFileError, lockedFile, shownName, translateSqliteError } from './planFileError';

export interface OpenOptions {
  /** Create the file when it does not exist (an existing file is opened, never overwritten). */
  create?: boolean;
  /** Work on a snapshot: the file is never written; changes fail with a "sola lettura" error. */
  readonly?: boolean;
  /** How long to wait for another program's lock before answering "locked". */
  busyTimeoutMs?: number;
  /** The schema history; tests pass their own to exercise upgrades. */
  migrations?: readonly Migration[];
}

export interface OpenedDatabase {
  db: Database.Database;
  readonly: boolean;
  /** True when this open created the file. */
  created: boolean;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const DEFAULT_BUSY_TIMEOUT_MS = 3000;

function notPiraFile(filePath: string): PlanFileError {
  return new PlanFileError('invalid-file', `Il file ${shownName(filePath)} non è un file di PIRA Desk.`);
}

/** Cheap checks before SQLite sees the file: it is a regular file and starts with the SQLite header. */
function assertLooksLikeSqlite(filePath: string): void {
  const stats = fs.statSync(filePath);
  if (stats.isDirectory()) {
    throw new PlanFileError('invalid-file', `${shownName(filePath)} è una cartella, non un file di PIRA Desk.`);
  }
  if (!stats.isFile()) throw notPiraFile(filePath);
  const header = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = fs.openSync(filePath, 'r');
  try {
    const read = fs.readSync(fd, header, 0, header.length, 0);
    if (read < header.length || !header.equals(SQLITE_MAGIC)) throw notPiraFile(filePath);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * An in-memory copy of the file as committed (WAL content included when another program has it open).
 * A WAL-mode image must be marked as rollback-journal (header bytes 18-19) before SQLite accepts it in memory.
 */
function snapshot(filePath: string, timeout: number): Database.Database {
  let image: Buffer;
  if (fs.existsSync(`${filePath}-wal`)) {
    const source = new Database(filePath, { readonly: true, fileMustExist: true, timeout });
    try {
      // A query first: a file another program holds exclusively answers SQLITE_BUSY (after the busy timeout)
      // here, where serialize() would only say "Out of memory".
      source.pragma('schema_version');
      image = source.serialize();
    } catch (error) {
      throw (error as { code?: unknown }).code === undefined ? lockedFile(filePath) : error;
    } finally {
      source.close();
    }
  } else {
    image = fs.readFileSync(filePath);
  }
  return databaseFromImage(image);
}

/**
 * An in-memory database from the bytes of a closed file, without SQLite ever opening the file itself (so no
 * -wal/-shm appear next to it). A WAL-mode image is marked rollback-journal first (header bytes 18-19).
 */
export function databaseFromImage(image: Buffer): Database.Database {
  if (image.length > 19 && image[18] === 2 && image[19] === 2) {
    image[18] = 1;
    image[19] = 1;
  }
  return new Database(image);
}

function assertQuickCheck(db: Database.Database, filePath: string): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw new PlanFileError(
      'corrupt',
      `Il file ${shownName(filePath)} è danneggiato e non può essere usato: ripristinare una copia di sicurezza.`,
    );
  }
}

export function openDatabase(filePath: string, options: OpenOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const timeout = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const exists = fs.existsSync(filePath);
  if (!exists && (!options.create || options.readonly)) {
    throw new PlanFileError('not-found', `Il file ${shownName(filePath)} non esiste (${filePath}).`);
  }
  if (!exists && !fs.existsSync(path.dirname(path.resolve(filePath)))) {
    throw new PlanFileError('not-found', `La cartella del file ${shownName(filePath)} non esiste (${filePath}).`);
  }
  const readonly = exists && options.readonly === true;
  let db: Database.Database | null = null;
  try {
    if (exists) {
      assertPlanPath(filePath);
      assertLooksLikeSqlite(filePath);
    }
    db = readonly ? snapshot(filePath, timeout) : new Database(filePath, { fileMustExist: exists, timeout });
    // Nothing is written before the file is known to be ours, current enough and healthy.
    if (exists) {
      assertUsableStamp(readSchemaStamp(db), filePath, migrations);
      assertQuickCheck(db, filePath);
    }
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      // Statement journals in memory: a write nested in another (an import's savepoints) keeps a copy of every page it
      // changes until it ends, and past 64 KiB SQLite moved that copy to a temporary file (a 1% import of a ×100 plan:
      // ~1.000 pages, 2.000 writes). It only undoes part of a transaction, never recovers the file after a crash.
      db.pragma('temp_store = MEMORY');
    }
    db.pragma('foreign_keys = ON');
    if (readSchemaStamp(db).version < latestVersion(migrations)) migrate(db, migrations);
    if (readonly) db.pragma('query_only = ON');
    return { db, readonly, created: !exists };
  } catch (error) {
    db?.close();
    if (!exists) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${filePath}${suffix}`, { force: true });
    throw translateSqliteError(error, filePath);
  }
}
