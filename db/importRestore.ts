/**
 * What undoing an import writes back, kept instead of the whole plan (issue 21): the settings and catalogues as they
 * were if the import changed them, every card it changed or deleted as it was, and the ids of the cards it added.
 * The plan before the import is the plan right after it (the undo checks that nothing was saved since, planStamp.ts)
 * with these parts put back, so it is rebuilt exactly; an import of 1% of the values of a ×100 plan keeps 123 cards,
 * not 1.800 (the snapshot of the whole plan cost ~0,1 s of every import and a copy of the plan in the file).
 * Files written before keep the whole plan in the same column: `beforeImport` still reads it.
 */
import { z } from 'zod';
import type { Card, Catalogues, PlanDocument, PlanSettings } from '../shared/model';
import { cardSchema, cataloguesSchema, planDocumentSchema, planSettingsSchema } from '../shared/schemas';

export interface ImportRestore {
  settings?: PlanSettings;
  catalogues?: Catalogues;
  /** The cards the import changed or deleted, as they were (ids included). */
  cards: Card[];
  /** The ids of the cards the import added. */
  added: number[];
}

/** `restore: 1` tells the stored parts apart from a whole plan (what files written before hold). */
const storedSchema = z.strictObject({
  restore: z.literal(1),
  settings: planSettingsSchema.optional(),
  catalogues: cataloguesSchema.optional(),
  cards: z.array(cardSchema),
  added: z.array(z.number().int().positive()),
});

/** The text kept in `import_undo.before_json`. */
export function restoreText(restore: ImportRestore): string {
  return JSON.stringify({ restore: 1, ...restore });
}

/** `current` (the plan right after the import) with the restored parts put back, cards in the file's order. */
export function planBefore(current: PlanDocument, restore: ImportRestore): PlanDocument {
  const replaced = new Set([...restore.added, ...restore.cards.map((card) => card.id)]);
  const cards = [...current.cards.filter((card) => !replaced.has(card.id)), ...restore.cards].sort((a, b) => a.position - b.position || a.id - b.id);
  return { ...current, settings: restore.settings ?? current.settings, catalogues: restore.catalogues ?? current.catalogues, cards };
}

/** The plan before the import, from what `before_json` holds (parts, or a whole plan); null when it is damaged. */
export function beforeImport(beforeJson: string, current: () => PlanDocument): PlanDocument | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(beforeJson);
  } catch {
    return null;
  }
  if (typeof parsed === 'object' && parsed !== null && 'restore' in parsed) {
    const stored = storedSchema.safeParse(parsed);
    if (!stored.success) return null;
    const { restore: _format, ...restore } = stored.data;
    return planBefore(current(), restore);
  }
  const whole = planDocumentSchema.safeParse(parsed);
  return whole.success ? whole.data : null;
}
