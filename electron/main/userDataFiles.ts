/**
 * Small text files in the user's data folder (window state, recent files): read when present, written atomically.
 * Why: a crash while writing must not leave half a JSON file; a write failure only costs a convenience, so it is
 * logged, never shown. No electron import: unit-tested.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function readTextIfPresent(filePath: string): string | null {
  try {
    return readFileSync(filePath, 'utf8');
  } catch {
    return null;
  }
}

export function writeTextAtomically(filePath: string, text: string): boolean {
  const temporary = `${filePath}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(filePath), { recursive: true });
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, filePath);
    return true;
  } catch (error) {
    console.error(`[PIRA Desk] impossibile scrivere ${filePath}:`, error);
    return false;
  }
}
