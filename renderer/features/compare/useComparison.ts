/**
 * Loads the comparison of two plans for the comparison screen and its print route, with the host (for printing).
 * Why a hook: both views load the same thing the same way and must ignore an answer that arrives after a new request.
 */
import { useEffect, useState } from 'react';
import type { HostKind, PlanRef } from '../../../shared/api';
import type { PlanComparison } from '../../../shared/planCompare';
import { api } from '../../api';

export type ComparisonState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; comparison: PlanComparison; host: HostKind };

export function useComparison(before: PlanRef, after: PlanRef): ComparisonState {
  const [state, setState] = useState<ComparisonState>({ status: 'loading' });
  const key = JSON.stringify([before, after]);
  useEffect(() => {
    let live = true;
    const [b, a] = JSON.parse(key) as [PlanRef, PlanRef];
    setState({ status: 'loading' });
    Promise.all([api.getSession({}), api.comparePlans({ before: b, after: a })])
      .then(([session, comparison]) => {
        if (live) setState({ status: 'ready', comparison, host: session.host });
      })
      .catch((error: unknown) => {
        if (live) setState({ status: 'error', message: error instanceof Error && error.message ? error.message : 'Confronto non riuscito.' });
      });
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}
