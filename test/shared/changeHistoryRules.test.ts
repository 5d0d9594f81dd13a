// The pure rules of issue 13: what a change did field by field (changeDetails), which status moves are allowed and
// which changes an approved or closed plan refuses (planStatus), and the undo stack rebuilt from the log (changeStack).
import { describe, expect, it } from 'vitest';
import type { ChangeDetail, ChangeRows } from '../../shared/changeLog';
import { changeDetails, defaultLabel, pairIndicators, touchedCards } from '../../shared/changeDetails';
import { undoStack, type StackSource } from '../../shared/changeStack';
import type { PlanStatus } from '../../shared/model';
import { contentDetails, describeStatus, nextStatus, refusalFor } from '../../shared/planStatus';
import { card, catalogues, row, settings, value } from './builders';

const APPROVED: PlanStatus = { stage: 'approvato', approvedOn: '2024-01-30', deliberation: '12' };

describe('changeDetails', () => {
  const before = card({ indicators: [row('n.', '10', '>= 8', { id: 5, name: 'Pratiche evase' }), row('%', '50%', '>= 40%', { id: 6, name: 'Quota' })] });

  it('lists the card’s and the indicators’ fields with the Italian labels and formats of the comparison', () => {
    const after = {
      ...before,
      weight: 2,
      indicators: [{ ...before.indicators[0]!, targets: [{ year: 2024, value: value('64.488') }, ...before.indicators[0]!.targets.slice(1)], measurements: [] }, before.indicators[1]!],
    };
    expect(changeDetails({ cards: [{ before, after }] })).toEqual([
      { scope: 'card', action: 'changed', cardCode: '01_01_OS01', field: 'Peso obiettivo', key: 'weight', before: '1', after: '2' },
      { scope: 'indicator', action: 'changed', cardCode: '01_01_OS01', indicator: 'Pratiche evase', field: 'Valore al 30/06/2024', key: 'value.2024-06-30', before: '10', after: '' },
      { scope: 'indicator', action: 'changed', cardCode: '01_01_OS01', indicator: 'Pratiche evase', field: 'Target 2024', key: 'target.2024', before: '8', after: '64.488' },
    ]);
  });

  it('pairs indicators by id, then by name when a save gave them new ids; the rest are added or removed', () => {
    const renumbered = { ...before.indicators[0]!, id: 99 };
    expect(pairIndicators(before.indicators, [renumbered]).map((p) => [p.before?.id ?? null, p.after?.id ?? null])).toEqual([
      [5, 99],
      [6, null],
    ]);
    const details = changeDetails({ cards: [{ before, after: { ...before, indicators: [renumbered, { ...before.indicators[1]!, id: 0, name: 'Nuovo' }] } }] });
    expect(details.map((d) => [d.action, d.indicator])).toEqual([
      ['added', 'Nuovo'],
      ['removed', 'Quota'],
    ]);
  });

  it('says cards, settings, catalogues, status and plans added or removed', () => {
    const rows: ChangeRows = {
      cards: [{ before: null, after: { ...before, id: 3, code: '09_09_OS09' } }],
      settings: { before: settings(), after: settings({ title: 'Nuovo titolo', year: 2025 }) },
      catalogues: { before: catalogues(), after: { ...catalogues(), aree: [...catalogues().aree, { name: 'Area X' }] } },
      status: { before: null, after: APPROVED },
    };
    expect(changeDetails(rows).map((d) => `${d.field}|${d.before}|${d.after}`)).toEqual([
      'Stato del piano|bozza|approvato con delibera n. 12 del 30/01/2024',
      'Anno del piano|2024|2025',
      'Titolo|' + settings().title + '|Nuovo titolo',
      'Aree||Area X',
      'Scheda||09_09_OS09 – ' + before.title,
    ]);
    expect(touchedCards(rows)).toEqual([{ id: 3, code: '09_09_OS09' }]);
    expect(defaultLabel(rows, 2024)).toBe('stato del piano, impostazioni del piano, cataloghi, nuova scheda 09_09_OS09');
    expect(defaultLabel({ cards: [], plan: { before: null, afterDigest: 'x', afterCards: [] } }, 2025)).toBe('piano 2025');
  });
});

describe('planStatus', () => {
  it.each<[PlanStatus, Parameters<typeof nextStatus>[1], string]>([
    [{ stage: 'bozza' }, { stage: 'approvato', deliberation: '12' }, 'Per approvare il piano indicare la data della delibera di approvazione.'],
    [{ stage: 'bozza' }, { stage: 'approvato', approvedOn: '2024-01-30', deliberation: ' ' }, 'Per approvare il piano indicare il numero della delibera di approvazione.'],
    [{ stage: 'bozza' }, { stage: 'chiuso' }, 'Un piano in bozza non si chiude: approvarlo prima.'],
    [APPROVED, { stage: 'approvato' }, 'Il piano è già approvato.'],
    [APPROVED, { stage: 'bozza' }, 'Per riportare in bozza un piano approvato indicare il motivo.'],
    [{ ...APPROVED, stage: 'chiuso' }, { stage: 'approvato' }, 'Per riaprire un piano chiuso indicare il motivo.'],
    [{ ...APPROVED, stage: 'chiuso' }, { stage: 'bozza', reason: 'x' }, 'Un piano chiuso non torna in bozza: riaprirlo prima (stato «approvato»).'],
  ])('refuses %j → %j', (from, request, error) => {
    expect(nextStatus(from, request)).toEqual({ ok: false, error });
  });

  it.each<[PlanStatus, Parameters<typeof nextStatus>[1], PlanStatus]>([
    [{ stage: 'bozza' }, { stage: 'approvato', approvedOn: '2024-01-30', deliberation: ' 12 ' }, APPROVED],
    [APPROVED, { stage: 'chiuso' }, { ...APPROVED, stage: 'chiuso' }],
    [{ ...APPROVED, stage: 'chiuso' }, { stage: 'approvato', reason: 'correzione' }, APPROVED],
    [APPROVED, { stage: 'bozza', reason: 'approvato per errore' }, { stage: 'bozza' }],
  ])('moves %j with %j', (from, request, status) => {
    expect(nextStatus(from, request)).toEqual({ ok: true, status });
  });

  it('describes the status', () => {
    expect(describeStatus({ stage: 'bozza' })).toBe('bozza');
    expect(describeStatus(APPROVED)).toBe('approvato con delibera n. 12 del 30/01/2024');
    expect(describeStatus({ ...APPROVED, stage: 'chiuso' })).toBe('chiuso (approvato con delibera n. 12 del 30/01/2024)');
  });

  const detail = (key: string, extra: Partial<ChangeDetail> = {}): ChangeDetail => ({ scope: 'indicator', action: 'changed', cardCode: 'A', indicator: 'I', field: key, key, before: '1', after: '2', ...extra });

  it('counts as content everything but values, manual performances, the monitoring date, catalogues and the status', () => {
    const free = [detail('value.2024-06-30'), detail('indicator.override'), detail('plan.monitoringDate', { scope: 'plan' }), detail('catalogues.aree', { scope: 'catalogues' }), detail('status', { scope: 'plan' })];
    const content = [detail('target.2025'), detail('indicator.weight'), detail('weight', { scope: 'card' }), detail('indicator', { action: 'added' }), detail('plan.title', { scope: 'plan' })];
    expect(contentDetails([...free, ...content])).toEqual(content);
  });

  it('refuses a content change of an approved plan without a reason, any change of a closed one, nothing of a draft', () => {
    const target = [detail('target.2025', { field: 'Target 2025' })];
    expect(refusalFor(APPROVED, 2024, target, undefined)).toBe(
      'Il piano 2024 è approvato con delibera n. 12 del 30/01/2024: questa modifica cambia il piano approvato (Target 2025 dell’indicatore «I» della scheda A) ed è una variazione al piano: indicare il motivo della variazione.',
    );
    expect(refusalFor(APPROVED, 2024, target, '  ')).not.toBeNull();
    expect(refusalFor(APPROVED, 2024, target, 'assestamento')).toBeNull();
    expect(refusalFor(APPROVED, 2024, [detail('value.2024-06-30')], undefined)).toBeNull();
    expect(refusalFor({ ...APPROVED, stage: 'chiuso' }, 2024, [detail('value.2024-06-30')], 'motivo')).toContain('è chiuso');
    expect(refusalFor({ ...APPROVED, stage: 'chiuso' }, 2024, [detail('status', { scope: 'plan' })], undefined)).toBeNull();
    expect(refusalFor({ stage: 'bozza' }, 2024, target, undefined)).toBeNull();
  });
});

describe('undoStack', () => {
  const e = (id: number, kind: StackSource['kind'], revertsId: number | null = null): StackSource => ({ id, kind, revertsId });

  it.each<[string, StackSource[], { past: number[]; future: number[] }]>([
    ['edits pile up', [e(1, 'edit'), e(2, 'paste'), e(3, 'merge')], { past: [1, 2, 3], future: [] }],
    ['an undo moves the step to the future as its undo entry', [e(1, 'edit'), e(2, 'edit'), e(3, 'undo', 2)], { past: [1], future: [3] }],
    ['a redo brings it back as the redo entry', [e(1, 'edit'), e(2, 'undo', 1), e(3, 'redo', 2)], { past: [3], future: [] }],
    ['undo after a redo reverts the redo entry', [e(1, 'edit'), e(2, 'undo', 1), e(3, 'redo', 2), e(4, 'undo', 3)], { past: [], future: [4] }],
    ['a new step clears the future', [e(1, 'edit'), e(2, 'undo', 1), e(3, 'edit')], { past: [3], future: [] }],
    ['a revert from the history is a step', [e(1, 'edit'), e(2, 'revert', 1)], { past: [1, 2], future: [] }],
    ['an undo of something not on the stack is ignored', [e(1, 'edit'), e(2, 'undo', 99), e(3, 'redo', 98)], { past: [1], future: [] }],
  ])('%s', (_name, entries, expected) => {
    expect(undoStack(entries)).toEqual(expected);
  });
});
