/**
 * Turns anything a handler throws into the Italian `ApiError` the UI shows.
 * Why: handlers throw (ApiFailure, PlanFileError, SQLite errors); only this module decides what the user reads,
 * so an unexpected error never leaks a stack or an English message across the boundary.
 */
import type { ApiError, ErrorCode, Problem } from '../../shared/api';

/** A failure a handler raises on purpose, with the code and the Italian message the user must see. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'invalid-request',
  'not-found',
  'conflict',
  'invalid-file',
  'locked',
  'import-refused',
  'unavailable',
  'internal',
  'stale',
]);

/** Codes of the db layer's `PlanFileError` that the API groups under `invalid-file`. */
const FILE_CODES: ReadonlySet<string> = new Set(['newer-schema', 'corrupt']);

export const INTERNAL_MESSAGE =
  "Si è verificato un errore interno imprevisto: l'operazione non è stata eseguita. Riprovare; se il problema " +
  'persiste, chiudere e riaprire il file del piano.';

const LOCKED_MESSAGE =
  'Il file del piano è bloccato da un altro programma (o da un’altra finestra di PIRA Desk): riprovare tra qualche ' +
  'istante.';

function isProblemList(value: unknown): value is Problem[] {
  return Array.isArray(value) && value.every((p) => typeof p === 'object' && p !== null && 'message' in p);
}

/**
 * Maps a thrown value to an `ApiError`, or `null` when it is not a known, user-facing failure
 * (the caller then logs it and answers `internal`). Errors are recognised by their `code`, so the
 * db layer's `PlanFileError` and other modules' error classes need no import here.
 */
export function knownApiError(error: unknown): ApiError | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return { code: 'locked', message: LOCKED_MESSAGE };
  const mapped = FILE_CODES.has(code) ? 'invalid-file' : ERROR_CODES.has(code) ? (code as ErrorCode) : null;
  if (mapped === null || mapped === 'internal' || error.message.trim() === '') return null;
  const problems = (error as { problems?: unknown }).problems;
  return isProblemList(problems) && problems.length > 0
    ? { code: mapped, message: error.message, problems }
    : { code: mapped, message: error.message };
}
