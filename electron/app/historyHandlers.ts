/**
 * The API of the change log and of the plan's status: a change set saved as one entry, the log listed, a change
 * reverted, this user's undo stack, the status moved. Why thin: the repository does each in one transaction,
 * recording it in the log; here only the request is unpacked.
 */
import type { ApiHandlers } from '../../shared/api';
import type { AppContext } from './context';

type HistoryMethod = 'saveChanges' | 'listChanges' | 'revertChange' | 'undoStack' | 'setPlanStatus';

export function historyHandlers(ctx: AppContext): Pick<ApiHandlers, HistoryMethod> {
  const repo = () => ctx.file().repo;
  return {
    saveChanges: ({ planId, change, ...changes }) => repo().saveChanges(planId, changes, change),
    listChanges: (filter) => ({ ...repo().listChanges(filter), users: repo().changeUsers(filter.planId) }),
    revertChange: ({ planId, changeId, mode, change }) => repo().revertChange(planId, changeId, mode, change?.reason),
    undoStack: ({ planId }) => repo().undoStack(planId),
    setPlanStatus: ({ planId, change, ...request }) => repo().setPlanStatus(planId, { ...request, reason: change?.reason }),
  };
}
