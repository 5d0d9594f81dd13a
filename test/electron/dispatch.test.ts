// dispatch: method check, payload validation with the contract's schemas, and every error turned into Italian.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanFileError } from '../../db/planFile';
import { ApiFailure, INTERNAL_MESSAGE } from '../../electron/app/apiFailure';
import { dispatch } from '../../electron/app/dispatch';
import { API_METHODS, type ApiHandlers } from '../../shared/api';

function handlersWith(overrides: Partial<ApiHandlers>): ApiHandlers {
  const unexpected = () => {
    throw new Error('handler non previsto in questo test');
  };
  const base = Object.fromEntries(API_METHODS.map((m) => [m, unexpected])) as unknown as ApiHandlers;
  return { ...base, ...overrides };
}

function sqliteError(code: string): Error {
  return Object.assign(new Error('database is locked'), { code });
}

afterEach(() => vi.restoreAllMocks());

describe('dispatch', () => {
  it.each([['nonEsiste'], ['__proto__'], ['constructor'], ['toString'], [42], [undefined]])(
    'refuses the unknown method %j',
    async (method) => {
      const result = await dispatch(handlersWith({}), method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(!result.ok && result.error.message).toMatch(/^Operazione sconosciuta/);
    },
  );

  it('passes the validated request to the handler and wraps its value', async () => {
    const loadPlan = vi.fn((req: { planId: number }) => ({ id: req.planId }) as never);
    const result = await dispatch(handlersWith({ loadPlan }), 'loadPlan', { planId: 7 });
    expect(result).toEqual({ ok: true, value: { id: 7 } });
    expect(loadPlan).toHaveBeenCalledWith({ planId: 7 });
  });

  it.each([
    ['a wrong type', { planId: 'sette' }],
    ['a missing field', {}],
    ['a hostile extra key', { planId: 1, __proto__: { admin: true }, extra: 1 }],
    ['no object at all', 'loadPlan'],
  ])('refuses %s with an Italian message naming the problem, without calling the handler', async (_label, req) => {
    const loadPlan = vi.fn();
    const result = await dispatch(handlersWith({ loadPlan }), 'loadPlan', req);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toMatch(/^Richiesta non valida/);
    expect(loadPlan).not.toHaveBeenCalled();
  });

  it('names the field in the message', async () => {
    const result = await dispatch(handlersWith({}), 'loadPlan', { planId: 'sette' });
    expect(!result.ok && result.error.message).toContain('planId');
  });

  it.each([
    ['ApiFailure', new ApiFailure('conflict', 'Codice già usato.'), 'conflict', 'Codice già usato.'],
    ['PlanFileError not-found', new PlanFileError('not-found', 'Il piano non esiste.'), 'not-found', 'Il piano non esiste.'],
    ['PlanFileError newer-schema', new PlanFileError('newer-schema', 'File più recente.'), 'invalid-file', 'File più recente.'],
    ['PlanFileError corrupt', new PlanFileError('corrupt', 'File danneggiato.'), 'invalid-file', 'File danneggiato.'],
    ['PlanFileError locked', new PlanFileError('locked', 'File bloccato.'), 'locked', 'File bloccato.'],
  ])('turns a %s into its code and message', async (_label, error, code, message) => {
    const result = await dispatch(handlersWith({ loadPlan: () => { throw error; } }), 'loadPlan', { planId: 1 });
    expect(result).toEqual({ ok: false, error: { code, message } });
  });

  it('keeps the located problems of a failure', async () => {
    const problems = [{ severity: 'error' as const, message: 'Peso non numerico', sheet: 'Indicatori', row: 4, column: 'Peso' }];
    const failing = async () => {
      throw new ApiFailure('import-refused', 'Il file contiene errori.', problems);
    };
    const result = await dispatch(handlersWith({ applyImport: failing }), 'applyImport', { token: 'abc' });
    expect(result).toEqual({ ok: false, error: { code: 'import-refused', message: 'Il file contiene errori.', problems } });
  });

  it('answers locked, in Italian, to a raw SQLite busy error', async () => {
    const result = await dispatch(handlersWith({ loadPlan: () => { throw sqliteError('SQLITE_BUSY'); } }), 'loadPlan', { planId: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(!result.ok && result.error.message).toMatch(/bloccato/);
  });

  it.each([
    ['an English error', new TypeError("Cannot read properties of undefined (reading 'cards')")],
    ['a system error', Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' })],
    ['a thrown string', 'boom'],
    ['an error claiming to be internal', new ApiFailure('internal', 'dettagli interni')],
  ])('hides %s behind a generic Italian message and logs it', async (_label, thrown) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await dispatch(handlersWith({ loadPlan: async () => { throw thrown; } }), 'loadPlan', { planId: 1 });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } });
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toContain('loadPlan');
  });
});
