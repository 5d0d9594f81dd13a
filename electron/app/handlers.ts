/**
 * All API handlers of the back end, built once per process from the application context.
 * Why: the groups are written by different modules; the `satisfies ApiHandlers` below makes the compiler
 * prove that together they cover every method of the contract, no more and no less.
 */
import type { ApiHandlers, ApiMethod } from '../../shared/api';
import { compareHandlers } from './compareHandlers';
import type { AppContext } from './context';
import { exchangeHandlers } from './exchangeHandlers';
import { monitoringHandlers } from './monitoringHandlers';
import { planHandlers } from './planHandlers';
import { printHandlers } from './printHandlers';

type NoExtraMethods<T> = Exclude<keyof T, ApiMethod> extends never ? T : never;

export function createHandlers(ctx: AppContext): ApiHandlers {
  const handlers = { ...planHandlers(ctx), ...exchangeHandlers(ctx), ...printHandlers(ctx), ...compareHandlers(ctx), ...monitoringHandlers(ctx) } satisfies ApiHandlers;
  return handlers satisfies NoExtraMethods<typeof handlers>;
}
