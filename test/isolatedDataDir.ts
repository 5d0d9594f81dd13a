/**
 * Vitest global setup: the user's data folder of PIRA Desk (backups, working copies of shared files) points to a
 * fresh temporary folder for the whole run, removed at the end. Why: the harness and the sessions the tests
 * open write backups there; they must never land in the real profile of whoever runs the tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'pira-dati-utente-'));
  process.env.PIRA_DESK_DATA_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
