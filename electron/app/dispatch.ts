/**
 * The single entry of every API call, whatever the transport (Electron IPC or the HTTP harness):
 * checks the method name, validates the payload with its zod schema, runs the handler and returns an `ApiResult`.
 * Why: validation and error translation happen in one place, so no handler ever sees an unchecked payload.
 */
import { API_METHODS, type ApiHandlers, type ApiMethod, type ApiResult } from '../../shared/api';
import { apiRequestSchemas, formatZodIssues } from '../../shared/apiSchemas';
import { INTERNAL_MESSAGE, knownApiError } from './apiFailure';

const METHODS: ReadonlySet<string> = new Set(API_METHODS);

export function isApiMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && METHODS.has(method);
}

export async function dispatch(handlers: ApiHandlers, method: unknown, rawReq: unknown): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) {
    const shown = typeof method === 'string' ? `«${method.slice(0, 60)}»` : 'mancante';
    return { ok: false, error: { code: 'invalid-request', message: `Operazione sconosciuta: ${shown}.` } };
  }
  const parsed = apiRequestSchemas[method].safeParse(rawReq ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-request', message: formatZodIssues(parsed.error) } };
  }
  try {
    const handler = handlers[method] as (req: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    const known = knownApiError(error);
    if (known) return { ok: false, error: known };
    console.error(`[PIRA Desk] errore interno in ${method}:`, error instanceof Error ? error.stack : error);
    return { ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } };
  }
}
