// Loads and parses the seed document: the original in ../shared/seeds/ when the workspace has it (CI does),
// else the copy kept next to these tests so they also run from the repository alone.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSeed, type SeedDocument } from './seedParser';

/** The seed as delivered with the project (sibling of the repository). */
export const ORIGINAL_SEED_PATH = fileURLToPath(
  new URL('../../../shared/seeds/000_dd9b7043800072be.txt', import.meta.url),
);
/** The committed copy, byte-identical to the original (checked by seedParser.test.ts when both exist). */
export const SEED_COPY_PATH = fileURLToPath(new URL('./seed2024.txt', import.meta.url));

export function seedPath(): string {
  return existsSync(ORIGINAL_SEED_PATH) ? ORIGINAL_SEED_PATH : SEED_COPY_PATH;
}

let cached: SeedDocument | null = null;

export function loadSeed(): SeedDocument {
  cached ??= parseSeed(readFileSync(seedPath(), 'utf8'));
  return cached;
}
