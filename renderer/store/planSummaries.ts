/**
 * The plans of the file as the toolbar and the dialogs list them: the session's summaries, with the open plan's
 * entry taken from the plan on screen. Why: the session is read once when the file opens, so its card count went
 * stale after a card was added or deleted ("(20 schede)" beside a list of 19).
 */
import { useMemo } from 'react';
import { countOf } from '../../shared/italianText';
import type { PlanDocument, PlanSummary } from '../../shared/model';
import { usePira } from './StoreContext';

/** "2024 – Camera di Commercio di Pistoia-Prato (18 schede)". */
export function planLabel(p: PlanSummary): string {
  return `${p.year} – ${p.ente} (${countOf(p.cardCount, 'scheda', 'schede')})`;
}

/** `plans` with the entry of the open plan `doc` brought up to date. */
export function withOpenPlan(plans: readonly PlanSummary[], doc: PlanDocument | null): PlanSummary[] {
  return plans.map((p) =>
    doc && p.id === doc.id ? { ...p, ente: doc.settings.ente, year: doc.settings.year, title: doc.settings.title, cardCount: doc.cards.length } : p,
  );
}

/** The file's plans, newest year first, the open one as it is now. */
export function usePlanSummaries(): PlanSummary[] {
  const plans = usePira((s) => s.session?.plans);
  const doc = usePira((s) => s.doc);
  return useMemo(() => withOpenPlan(plans ?? [], doc).sort((a, b) => b.year - a.year), [plans, doc]);
}
