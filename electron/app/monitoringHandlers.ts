/**
 * The API of closed monitoring dates: closing a date ("Chiudi il monitoraggio al …"), reopening it with a reason and
 * amending one of its values.
 * Why thin: the repository does each in one transaction with its checks; here only who is acting is added, the user
 * account of the computer, since PIRA Desk has no logins.
 */
import os from 'node:os';
import type { ApiHandlers } from '../../shared/api';
import type { AppContext } from './context';

/** The user account running the app ("utente sconosciuto" when the system does not say). */
export function currentUser(): string {
  try {
    return os.userInfo().username || 'utente sconosciuto';
  } catch {
    return 'utente sconosciuto';
  }
}

export function monitoringHandlers(ctx: AppContext, who: () => string = currentUser): Pick<ApiHandlers, 'closeMonitoringDate' | 'reopenMonitoringDate' | 'amendValue'> {
  return {
    closeMonitoringDate: ({ planId, date }) => ctx.file().repo.closeMonitoringDate(planId, date, who()),
    reopenMonitoringDate: ({ planId, date, reason }) => ctx.file().repo.reopenMonitoringDate(planId, date, reason),
    amendValue: ({ planId, ...request }) => ctx.file().repo.amendValue(planId, request, who()),
  };
}
