// Opening plan files: stamping, refusing foreign/newer/damaged/locked files, upgrades and read-only snapshots.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/connection';
import { APPLICATION_ID, latestVersion } from '../../db/migrate';
import { MIGRATIONS, type Migration } from '../../db/migrations/index';
import { PlanFileError } from '../../db/planFileError';
import { tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;
const newPath = () => folder.file(`file${++counter}.pira`);

function errorOf(fn: () => unknown): PlanFileError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileError);
    return error as PlanFileError;
  }
  throw new Error('nessun errore');
}

function createdFile(migrations: readonly Migration[] = MIGRATIONS): string {
  const file = newPath();
  openDatabase(file, { create: true, migrations }).db.close();
  return file;
}

const SECOND: Migration = { version: 2, name: 'notes', sql: 'CREATE TABLE plan_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);' };

describe('a new plan file', () => {
  it('keeps the journals of nested writes in memory when opened for writing (no temporary files during an import)', () => {
    const { db } = openDatabase(newPath(), { create: true });
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    db.close();
  });

  it('is stamped with the application id and the latest schema, in WAL mode with FULL sync and foreign keys', () => {
    const file = newPath();
    const { db, created } = openDatabase(file, { create: true });
    expect(created).toBe(true);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(MIGRATIONS));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map(
      (t) => t.name,
    );
    expect(tables).toEqual(expect.arrayContaining(['plans', 'cards', 'indicators', 'targets', 'measurements']));
    db.close();
  });

  it('is never created by a plain open: a missing file is "not-found" and stays missing', () => {
    const file = newPath();
    expect(errorOf(() => openDatabase(file)).code).toBe('not-found');
    expect(errorOf(() => openDatabase(file, { readonly: true, create: true })).code).toBe('not-found');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('cannot be created in a folder that does not exist', () => {
    const error = errorOf(() => openDatabase(folder.file('manca/piano.pira'), { create: true }));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/cartella/);
  });
});

describe('files that are refused', () => {
  const cases: { name: string; make: (file: string) => void; code: string; message: RegExp }[] = [
    { name: 'a text file', make: (f) => fs.writeFileSync(f, 'ente;anno\nPistoia;2024\n'), code: 'invalid-file', message: /non è un file di PIRA Desk/ },
    { name: 'an empty file', make: (f) => fs.writeFileSync(f, ''), code: 'invalid-file', message: /non è un file di PIRA Desk/ },
    {
      name: 'another program’s SQLite database',
      make: (f) => {
        const other = new Database(f);
        other.exec('CREATE TABLE contacts (name TEXT)');
        other.close();
      },
      code: 'invalid-file',
      message: /non è un file di PIRA Desk/,
    },
    {
      name: 'a file written by a newer PIRA Desk',
      make: (f) => {
        fs.copyFileSync(createdFile(), f);
        const raw = new Database(f);
        raw.pragma('user_version = 99');
        raw.close();
      },
      code: 'newer-schema',
      message: /versione più recente di PIRA Desk \(schema 99/,
    },
    {
      name: 'a damaged file',
      make: (f) => {
        const source = createdFile();
        const raw = new Database(source);
        raw.exec("INSERT INTO plans (ente, year, title, monitoring_date, horizon_start, horizon_end, premessa, policy_json) VALUES ('E', 2024, 'T', '2024-06-30', 2024, 2026, '', '{}')");
        raw.close();
        const bytes = fs.readFileSync(source);
        bytes.fill(0xa5, 4096, bytes.length); // every page after the first is garbage
        fs.writeFileSync(f, bytes);
      },
      code: 'corrupt',
      message: /danneggiato/,
    },
  ];
  for (const { name, make, code, message } of cases) {
    it(`refuses ${name} without changing it`, () => {
      const file = newPath();
      make(file);
      const before = fs.readFileSync(file);
      for (const readonly of [false, true]) {
        const error = errorOf(() => openDatabase(file, { readonly }));
        expect(error.code).toBe(code);
        expect(error.message).toMatch(message);
      }
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    });
  }

  it('answers "locked" when another program holds the file exclusively, read-write or read-only', () => {
    const file = createdFile();
    const holder = new Database(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN IMMEDIATE; CREATE TABLE held (x); COMMIT');
    for (const readonly of [false, true]) {
      // Read-only opens used to fail with SQLite's "Out of memory" (serialize of a locked file).
      const error = errorOf(() => openDatabase(file, { busyTimeoutMs: 50, readonly }));
      expect(error.code).toBe('locked');
      expect(error.message).toMatch(/bloccato da un altro programma/);
    }
    holder.close();
    openDatabase(file).db.close();
  });

  it('tells permission and folder problems in Italian, never as EACCES or EISDIR', () => {
    const file = createdFile();
    const denied = Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES', path: file });
    const spy = vi.spyOn(fs, 'openSync').mockImplementationOnce(() => {
      throw denied;
    });
    const error = errorOf(() => openDatabase(file, { readonly: true }));
    spy.mockRestore();
    expect(error.code).toBe('locked');
    expect(error.message).toMatch(/^Permesso negato: «file\d+\.pira» non è accessibile/);
    const folderError = errorOf(() => openDatabase(folder.file('')));
    expect(folderError.message).toMatch(/è una cartella, non un file di PIRA Desk/);
  });
});

describe('schema upgrades', () => {
  it('applies pending migrations in order and records the version', () => {
    const file = createdFile([MIGRATIONS[0]!]);
    const { db } = openDatabase(file, { migrations: [MIGRATIONS[0]!, SECOND] });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.prepare("INSERT INTO plan_notes (text) VALUES ('ok')").run();
    db.close();
  });

  it('applies nothing when one pending migration fails (all in one transaction)', () => {
    const file = createdFile([MIGRATIONS[0]!]);
    const broken: Migration = { version: 3, name: 'broken', sql: 'CREATE TABLE oops (;' };
    expect(() => openDatabase(file, { migrations: [MIGRATIONS[0]!, SECOND, broken] })).toThrow();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'plan_notes'").get()).toEqual({ n: 0 });
    raw.close();
  });

  it('upgrades a read-only snapshot in memory and leaves the file as it was', () => {
    const file = createdFile([MIGRATIONS[0]!]);
    const before = fs.readFileSync(file);
    const { db, readonly } = openDatabase(file, { readonly: true, migrations: [MIGRATIONS[0]!, SECOND] });
    expect(readonly).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(() => db.prepare("INSERT INTO plan_notes (text) VALUES ('no')").run()).toThrow(/readonly/);
    db.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`) || fs.existsSync(`${file}-shm`)).toBe(false);
  });
});

describe('read-only opens', () => {
  it('see what another connection committed but has not checkpointed yet', () => {
    const file = createdFile();
    const writer = openDatabase(file).db;
    writer.exec("INSERT INTO plans (ente, year, title, monitoring_date, horizon_start, horizon_end, premessa, policy_json) VALUES ('E', 2025, 'T', '2025-06-30', 2025, 2027, '', '{}')");
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    const reader = openDatabase(file, { readonly: true }).db;
    expect(reader.prepare('SELECT year FROM plans').all()).toEqual([{ year: 2025 }]);
    reader.close();
    writer.close();
  });
});
