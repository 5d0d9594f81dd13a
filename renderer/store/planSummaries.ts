/**
 * The plans of the file as the toolbar and the dialogs list them: the session's summaries, with the open plan's
 * entry taken from the plan on screen. Why: the session is read once when the file opens, so its card count went
 * stale after a card was added or deleted ("(20 schede)" beside a list of 19).
 */
import { useMemo } from 'react';
import { countOf } from '../../shared/italianText';
import type { PlanSummary } from '../../shared/model';
import type { PlanHead } from '../../shared/planListing';
import { usePira } from './StoreContext';

/** "2024 – Camera di Commercio di Pistoia-Prato (18 schede)". */
export function planLabel(p: PlanSummary): string {
  return `${p.year} – ${p.ente} (${countOf(p.cardCount, 'scheda', 'schede')})`;
}

/** `plans` with the entry of the open plan `plan` (of `cardCount` cards) brought up to date. */
export function withOpenPlan(plans: readonly PlanSummary[], plan: Pick<PlanHead, 'id' | 'settings'> | null, cardCount: number): PlanSummary[] {
  return plans.map((p) =>
    plan && p.id === plan.id ? { ...p, ente: plan.settings.ente, year: plan.settings.year, title: plan.settings.title, cardCount } : p,
  );
}

/** The file's plans, newest year first, the open one as it is now. */
export function usePlanSummaries(): PlanSummary[] {
  const plans = usePira((s) => s.session?.plans);
  const plan = usePira((s) => s.plan);
  const cardCount = usePira((s) => s.rows.length);
  return useMemo(() => withOpenPlan(plans ?? [], plan, cardCount).sort((a, b) => b.year - a.year), [plans, plan, cardCount]);
}
