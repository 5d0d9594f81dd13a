/**
 * The editor's rules (shared/schemas.ts) checked on the plan an import would store, each failure named by card,
 * indicator and field. Why: an imported text the editor refuses (too long, a control character) would make every
 * later save of its card fail; the import refuses it instead, saying where.
 */
import type { Problem } from '../api';
import { describeIssue } from '../apiSchemas';
import type { PlanDocument } from '../model';
import { planDocumentSchema } from '../schemas';

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

export function documentIssues(doc: PlanDocument): Problem[] {
  const result = planDocumentSchema.safeParse(doc);
  if (result.success) return [];
  const problems = result.error.issues.slice(0, SHOWN).map(
    (issue): Problem => ({ severity: 'error', message: `Il piano importato non rispetta le regole dell'editor: ${whereOf(doc, issue.path)}: ${describeIssue(issue)}.` }),
  );
  const more = result.error.issues.length - SHOWN;
  if (more > 0) problems.push({ severity: 'error', message: `… e ${more === 1 ? 'un altro valore non ammesso' : `altri ${more} valori non ammessi`}.` });
  return problems;
}
