/**
 * File > Salva una copia con nome: writes every plan of the open file into a new plan file at `target`.
 * Why: the copy is built complete under a temporary name (createPlanFile) and renamed over the target only then,
 * so a failure leaves neither a half-written copy nor a damaged file the user chose to replace. It goes through
 * the repository (loadPlan → insertPlan), so the copy is a clean file of the current schema.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describeFsError } from '../../db/fsErrors';
import { createPlanFile, PlanFileError, type PlanFile } from '../../db/planFile';
import { ApiFailure } from './apiFailure';

const SIDE_SUFFIXES = ['-wal', '-shm', '-journal'];

function removeSideFiles(filePath: string): void {
  for (const suffix of SIDE_SUFFIXES) rmSync(`${filePath}${suffix}`, { force: true });
}

export function copyPlanFile(source: PlanFile, target: string): void {
  const destination = path.resolve(target);
  if (destination === path.resolve(source.path)) {
    throw new ApiFailure('conflict', 'La copia deve avere un nome diverso da quello del file aperto.');
  }
  const docs = source.repo.listPlans().map((summary) => source.repo.loadPlan(summary.id));
  const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.${process.pid}.copia`);
  try {
    rmSync(temporary, { force: true });
    removeSideFiles(temporary);
    createPlanFile(temporary, docs).close();
    // A stale -wal of a replaced file would be replayed onto the copy: remove the old file's side files first.
    if (existsSync(destination)) removeSideFiles(destination);
    renameSync(temporary, destination);
  } catch (error) {
    rmSync(temporary, { force: true });
    removeSideFiles(temporary);
    throw copyFailure(error, destination);
  }
}

/** Why the copy could not be written, naming the copy (never the temporary file) and saying the rest is intact. */
function copyFailure(error: unknown, destination: string): unknown {
  const reason =
    describeFsError(error) ??
    (error instanceof PlanFileError ? 'disco pieno, cartella non accessibile o supporto rimosso' : null);
  if (reason === null) return error;
  return new ApiFailure(
    'locked',
    `Impossibile salvare la copia «${path.basename(destination)}» (${reason.replace(/\.$/, '')}): non è stata creata e il file aperto non è cambiato.`,
  );
}
