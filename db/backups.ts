/**
 * Automatic backups of a plan file: made with SQLite's online backup API (never a file copy of a live database),
 * verified (opened, `quick_check`, PIRA stamp) before they count, kept in the user's data folder with a rolling
 * retention (backupRetention.ts), listed newest first and restored AS A COPY, never over the file.
 * Why the user's data folder and not next to the file: backups must survive the loss or damage of the folder the
 * plan lives in (often a shared one), must not fill colleagues' shares, and must not need write access there.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupsToDelete, type RetentionPolicy } from './backupRetention';
import { APPLICATION_ID } from './migrate';
import { PlanFileError, shownName, translateSqliteError, withPlanFileErrorsAsync } from './planFileError';

export const BACKUP_REASONS = {
  apertura: "all'apertura del file",
  periodico: 'periodico, durante il lavoro',
  'prima-importazione': "prima di un'importazione",
  'prima-ripristino': 'prima di un ripristino',
  'prima-aggiornamento': "prima dell'aggiornamento del formato del file",
  'copia-di-lavoro': 'copia di lavoro non riportata nella cartella condivisa',
} as const;
export type BackupReason = keyof typeof BACKUP_REASONS;

export interface BackupEntry {
  /** 1 = the newest. */
  number: number;
  path: string;
  /** When it was taken (ISO 8601 instant). */
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

/** Anything that can copy itself with the backup API: an open PlanFile, or a raw connection. */
export interface BackupSource {
  backup(destination: string): Promise<unknown>;
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

function fileNameFor(date: Date, reason: BackupReason): string {
  const stamp = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}_${two(date.getHours())}-${two(date.getMinutes())}-${two(date.getSeconds())}-${two(date.getMilliseconds(), 3)}`;
  return `${stamp}_${reason}.pira`;
}

function parseName(name: string): { createdAt: Date; reason: BackupReason } | null {
  const match = NAME.exec(name);
  if (!match || !(match[8]! in BACKUP_REASONS)) return null;
  const [y, mo, d, h, mi, s, ms] = match.slice(1, 8).map(Number) as [number, number, number, number, number, number, number];
  return { createdAt: new Date(y, mo - 1, d, h, mi, s, ms), reason: match[8] as BackupReason };
}

/**
 * Checks that `filePath` is a sound plan file: it opens, passes `quick_check` and carries the PIRA stamp.
 * It is left as a self-contained rollback-journal file (no -wal/-shm needed to read it).
 */
export function verifyPlanCopy(filePath: string, shownAs: string = filePath): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(filePath, { fileMustExist: true });
    db.pragma('journal_mode = DELETE');
    const healthy = (db.pragma('quick_check') as { quick_check: string }[]).every((row) => row.quick_check === 'ok');
    const ours = db.pragma('application_id', { simple: true }) === APPLICATION_ID;
    if (!healthy || !ours) {
      throw new PlanFileError('corrupt', `La copia di ${shownName(shownAs)} non è risultata integra alla verifica: non è stata usata.`);
    }
  } catch (error) {
    throw translateSqliteError(error, shownAs);
  } finally {
    db?.close();
  }
}

/** Puts `temporary` at `destination` unless something is there: a hard link, or a copy where links are not supported. */
function placeWithoutReplacing(temporary: string, destination: string): void {
  try {
    fs.linkSync(temporary, destination);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
    try {
      fs.copyFileSync(temporary, destination, fs.constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as { code?: string }).code !== 'EEXIST') fs.rmSync(destination, { force: true });
      throw copyError;
    }
  }
}

/** Copies `source` to `destination` (which must not exist) through a temporary name, verified before it counts. */
export async function writeVerifiedCopy(source: BackupSource, destination: string): Promise<void> {
  const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.${process.pid}.tmp`);
  try {
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(`${temporary}${suffix}`, { force: true });
    await withPlanFileErrorsAsync(destination, () => source.backup(temporary));
    verifyPlanCopy(temporary, destination);
    placeWithoutReplacing(temporary, destination);
  } catch (error) {
    throw translateSqliteError(error, destination);
  } finally {
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(`${temporary}${suffix}`, { force: true });
  }
}

/** The backups of `filePath`, newest first, numbered from 1. */
export function listBackups(dataDir: string, filePath: string): BackupEntry[] {
  const folder = backupFolderFor(dataDir, filePath);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const parsed = parseName(name);
      if (!parsed) return [];
      const full = path.join(folder, name);
      return [{ path: full, createdAt: parsed.createdAt, reason: parsed.reason, bytes: fs.statSync(full).size }];
    })
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.path.localeCompare(a.path))
    .map((entry, index) => ({ ...entry, number: index + 1, createdAt: entry.createdAt.toISOString() }));
}

/** Deletes the backups of `filePath` the retention policy no longer keeps. */
export function pruneBackups(dataDir: string, filePath: string, now: Date, policy?: RetentionPolicy): void {
  const entries = listBackups(dataDir, filePath);
  for (const index of backupsToDelete(entries.map((e) => new Date(e.createdAt)), now, policy)) {
    fs.rmSync(entries[index]!.path, { force: true });
  }
}

/** Takes a verified backup of `source` as a backup of plan file `filePath`, and applies the retention. */
export async function takeBackup(
  source: BackupSource,
  filePath: string,
  dataDir: string,
  reason: BackupReason,
  now: Date = new Date(),
): Promise<BackupEntry> {
  const folder = backupFolderFor(dataDir, filePath);
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'origine.txt'), `Copie di sicurezza automatiche di PIRA Desk del file:\n${path.resolve(filePath)}\n`);
  } catch (error) {
    throw translateSqliteError(error, folder);
  }
  let destination = path.join(folder, fileNameFor(now, reason));
  for (let n = 1; fs.existsSync(destination); n++) destination = path.join(folder, fileNameFor(now, reason).replace('.pira', `_${n}.pira`));
  await writeVerifiedCopy(source, destination);
  pruneBackups(dataDir, filePath, now);
  const taken = listBackups(dataDir, filePath).find((entry) => entry.path === destination);
  if (!taken) throw new PlanFileError('corrupt', 'La copia di sicurezza appena creata non si trova più.');
  return taken;
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

/** Writes backup `entry` as a new plan file `outPath` (never over an existing file), verified. */
export async function restoreBackupAsCopy(entry: BackupEntry, outPath: string): Promise<void> {
  if (fs.existsSync(outPath)) {
    throw new PlanFileError('conflict', `Il file ${shownName(outPath)} esiste già: scegliere un altro nome per la copia ripristinata.`);
  }
  verifyPlanCopy(entry.path);
  const db = new Database(entry.path, { readonly: true, fileMustExist: true });
  try {
    await writeVerifiedCopy(db, outPath);
  } finally {
    db.close();
  }
}
