/**
 * The errors `check` reports (shared/validation.ts, the same validator) that a write would newly bring to the
 * file, found before the write: an import that would leave a card without its title is refused in the preview,
 * and a save may not empty a required field that was filled. Pure, so both rules are table-tested.
 * Why "newly": a plan may already hold an error (it is reported, not a reason to block every other write); and the
 * editor builds some things in steps (a new indicator gets its name after it is added, a manual performance its
 * justification after it is typed), which a save must allow.
 */
import type { Finding } from './finding';
import type { Card, PlanDocument } from './model';
import { cardErrors, validatePlan, type CardValidationContext } from './validation';

const errorsOf = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error');

/** A finding's identity across two versions of a card: an indicator is named by its id, not its position. */
function keyOf(f: Finding, card?: Card): string {
  const field = (f.field ?? '').replace(/^indicators\.(\d+)\./, (whole, index: string) => {
    const id = card?.indicators[Number(index)]?.id;
    return id ? `indicatore#${id}.` : whole;
  });
  return `${f.code}|${field}`;
}

/** Whether `check` finds an error in `card` (when not, no save of it can have emptied a required field). */
export function hasErrors(card: Card, ctx: CardValidationContext): boolean {
  return cardErrors(card, ctx).length > 0;
}

/** The error findings of `after` that `before` (null: a new card) did not have. */
export function newCardErrors(before: Card | null, after: Card, ctx: CardValidationContext, beforeCtx: CardValidationContext = ctx): Finding[] {
  const errors = cardErrors(after, ctx);
  // Without an error now there is no new one: `before` is validated only when there is something to compare.
  if (errors.length === 0) return errors;
  const had = new Set(before ? cardErrors(before, beforeCtx).map((f) => keyOf(f, before)) : []);
  return errors.filter((f) => !had.has(keyOf(f, after)));
}

/** The plan-level errors (settings) of `doc` that `stored` did not have. */
export function newSettingsErrors(stored: PlanDocument | null, doc: PlanDocument): Finding[] {
  const settingsOnly = (plan: PlanDocument) => errorsOf(validatePlan({ ...plan, cards: [] }));
  const had = new Set(stored ? settingsOnly(stored).map((f) => keyOf(f)) : []);
  return settingsOnly(doc).filter((f) => !had.has(keyOf(f)));
}

/** The indicator a finding's field (`indicators.2.name`) is about, in `card`. */
function indicatorOf(card: Card, field: string | undefined) {
  const match = /^indicators\.(\d+)\./.exec(field ?? '');
  return match ? card.indicators[Number(match[1])] : undefined;
}

/**
 * What a save may not do: leave empty (or break) a required field that was filled. An error on something the save
 * creates (a new card, a new indicator, a manual performance just set) is left to the editor's findings.
 */
export function clearedRequiredFields(before: Card | null, after: Card, ctx: CardValidationContext): Finding[] {
  if (!before) return [];
  return newCardErrors(before, after, ctx).filter((f) => {
    const indicator = indicatorOf(after, f.field);
    if (!f.field?.startsWith('indicators.')) return true;
    const old = indicator && indicator.id !== 0 ? before.indicators.find((i) => i.id === indicator.id) : undefined;
    if (!old) return false;
    return f.code !== 'override-justification' || old.override !== undefined;
  });
}
