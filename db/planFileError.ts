/**
 * The one error type of the db layer, with a code the API maps to its own and an Italian message for the user.
 * Why: SQLite speaks English codes (SQLITE_BUSY, SQLITE_NOTADB…); only this module turns them into words.
 */
import path from 'node:path';
import { describeFsError, fsErrorCode } from './fsErrors';

export type PlanFileErrorCode =
  | 'not-found' // missing file, plan or card
  | 'invalid-file' // not a PIRA Desk file (other SQLite database, other file type)
  | 'newer-schema' // written by a newer PIRA Desk
  | 'corrupt' // damaged database or unreadable stored value
  | 'locked' // busy or locked by another program, or not writable
  | 'conflict' // duplicate code or year, file already exists
  | 'stale'; // the row changed in the file since the caller loaded it (another window or computer)

export class PlanFileError extends Error {
  constructor(
    readonly code: PlanFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlanFileError';
  }
}

/** The file name as shown in messages (the full path is long and says little to the user). */
export function shownName(filePath: string): string {
  return `«${path.basename(filePath)}»`;
}

/** What a row version protects, named with its article and the matching participle. */
export interface Versioned {
  what: string; // «la scheda 01_01_OS01», «le impostazioni del piano 2024», «i cataloghi del piano 2024»
  modified: 'modificata' | 'modificate' | 'modificati';
}

const PASSIVE: Record<Versioned['modified'], string> = {
  modificata: 'è stata modificata',
  modificate: 'sono state modificate',
  modificati: 'sono stati modificati',
};

/** A save carrying an older row version than the file's: refused, nothing overwritten. */
export function staleEdit(target: Versioned, action = 'La modifica non è stata salvata'): PlanFileError {
  return new PlanFileError(
    'stale',
    `Conflitto: ${target.what} ${PASSIVE[target.modified]} in un'altra finestra o su un altro computer dopo che ` +
      `il piano è stato aperto qui. ${action} (nulla è stato sovrascritto): ricaricare il piano per vedere la ` +
      'versione attuale e ripetere la modifica.',
  );
}

/** Refuses a save whose version (when it carries one) is not the file's. */
export function assertCurrentVersion(sent: number | undefined, stored: number, target: Versioned, action?: string): void {
  if (sent !== undefined && sent !== stored) throw staleEdit(target, action);
}

/** Rows of the plan file its own queries cannot read back in the order they share (a file edited by hand or damaged). */
export function unreadableRows(what: string): PlanFileError {
  return new PlanFileError('corrupt', `Il file contiene ${what} che non si leggono: ripristinare una copia di sicurezza.`);
}

/** The file is held by another connection (SQLITE_BUSY/LOCKED, or a snapshot SQLite could not take). */
export function lockedFile(filePath: string): PlanFileError {
  return new PlanFileError(
    'locked',
    `Il file ${shownName(filePath)} è bloccato da un altro programma (o da un'altra finestra di PIRA Desk): riprovare tra qualche istante.`,
  );
}

function sqliteCode(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

const FS_CODES: Record<string, PlanFileErrorCode> = { ENOENT: 'not-found', EISDIR: 'invalid-file', ENOTDIR: 'not-found' };

/** A Node file-system failure on `filePath` as a PlanFileError (most are "cannot use the file now": `locked`). */
function translateFsError(error: unknown, filePath: string): PlanFileError | null {
  const sentence = describeFsError(error, shownName(filePath));
  if (sentence === null) return null;
  return new PlanFileError(FS_CODES[fsErrorCode(error) ?? ''] ?? 'locked', sentence);
}

/**
 * Translates a SQLite or file-system failure on `filePath` into a PlanFileError; anything else is returned
 * unchanged. Constraint failures should have been prevented by the repository's own checks: they still get an
 * Italian text.
 */
export function translateSqliteError(error: unknown, filePath: string): unknown {
  const code = sqliteCode(error);
  if (code === null) return translateFsError(error, filePath) ?? error;
  const name = shownName(filePath);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return lockedFile(filePath);
  if (code.startsWith('SQLITE_READONLY')) {
    return new PlanFileError('locked', `Il file ${name} è in sola lettura: le modifiche non sono state salvate.`);
  }
  if (code === 'SQLITE_NOTADB') {
    return new PlanFileError('invalid-file', `Il file ${name} non è un file di PIRA Desk.`);
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new PlanFileError(
      'corrupt',
      `Il file ${name} è danneggiato e non può essere usato: ripristinare una copia di sicurezza.`,
    );
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return new PlanFileError(
      'conflict',
      `Il salvataggio nel file ${name} è stato rifiutato perché i dati sono incoerenti (codici duplicati o riferimenti mancanti): nulla è stato modificato.`,
    );
  }
  if (code.startsWith('SQLITE_FULL') || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return new PlanFileError(
      'locked',
      `Impossibile leggere o scrivere il file ${name} (disco pieno, cartella non accessibile o supporto rimosso): nulla è stato modificato.`,
    );
  }
  return error;
}

/** Awaits `fn`, translating SQLite and file-system failures on `filePath`. */
export async function withPlanFileErrorsAsync<T>(filePath: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw translateSqliteError(error, filePath);
  }
}

/** Runs `fn`, translating SQLite failures on `filePath`. */
export function withPlanFileErrors<T>(filePath: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw translateSqliteError(error, filePath);
  }
}
