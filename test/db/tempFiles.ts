// Temporary plan files for the db and CLI tests: one fresh folder per test file, removed at the end.
// Why: tests work on real files (WAL, locks, byte-for-byte checks) without touching anything outside tmpdir.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Card, PlanDocument } from '../../shared/model';

export function tempFolder(): { file(name: string): string; list(): string[]; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pira-test-'));
  return {
    file: (name) => path.join(dir, name),
    list: () => fs.readdirSync(dir),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A card or document with every database id set to 0, to compare what went in with what came out. */
export function cardWithoutIds(card: Card): Card {
  return { ...card, id: 0, indicators: card.indicators.map((indicator) => ({ ...indicator, id: 0 })) };
}

export function documentWithoutIds(doc: PlanDocument): PlanDocument {
  return { ...doc, id: 0, cards: doc.cards.map(cardWithoutIds) };
}
