/**
 * The editor's rules (shared/schemas.ts) checked on the plan an import would store, each failure named by card,
 * indicator and field. Why: an imported text the editor refuses (too long, a control character) would make every
 * later save of its card fail; the import refuses it instead, saying where.
 */
import type { Problem } from '../api';
import { describeIssue } from '../apiSchemas';
import type { Card, PlanDocument } from '../model';
import { samePlainData } from '../samePlainData';
import { cardSchema, LIMITS, planDocumentSchema } from '../schemas';

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

/** Stored cards the editor's rules accept (checkStoredCards); the plan an import is compared with is only read. */
const acceptedCards = new WeakSet<Card>();

/**
 * Checks the cards of the plan an import will be compared with, while its workbooks are being parsed: an imported
 * card equal to its stored card then passes documentIssues without a second walk of the schema.
 */
export function checkStoredCards(cards: readonly Card[]): void {
  for (const card of cards) if (!acceptedCards.has(card) && cardSchema.safeParse(card).success) acceptedCards.add(card);
}

/**
 * Whether planDocumentSchema accepts `doc`, part by part: the schema has no rule across its parts, so the document
 * passes exactly when the rest of it, the number of cards and every card pass. A card equal to its stored counterpart
 * (`counterparts[i]`) that checkStoredCards accepted is not walked again.
 */
function accepted(doc: PlanDocument, counterparts: readonly (Card | null)[]): boolean {
  if (!Array.isArray(doc.cards) || doc.cards.length > LIMITS.cardsPerPlan) return false;
  if (!planDocumentSchema.safeParse({ ...doc, cards: [] }).success) return false;
  return doc.cards.every((card, i) => {
    const stored = counterparts[i];
    // Keys that are symbols are not compared: the schema reads string keys only.
    const same = stored && acceptedCards.has(stored) && (card === stored || samePlainData(card, stored, false) === true);
    return same || cardSchema.safeParse(card).success;
  });
}

/** `counterparts[i]`: the stored card `doc.cards[i]` comes from, if any. Only a refused document is walked whole, for its issues. */
export function documentIssues(doc: PlanDocument, counterparts: readonly (Card | null)[] = []): Problem[] {
  if (accepted(doc, counterparts)) return [];
  const result = planDocumentSchema.safeParse(doc);
  if (result.success) return [];
  const problems = result.error.issues.slice(0, SHOWN).map(
    (issue): Problem => ({ severity: 'error', message: `Il piano importato non rispetta le regole dell'editor: ${whereOf(doc, issue.path)}: ${describeIssue(issue)}.` }),
  );
  const more = result.error.issues.length - SHOWN;
  if (more > 0) problems.push({ severity: 'error', message: `… e ${more === 1 ? 'un altro valore non ammesso' : `altri ${more} valori non ammessi`}.` });
  return problems;
}
