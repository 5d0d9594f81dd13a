/**
 * The "Apri recenti" list: most recent first, no duplicates, at most 10, stored as JSON in userData.
 * Why: the OS recent-documents list (app.addRecentDocument) is not readable on every platform, so the menu
 * keeps its own; a damaged file just means an empty list. No electron import: unit-tested.
 */
import path from 'node:path';
import { z } from 'zod';

export const MAX_RECENT = 10;

const storedSchema = z.array(z.string().min(1).max(4096)).max(100);

export function parseRecentFiles(json: string | null): string[] {
  if (json === null) return [];
  try {
    const parsed = storedSchema.safeParse(JSON.parse(json));
    return parsed.success ? normalise(parsed.data) : [];
  } catch {
    return [];
  }
}

function sameFile(a: string, b: string): boolean {
  return process.platform === 'win32' || process.platform === 'darwin'
    ? path.resolve(a).toLowerCase() === path.resolve(b).toLowerCase()
    : path.resolve(a) === path.resolve(b);
}

function normalise(list: string[]): string[] {
  const result: string[] = [];
  for (const item of list) {
    if (path.isAbsolute(item) && !result.some((kept) => sameFile(kept, item))) result.push(item);
  }
  return result.slice(0, MAX_RECENT);
}

/** Puts `filePath` first. */
export function addRecentFile(list: readonly string[], filePath: string): string[] {
  return normalise([path.resolve(filePath), ...list]);
}

export function removeRecentFile(list: readonly string[], filePath: string): string[] {
  return list.filter((item) => !sameFile(item, filePath));
}

export function serializeRecentFiles(list: readonly string[]): string {
  return JSON.stringify(list, null, 2);
}
