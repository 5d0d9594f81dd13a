// Loads and parses the seed document kept next to the seed tests (a copy of shared/seeds/000_dd9b7043800072be.txt).
// Why: the seed tests must run from the repository alone, on any machine, without the shared workspace.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSeed, type SeedDocument } from './seedParser';

const SEED_PATH = fileURLToPath(new URL('./seed2024.txt', import.meta.url));

let cached: SeedDocument | null = null;

export function loadSeed(): SeedDocument {
  cached ??= parseSeed(readFileSync(SEED_PATH, 'utf8'));
  return cached;
}
