// Temporary plan files for the db and CLI tests: one fresh folder per test file, removed at the end.
// Why: tests work on real files (WAL, locks, byte-for-byte checks) without touching anything outside tmpdir.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPlanFile } from '../../db/planFile';
import type { Card, PlanDocument } from '../../shared/model';

export function tempFolder(): { file(name: string): string; list(): string[]; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pira-test-'));
  return {
    file: (name) => path.join(dir, name),
    list: () => fs.readdirSync(dir),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A card or document with every database id set to 0 and no row versions, to compare what went in with what
 * came out (ids and versions are the file's bookkeeping, not content).
 */
export function cardWithoutIds(card: Card): Card {
  const { version: _version, ...content } = card;
  return { ...content, id: 0, indicators: card.indicators.map((indicator) => ({ ...indicator, id: 0 })) };
}

export function documentWithoutIds(doc: PlanDocument): PlanDocument {
  const { version: _settingsVersion, ...settings } = doc.settings;
  const { version: _cataloguesVersion, ...catalogues } = doc.catalogues;
  return { ...doc, id: 0, settings, catalogues, cards: doc.cards.map(cardWithoutIds) };
}

/** The title of the first card of plan 1, read through a read-only open of `file` (what a write really left). */
export function firstCardTitle(file: string): string | undefined {
  const opened = openPlanFile(file, { readonly: true });
  try {
    return opened.repo.loadPlan(1).cards[0]?.title;
  } finally {
    opened.close();
  }
}
