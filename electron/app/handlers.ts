/**
 * All API handlers of the back end, built once per process from the application context.
 * Why: the groups are written by different modules; the `satisfies ApiHandlers` below makes the compiler
 * prove that together they cover every method of the contract, no more and no less. Every method that writes
 * the file answers only after the open file's `afterWrite` (a shared folder's working copy saved back there).
 */
import type { ApiHandlers, ApiMethod } from '../../shared/api';
import { backupHandlers } from './backupHandlers';
import { compareHandlers } from './compareHandlers';
import type { AppContext } from './context';
import { exchangeHandlers } from './exchangeHandlers';
import { monitoringHandlers } from './monitoringHandlers';
import { historyHandlers } from './historyHandlers';
import { layoutHandlers } from './layoutHandlers';
import { planHandlers } from './planHandlers';
import { printHandlers } from './printHandlers';

type NoExtraMethods<T> = Exclude<keyof T, ApiMethod> extends never ? T : never;

/** The methods that change the open file. */
export const WRITE_METHODS = [
  'createPlan',
  'savePlanSettings',
  'saveCatalogues',
  'saveCard',
  'deleteCard',
  'applyImport',
  'undoImport',
  'saveChanges',
  'revertChange',
  'setPlanStatus',
  'closeMonitoringDate',
  'reopenMonitoringDate',
  'amendValue',
  'saveImportLayout',
  'renameImportLayout',
  'deleteImportLayout',
  'importImportLayout',
] as const satisfies readonly ApiMethod[];

function afterEachWrite(ctx: AppContext, handlers: ApiHandlers): ApiHandlers {
  const wrapped: Record<string, unknown> = { ...handlers };
  for (const method of WRITE_METHODS) {
    const handler = handlers[method] as (req: unknown) => unknown;
    wrapped[method] = async (req: unknown) => {
      const result = await handler(req);
      await ctx.document?.().afterWrite();
      return result;
    };
  }
  return wrapped as ApiHandlers;
}

export function createHandlers(ctx: AppContext): ApiHandlers {
  const handlers = { ...planHandlers(ctx), ...exchangeHandlers(ctx), ...printHandlers(ctx), ...backupHandlers(ctx), ...compareHandlers(ctx), ...monitoringHandlers(ctx), ...historyHandlers(ctx), ...layoutHandlers(ctx) } satisfies ApiHandlers;
  return afterEachWrite(ctx, handlers satisfies NoExtraMethods<typeof handlers>);
}
