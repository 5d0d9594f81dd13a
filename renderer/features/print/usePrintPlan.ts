/**
 * Loads the plan a print job refers to: the given plan id, or (print route without `?piano=`) the plan with the
 * highest year in the open file. Why: the print route must work on its own in a hidden window or a new tab.
 */
import { useEffect, useState } from 'react';
import type { HostKind } from '../../../shared/api';
import type { PlanDocument, PlanSummary } from '../../../shared/model';
import { api } from '../../api';

export type PrintPlanState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; plan: PlanDocument; host: HostKind };

export function latestPlanId(plans: PlanSummary[]): number | null {
  const latest = [...plans].sort((a, b) => b.year - a.year || b.id - a.id)[0];
  return latest ? latest.id : null;
}

function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Impossibile caricare il piano da stampare.';
}

export function usePrintPlan(planId: number | null): PrintPlanState {
  const [state, setState] = useState<PrintPlanState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    (async () => {
      const session = await api.getSession({});
      const id = planId ?? latestPlanId(session.plans);
      if (id === null) throw new Error('Il file aperto non contiene alcun piano da stampare.');
      const plan = await api.loadPlan({ planId: id });
      if (live) setState({ status: 'ready', plan, host: session.host });
    })().catch((error: unknown) => {
      if (live) setState({ status: 'error', message: errorMessage(error) });
    });
    return () => {
      live = false;
    };
  }, [planId]);
  return state;
}
