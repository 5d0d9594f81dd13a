/**
 * Automatic backups of a plan file: made with SQLite's online backup API (never a file copy of a live database),
 * stamped with when and why (backupStamp.ts), verified (opened, `quick_check`, PIRA stamp, schema) before they
 * count, kept in the user's data folder by the retention rule of backupRetention.ts, listed newest first and
 * restored AS A COPY, never over the file (backupRestore.ts).
 * Why the user's data folder and not next to the file: backups must survive the loss or damage of the folder the
 * plan lives in (often a shared one), must not fill colleagues' shares, and must not need write access there.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupsToKeep, isFuture, type RetentionClass, type RetentionPolicy } from './backupRetention';
import { readBackupFacts, writeStamp } from './backupStamp';
import { assertDataFolder, ensureFolder } from './pathKinds';
import { PlanFileError, shownName, translateSqliteError } from './planFileError';
import { placeVerified, removeTemporary, writeVerifiedTemporary, type BackupSource } from './verifiedCopy';

// Where they were first defined: planFile.ts, workingCopy.ts, backupRestore.ts and the tests import them from here.
export { newerSchema, verifyPlanCopy, writeVerifiedCopy, type BackupSource } from './verifiedCopy';

export const BACKUP_REASONS = {
  apertura: "all'apertura del file",
  periodico: 'periodico, durante il lavoro',
  'prima-importazione': "prima di un'importazione",
  'prima-annullamento': "prima di annullare un'importazione",
  'prima-ripristino': 'prima di un ripristino',
  'prima-aggiornamento': "prima dell'aggiornamento del formato del file",
  'copia-di-lavoro': 'copia di lavoro non riportata nella cartella condivisa',
} as const;
export type BackupReason = keyof typeof BACKUP_REASONS;

/** Which tiers keep a backup of each reason: imports apart from undos and restores, and both apart from work. */
export const RETENTION_CLASS: Record<BackupReason, RetentionClass> = {
  apertura: 'lavoro',
  periodico: 'lavoro',
  'prima-importazione': 'importazione',
  'prima-annullamento': 'annullamento',
  'prima-ripristino': 'annullamento',
  'prima-aggiornamento': 'aggiornamento',
  'copia-di-lavoro': 'copia-di-lavoro',
};

const isReason = (text: string): text is BackupReason => Object.hasOwn(BACKUP_REASONS, text);

export interface BackupEntry {
  /** 1 = the newest; backups dated in the future come after all the others. */
  number: number;
  path: string;
  /** When it was taken (ISO 8601 instant): from the stamp inside it, else from the file's modification time. */
  createdAt: string;
  reason: BackupReason;
  bytes: number;
  /** Dated later than now: the computer's clock was wrong when it was taken, or is wrong now. */
  future: boolean;
}


const NAME = /^(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})-(\d{2})-(\d{3})_([a-z-]+)(?:_\d+)?\.pira$/;
const two = (n: number, width = 2) => String(n).padStart(width, '0');

/** `<data>/backup/piano-1a2b3c4d`: one folder per plan file, named after it and its full path. */
export function backupFolderFor(dataDir: string, filePath: string): string {
  const absolute = path.resolve(filePath);
  const stem = path.basename(absolute, path.extname(absolute)).replace(/[^\p{L}\p{N}_.-]+/gu, '_').slice(0, 60) || 'piano';
  const hash = createHash('sha256').update(absolute).digest('hex').slice(0, 8);
  return path.join(dataDir, 'backup', `${stem}-${hash}`);
}

/** The name only keeps backups apart and readable in a file manager: dates and reasons are read from the content. */
function fileNameFor(date: Date, reason: BackupReason): string {
  const stamp = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}_${two(date.getHours())}-${two(date.getMinutes())}-${two(date.getSeconds())}-${two(date.getMilliseconds(), 3)}`;
  return `${stamp}_${reason}.pira`;
}

interface Found {
  path: string;
  takenAt: Date;
  reason: BackupReason;
  bytes: number;
}

function readEntry(folder: string, name: string): Found | null {
  const full = path.join(folder, name);
  const fromName = NAME.exec(name)?.[8];
  let stats: fs.Stats;
  try {
    stats = fs.statSync(full);
  } catch {
    return null; // removed meanwhile
  }
  if (!stats.isFile()) return null;
  const stamp = readBackupFacts(full)?.stamp ?? null;
  const reason = stamp?.reason ?? fromName ?? '';
  if (!isReason(reason)) return null;
  return { path: full, takenAt: stamp?.takenAt ?? stats.mtime, reason, bytes: stats.size };
}

/** The backups of `filePath`: the newest first (numbered from 1), those dated in the future last. */
export function listBackups(dataDir: string, filePath: string, now: Date = new Date()): BackupEntry[] {
  const folder = backupFolderFor(dataDir, filePath);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.pira') && !name.startsWith('.'))
    .flatMap((name) => readEntry(folder, name) ?? [])
    .map((entry) => ({ ...entry, future: isFuture(entry.takenAt, now) }))
    .sort((a, b) => Number(a.future) - Number(b.future) || b.takenAt.getTime() - a.takenAt.getTime() || b.path.localeCompare(a.path))
    .map(({ takenAt, ...entry }, index) => ({ ...entry, number: index + 1, createdAt: takenAt.toISOString() }));
}

/**
 * Deletes the backups of `filePath` the retention rule no longer keeps; `protect` (a path) is never deleted. Returns
 * the backups left, numbered as `listBackups` would number them now: each listing opens every backup to read its
 * stamp, so a caller that needs the list after pruning does not pay for a second one.
 */
export function pruneBackups(dataDir: string, filePath: string, now: Date, protect: string | null = null, policy?: RetentionPolicy): BackupEntry[] {
  const entries = listBackups(dataDir, filePath, now);
  const keep = backupsToKeep(
    entries.map((e) => ({ takenAt: new Date(e.createdAt), kind: RETENTION_CLASS[e.reason], bytes: e.bytes, protected: e.path === protect })),
    now,
    policy,
  );
  entries.forEach((entry, index) => {
    if (!keep.has(index)) fs.rmSync(entry.path, { force: true });
  });
  return entries.filter((_entry, index) => keep.has(index)).map((entry, index) => ({ ...entry, number: index + 1 }));
}

/**
 * A verified backup written but not yet counted: `keep` files it as a backup of the plan file and applies the
 * retention; `discard` leaves no trace of it (not even the folders it created). Why: the import copies the file while
 * its workbooks are parsed, and keeps the copy only if it writes (issue 21); nothing else is pruned meanwhile.
 */
export interface PreparedBackup {
  keep(): BackupEntry;
  discard(): void;
}

/** Copies and verifies a backup of `source` (plan file `filePath`), to be kept or discarded. */
export async function prepareBackup(source: BackupSource, filePath: string, dataDir: string, reason: BackupReason, now: Date = new Date()): Promise<PreparedBackup> {
  const folder = backupFolderFor(dataDir, filePath);
  assertDataFolder(dataDir);
  const created: string[] = [];
  for (let missing = path.resolve(folder); !fs.existsSync(missing); missing = path.dirname(missing)) created.push(missing);
  ensureFolder(folder);
  const removeCreated = () => {
    for (const made of created) {
      try {
        fs.rmdirSync(made); // only when empty
      } catch {
        return;
      }
    }
  };
  let destination = path.join(folder, fileNameFor(now, reason));
  for (let n = 1; fs.existsSync(destination); n++) destination = path.join(folder, fileNameFor(now, reason).replace('.pira', `_${n}.pira`));
  let temporary: string;
  try {
    temporary = await writeVerifiedTemporary(source, destination, (db) => writeStamp(db, { takenAt: now, reason, planPath: path.resolve(filePath) }));
  } catch (error) {
    removeCreated();
    throw error;
  }
  let settled = false;
  return {
    keep() {
      if (settled) throw new Error('copia di sicurezza già conservata o scartata');
      settled = true;
      try {
        fs.writeFileSync(path.join(folder, 'origine.txt'), `Copie di sicurezza automatiche di PIRA Desk del file:\n${path.resolve(filePath)}\n`);
      } catch (error) {
        removeTemporary(temporary);
        throw translateSqliteError(error, folder);
      }
      placeVerified(temporary, destination);
      fs.utimesSync(destination, now, now);
      const taken = pruneBackups(dataDir, filePath, now, destination).find((entry) => entry.path === destination);
      if (!taken) throw new PlanFileError('corrupt', `La copia di sicurezza appena scritta in ${shownName(destination)} non si legge più: controllare la cartella dei dati.`);
      return taken;
    },
    discard() {
      if (settled) return;
      settled = true;
      removeTemporary(temporary);
      removeCreated();
    },
  };
}

/** Takes a verified backup of `source` as a backup of plan file `filePath`, and applies the retention. */
export async function takeBackup(source: BackupSource, filePath: string, dataDir: string, reason: BackupReason, now: Date = new Date()): Promise<BackupEntry> {
  return (await prepareBackup(source, filePath, dataDir, reason, now)).keep();
}

/**
 * Backs up `source`, a file not open in this process (before a migration, a rescued working copy), through a
 * read-only connection, filed under plan file `filePath`.
 */
export async function backupClosedFile(source: string, filePath: string, dataDir: string, reason: BackupReason): Promise<BackupEntry> {
  let db: Database.Database;
  try {
    db = new Database(source, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw translateSqliteError(error, filePath);
  }
  try {
    return await takeBackup(db, filePath, dataDir, reason);
  } finally {
    db.close();
  }
}
