// Issue 13, items 1 and 3 through the API (dispatch: payload validation, handlers, Italian errors): an approved plan
// refuses a target edit without a reason and records it as a variation with one; values stay free; a closed plan
// refuses everything; an import is one entry; the status moves bozza → approvato → chiuso and back with a reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/app/dispatch';
import { createHandlers } from '../../../electron/app/handlers';
import type { ApiMethod, ApiRequest, ApiResponse, ApiResult } from '../../../shared/api';
import type { Card } from '../../../shared/model';
import { sampleContext } from '../../exchange/fixtures';

let env: ReturnType<typeof sampleContext>;
beforeEach(() => {
  env = sampleContext();
});
afterEach(() => env.cleanup());

const call = <M extends ApiMethod>(method: M, req: ApiRequest<M>) => dispatch(createHandlers(env.ctx), method, req) as Promise<ApiResult<ApiResponse<M>>>;
async function ok<M extends ApiMethod>(method: M, req: ApiRequest<M>): Promise<ApiResponse<M>> {
  const result = await call(method, req);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}
async function refused<M extends ApiMethod>(method: M, req: ApiRequest<M>) {
  const result = await call(method, req);
  if (result.ok) throw new Error(`${method} accettato`);
  return result.error;
}

const firstCard = async (): Promise<Card> => (await ok('loadPlan', { planId: 1 })).cards[0]!;
const withFirstTarget = (card: Card, value: number): Card => ({
  ...card,
  indicators: card.indicators.map((ind, i) =>
    i === 0 ? { ...ind, targets: ind.targets.map((t) => (t.year === 2025 ? { ...t, value: { kind: 'number', value, decimals: 0 } } : t)) } : ind,
  ),
});
const withFirstValue = (card: Card, value: number): Card => ({
  ...card,
  indicators: card.indicators.map((ind, i) => (i === 0 ? { ...ind, measurements: [{ date: '2024-06-30', value: { kind: 'number', value, decimals: 0 } }] } : ind)),
});
const approve = () => ok('setPlanStatus', { planId: 1, stage: 'approvato', approvedOn: '2024-01-30', deliberation: '12' });

describe('plan status through the API', () => {
  it('approval needs date and deliberation, is recorded and shown with the plan', async () => {
    expect((await refused('setPlanStatus', { planId: 1, stage: 'approvato', approvedOn: '2024-01-30' })).message).toBe(
      'Per approvare il piano indicare il numero della delibera di approvazione.',
    );
    expect(await approve()).toEqual({ stage: 'approvato', approvedOn: '2024-01-30', deliberation: '12' });
    expect((await ok('loadPlan', { planId: 1 })).status).toEqual({ stage: 'approvato', approvedOn: '2024-01-30', deliberation: '12' });
    const { entries } = await ok('listChanges', { planId: 1, kind: 'status' });
    expect(entries[0]).toMatchObject({ label: 'piano 2024 approvato con delibera n. 12 del 30/01/2024', details: [{ field: 'Stato del piano', before: 'bozza', after: 'approvato con delibera n. 12 del 30/01/2024' }] });
  });

  it('an approved plan refuses a target edit without a reason, and records it as a variation with one', async () => {
    await approve();
    const card = await firstCard();
    const error = await refused('saveCard', { planId: 1, card: withFirstTarget(card, 99) });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Il piano 2024 è approvato con delibera n. 12 del 30/01/2024: questa modifica cambia il piano approvato (Target 2025 dell’indicatore');
    expect(error.message).toContain('indicare il motivo della variazione');
    expect((await firstCard()).indicators[0]!.targets).toEqual(card.indicators[0]!.targets);

    await ok('saveCard', { planId: 1, card: withFirstTarget(card, 99), change: { reason: 'Rimodulazione dopo l’assestamento di bilancio' } });
    const { entries } = await ok('listChanges', { planId: 1, variationsOnly: true });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ variation: true, reason: 'Rimodulazione dopo l’assestamento di bilancio', details: [{ field: 'Target 2025', after: '99' }] });
  });

  it('undoing a variation is a variation of its own: refused without its own reason, recorded with it (issue 17 §6)', async () => {
    await approve();
    const card = await firstCard();
    await ok('saveCard', { planId: 1, card: withFirstTarget(card, 99), change: { reason: 'Rimodulazione' } });
    const [variation] = (await ok('listChanges', { planId: 1, variationsOnly: true })).entries;
    const error = await refused('revertChange', { planId: 1, changeId: variation!.id, mode: 'undo' });
    expect(error.message).toContain('indicare il motivo della variazione');
    expect((await firstCard()).indicators[0]!.targets.find((t) => t.year === 2025)?.value).toEqual({ kind: 'number', value: 99, decimals: 0 });
    await ok('revertChange', { planId: 1, changeId: variation!.id, mode: 'undo', change: { reason: 'Assestamento rinviato' } });
    const [undo] = (await ok('listChanges', { planId: 1, variationsOnly: true })).entries;
    expect(undo).toMatchObject({ kind: 'undo', revertsId: variation!.id, reason: 'Assestamento rinviato', variation: true });
  });

  it('weights, titles and new indicators are variations too; values at monitoring dates are not', async () => {
    await approve();
    const card = await firstCard();
    expect((await refused('saveCard', { planId: 1, card: { ...card, weight: 2 } })).message).toContain('Peso obiettivo della scheda');
    expect((await refused('saveCard', { planId: 1, card: { ...card, indicators: card.indicators.slice(1) } })).message).toContain('indicatore «');
    const saved = await ok('saveCard', { planId: 1, card: withFirstValue(card, 7) });
    expect(saved.indicators[0]!.measurements).toHaveLength(1);
    const [entry] = (await ok('listChanges', { planId: 1 })).entries;
    expect(entry).toMatchObject({ variation: false, details: [{ field: 'Valore al 30/06/2024', after: '7' }] });
  });

  it('a closed plan refuses every change, values included, until it is reopened with a reason', async () => {
    await approve();
    await ok('setPlanStatus', { planId: 1, stage: 'chiuso' });
    const card = await firstCard();
    expect((await refused('saveCard', { planId: 1, card: withFirstValue(card, 7) })).message).toBe(
      'Il piano 2024 è chiuso: non si modifica più. Per correggerlo riaprirlo (Impostazioni › Stato del piano), indicando il motivo.',
    );
    expect((await refused('setPlanStatus', { planId: 1, stage: 'approvato' })).message).toBe('Per riaprire un piano chiuso indicare il motivo.');
    expect((await refused('setPlanStatus', { planId: 1, stage: 'bozza' })).message).toContain('non torna in bozza');
    await ok('setPlanStatus', { planId: 1, stage: 'approvato', change: { reason: 'Errore nei valori al 31/12' } });
    await ok('saveCard', { planId: 1, card: withFirstValue(card, 7) });
    expect((await ok('loadPlan', { planId: 1 })).status).toMatchObject({ stage: 'approvato', deliberation: '12' });
  });

  it('reverting the approval needs a reason, like taking the plan back to draft', async () => {
    await approve();
    const [entry] = (await ok('listChanges', { planId: 1, kind: 'status' })).entries;
    expect((await refused('revertChange', { planId: 1, changeId: entry!.id, mode: 'revert' })).message).toBe(
      'Per riportare in bozza un piano approvato indicare il motivo.',
    );
    await ok('revertChange', { planId: 1, changeId: entry!.id, mode: 'revert', change: { reason: 'approvato per errore' } });
    expect((await ok('loadPlan', { planId: 1 })).status).toBeUndefined();
  });
});

describe('change sets and undo through the API', () => {
  it('saves a catalogue merge as one call, one entry; undo and redo are recorded and restore the file', async () => {
    const doc = await ok('loadPlan', { planId: 1 });
    const [a, b] = doc.cards;
    const saved = await ok('saveChanges', {
      planId: 1,
      catalogues: { ...doc.catalogues, aree: doc.catalogues.aree.slice(1) },
      cards: [{ ...a!, area: 'Unica' }, { ...b!, area: 'Unica' }],
      change: { kind: 'merge', label: 'unione delle grafie di «Unica»' },
    });
    expect(saved.changeId).not.toBeNull();
    const stack = await ok('undoStack', { planId: 1 });
    expect(stack.past.map((s) => s.label)).toEqual(['unione delle grafie di «Unica»']);
    await ok('revertChange', { planId: 1, changeId: saved.changeId!, mode: 'undo' });
    const undone = await ok('loadPlan', { planId: 1 });
    expect(undone.catalogues.aree).toEqual(doc.catalogues.aree);
    expect(undone.cards.slice(0, 2).map((c) => c.area)).toEqual([a!.area, b!.area]);
    const after = await ok('undoStack', { planId: 1 });
    expect(after.past).toEqual([]);
    expect(after.future).toHaveLength(1);
    const kinds = (await ok('listChanges', { planId: 1 })).entries.map((e) => e.kind);
    expect(kinds.slice(0, 2)).toEqual(['undo', 'merge']);
  });
});
