/**
 * The editor's rules (shared/schemas.ts) checked on the plan an import would store, each failure named by card,
 * indicator and field. Why: an imported text the editor refuses (too long, a control character) would make every
 * later save of its card fail; the import refuses it instead, saying where. Only what the import writes is checked:
 * a card it leaves as stored is not written, so refusing the import for it would protect nothing; nor is an indicator
 * of a changed card that the merge handed back as the stored object itself.
 */
import type { Problem } from '../api';
import { describeIssue } from '../apiSchemas';
import type { Card, PlanDocument } from '../model';
import { samePlainData } from '../samePlainData';
import { cardSchema, indicatorSchema, LIMITS, planDocumentSchema } from '../schemas';

const SHOWN = 10;

function whereOf(doc: PlanDocument, path: readonly PropertyKey[]): string {
  const [section, cardIndex, part, indicatorIndex, ...rest] = path;
  if (section !== 'cards' || typeof cardIndex !== 'number') return `piano, campo «${path.map(String).join('.')}»`;
  const card = doc.cards[cardIndex];
  const where = `scheda ${card?.code ?? cardIndex + 1}`;
  if (part === 'indicators' && typeof indicatorIndex === 'number') {
    const indicator = card?.indicators[indicatorIndex];
    return `${where}, indicatore «${(indicator?.name ?? String(indicatorIndex + 1)).slice(0, 60)}», campo «${rest.map(String).join('.')}»`;
  }
  return `${where}, campo «${[part, indicatorIndex, ...rest].filter((k) => k !== undefined).map(String).join('.')}»`;
}

/**
 * Whether `card` is `stored`, the stored card it comes from, unchanged: an import does not write such a card
 * (db/planDelta.ts), so it leaves the file as it was whatever the rules say of it. Keys that are symbols are not
 * compared: neither the schema nor the file reads them.
 */
function unchanged(card: Card, stored: Card | null | undefined): boolean {
  return !!stored && (card === stored || samePlainData(card, stored, false) === true);
}

/**
 * The indicators of a changed card that are its stored card's own objects: the merge hands an indicator back as it is
 * when the file leaves it so, and db/cardWriter.ts leaves its rows alone. Like an unchanged card, nothing new of it
 * reaches the file.
 */
function storedIndicators(card: Card, stored: Card | null | undefined): ReadonlySet<unknown> {
  return stored && Array.isArray(card.indicators) ? new Set(stored.indicators) : new Set();
}

/** Whether cardSchema accepts `card`, its unchanged indicators (`same`) aside: the card's schema has no rule across them. */
function cardAccepted(card: Card, same: ReadonlySet<unknown>): boolean {
  if (same.size === 0) return cardSchema.safeParse(card).success;
  const indicators = card.indicators;
  if (indicators.length > LIMITS.indicatorsPerCard || !cardSchema.safeParse({ ...card, indicators: [] }).success) return false;
  for (let j = 0; j < indicators.length; j++) {
    const indicator = indicators[j];
    if (!same.has(indicator) && !indicatorSchema.safeParse(indicator).success) return false;
  }
  return true;
}

/**
 * Whether planDocumentSchema accepts what an import of `doc` writes, part by part: the schema has no rule across its
 * parts, so that is the rest of the document, the number of cards and every card but the unchanged ones (`kept`).
 */
function accepted(doc: PlanDocument, kept: readonly boolean[], same: readonly ReadonlySet<unknown>[]): boolean {
  if (!Array.isArray(doc.cards) || doc.cards.length > LIMITS.cardsPerPlan) return false;
  if (!planDocumentSchema.safeParse({ ...doc, cards: [] }).success) return false;
  return doc.cards.every((card, i) => kept[i] || cardAccepted(card, same[i]!));
}

/**
 * `counterparts[i]`: the stored card `doc.cards[i]` comes from, if any. Only a refused document is walked whole, for
 * its issues, in the schema's order; those of unchanged cards and unchanged indicators are left out.
 */
export function documentIssues(doc: PlanDocument, counterparts: readonly (Card | null)[] = []): Problem[] {
  const kept = Array.isArray(doc.cards) ? doc.cards.map((card, i) => unchanged(card, counterparts[i])) : [];
  const same = Array.isArray(doc.cards) ? doc.cards.map((card, i) => (kept[i] ? new Set() : storedIndicators(card, counterparts[i]))) : [];
  if (accepted(doc, kept, same)) return [];
  const result = planDocumentSchema.safeParse(doc);
  if (result.success) return [];
  const unwritten = (path: readonly PropertyKey[]) => {
    const [section, i, part, j] = path;
    if (section !== 'cards' || typeof i !== 'number') return false;
    return kept[i] === true || (part === 'indicators' && typeof j === 'number' && same[i]?.has(doc.cards[i]?.indicators[j]) === true);
  };
  const issues = result.error.issues.filter(({ path }) => !unwritten(path));
  const problems = issues.slice(0, SHOWN).map(
    (issue): Problem => ({ severity: 'error', message: `Il piano importato non rispetta le regole dell'editor: ${whereOf(doc, issue.path)}: ${describeIssue(issue)}.` }),
  );
  const more = issues.length - SHOWN;
  if (more > 0) problems.push({ severity: 'error', message: `… e ${more === 1 ? 'un altro valore non ammesso' : `altri ${more} valori non ammessi`}.` });
  return problems;
}
