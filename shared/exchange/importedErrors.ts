/**
 * The errors `check` would report on the plan an import stores (the same validator, shared/validation.ts) that the
 * stored plan did not already have: each is a blocking problem of the preview, placed on the card's row of the
 * workbook when there is one. Why: an empty «Obiettivo» cell was applied without a word, and `check` reported the
 * empty title only afterwards; a plan already holding an error is not refused for it.
 */
import type { CardDiff, Problem } from '../api';
import type { Card, PlanDocument } from '../model';
import { newCardErrors, newSettingsErrors } from '../requiredFields';
import { codeIndexOf } from '../validation';
import { problemAt, type CellPlace } from './sheetLayout';

export function importedPlanErrors(
  stored: PlanDocument | null,
  doc: PlanDocument,
  cards: readonly CardDiff[],
  rowOf: (code: string) => CellPlace | undefined,
): Problem[] {
  const problems: Problem[] = newSettingsErrors(stored, doc).map((f) => ({ severity: 'error', message: `Piano importato: ${f.message}` }));
  const touched = new Set(cards.filter((c) => c.status === 'added' || c.status === 'changed').map((c) => c.code));
  const storedByCode = new Map<string, Card>((stored?.cards ?? []).map((card) => [card.code, card]));
  const ctx = { settings: doc.settings, catalogues: doc.catalogues, cards: doc.cards, codes: codeIndexOf(doc.cards) };
  const storedCtx = stored ? { settings: stored.settings, catalogues: stored.catalogues, cards: stored.cards, codes: codeIndexOf(stored.cards) } : ctx;
  for (const card of doc.cards) {
    if (!touched.has(card.code)) continue;
    const before = storedByCode.get(card.code) ?? stored?.cards.find((c) => c.id !== 0 && c.id === card.id) ?? null;
    for (const finding of newCardErrors(before, card, ctx, storedCtx)) {
      if (!before && finding.code === 'title-empty') continue; // the merge already says a new card lacks its title
      const message = `scheda ${card.code || '(senza codice)'}: ${finding.message} Il piano non si importa così: correggere il file.`;
      const place = rowOf(card.code);
      problems.push(place ? problemAt(place, message) : { severity: 'error', message: `${message[0]!.toUpperCase()}${message.slice(1)}` });
    }
  }
  return problems;
}
