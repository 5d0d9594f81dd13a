/**
 * File > Salva una copia con nome: writes every plan of the open file into a new plan file at `target`.
 * Why: the copy is built in a temporary file next to the target and renamed only when complete, so a failure
 * leaves neither a half-written copy nor a damaged file the user chose to replace. It goes through the
 * repository (loadPlan → insertPlan), so the copy is a clean file of the current schema.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openPlanFile, type PlanFile } from '../../db/planFile';
import { ApiFailure } from './apiFailure';

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

function removeWithSideFiles(filePath: string): void {
  for (const suffix of SIDE_FILES) rmSync(`${filePath}${suffix}`, { force: true });
}

export async function copyPlanFile(source: PlanFile, target: string): Promise<void> {
  const destination = path.resolve(target);
  if (destination === path.resolve(source.path)) {
    throw new ApiFailure('conflict', 'La copia deve avere un nome diverso da quello del file aperto.');
  }
  const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.${process.pid}.tmp`);
  removeWithSideFiles(temporary);
  const copy = openPlanFile(temporary, { create: true });
  try {
    for (const summary of await source.repo.listPlans()) {
      await copy.repo.insertPlan(await source.repo.loadPlan(summary.id));
    }
  } catch (error) {
    copy.close();
    removeWithSideFiles(temporary);
    throw error;
  }
  copy.close();
  // A stale -wal of a replaced file would be replayed onto the copy: remove the old file's side files first.
  if (existsSync(destination)) for (const suffix of SIDE_FILES.slice(1)) rmSync(`${destination}${suffix}`, { force: true });
  renameSync(temporary, destination);
}
