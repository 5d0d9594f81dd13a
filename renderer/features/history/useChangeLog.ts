/**
 * The plan's change log as the history screens show it: the entries matching a filter, newest first, read again
 * after every write the store answers (and after a revert or a reload), with a next page on request.
 * Why a hook: the card's panel and the plan-wide screen list the same entries the same way.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ChangeEntry, ChangeFilter } from '../../../shared/changeLog';
import { api } from '../../api';
import { usePira } from '../../store/StoreContext';

export type LogFilter = Omit<ChangeFilter, 'planId' | 'beforeId'>;

export interface ChangeLogState {
  status: 'loading' | 'ready' | 'error';
  entries: ChangeEntry[];
  users: string[];
  more: boolean;
  message: string;
  loadMore(): void;
}

/** `filter` null: nothing is read (a closed panel). */
export function useChangeLog(filter: LogFilter | null): ChangeLogState {
  const planId = usePira((s) => s.planId);
  // read again when the plan on screen changes (a reload, a revert): its header or its rows
  const plan = usePira((s) => s.plan);
  const rows = usePira((s) => s.rows);
  const saveState = usePira((s) => s.saveState);
  const [state, setState] = useState<Omit<ChangeLogState, 'loadMore'>>({ status: 'loading', entries: [], users: [], more: false, message: '' });
  const key = JSON.stringify(filter);

  useEffect(() => {
    if (planId === null || key === 'null') return;
    let current = true;
    api.listChanges({ planId, ...(JSON.parse(key) as LogFilter) }).then(
      (page) => current && setState({ status: 'ready', entries: page.entries, users: page.users, more: page.more, message: '' }),
      (error: unknown) => current && setState((s) => ({ ...s, status: 'error', message: error instanceof Error ? error.message : String(error) })),
    );
    return () => {
      current = false;
    };
  }, [planId, key, plan, rows, saveState]);

  const loadMore = useCallback(() => {
    const last = state.entries.at(-1);
    if (planId === null || !last || key === 'null') return;
    void api.listChanges({ planId, ...(JSON.parse(key) as LogFilter), beforeId: last.id }).then((page) =>
      setState((s) => ({ ...s, entries: [...s.entries, ...page.entries], more: page.more })),
    );
  }, [planId, key, state.entries]);

  return { ...state, loadMore };
}
