// Footnote numbering of a printed card and the texts of indicator notes, overrides and caps.
import { describe, expect, it } from 'vitest';
import {
  capNoteText,
  indicatorNoteText,
  numberCardFootnotes,
  overrideNoteText,
  type RowNoteTexts,
} from '../../renderer/features/print/footnotes';

const row = (partial: Partial<RowNoteTexts>): RowNoteTexts => ({ note: null, amendments: [], override: null, cap: null, ...partial });

describe('numberCardFootnotes', () => {
  it('numbers the policy first, then each row in order: note, override, cap', () => {
    const result = numberCardFootnotes('Politica', [
      row({}),
      row({ note: 'Target modificato', override: 'Manuale', cap: 'Senza tetto' }),
      row({ cap: 'Tetto 120%' }),
    ]);
    expect(result.policyRef).toBe(1);
    expect(result.rows).toEqual([
      { nameRefs: [], valueRefs: [], performanceRefs: [] },
      { nameRefs: [2], valueRefs: [], performanceRefs: [3, 4] },
      { nameRefs: [], valueRefs: [], performanceRefs: [5] },
    ]);
    expect(result.notes.map((n) => `${n.number} ${n.text}`)).toEqual([
      '1 Politica',
      '2 Target modificato',
      '3 Manuale',
      '4 Senza tetto',
      '5 Tetto 120%',
    ]);
  });

  it('numbers the amendments of a value between the note and the performance (issue 12)', () => {
    const result = numberCardFootnotes('Politica', [row({ note: 'Nota', amendments: ['Rettifica A', 'Rettifica B'], override: 'Manuale' })]);
    expect(result.rows).toEqual([{ nameRefs: [2], valueRefs: [3, 4], performanceRefs: [5] }]);
  });

  it('gives the same number to the same text on two rows', () => {
    const result = numberCardFootnotes('Politica', [row({ note: 'Target modificato' }), row({ note: 'Target modificato' })]);
    expect(result.rows.map((r) => r.nameRefs)).toEqual([[2], [2]]);
    expect(result.notes).toHaveLength(2);
  });
});

describe('footnote texts', () => {
  it.each([
    ['*Target modificato rispetto al PIAO 2024', 'Target modificato rispetto al PIAO 2024'],
    ['  ', null],
    ['', null],
    ['Fonte: PCC', 'Fonte: PCC'],
  ])('indicator note %j', (note, expected) => {
    expect(indicatorNoteText(note)).toBe(expected);
  });

  it.each<[number | 'none' | undefined, number | null, string | null]>([
    [undefined, 1, null],
    [1, 1, null],
    ['none', null, null],
    ['none', 1, 'Indicatore senza tetto: la performance può superare il 100% (eccezione alla politica del piano: tetto 100%).'],
    [1.2, 1, 'Indicatore con tetto 120% (eccezione alla politica del piano: tetto 100%).'],
    [1, null, 'Indicatore con tetto 100% (eccezione alla politica del piano: nessun tetto).'],
  ])('cap %j under plan cap %j', (cap, planCap, expected) => {
    expect(capNoteText(cap, planCap)).toBe(expected);
  });

  it('states the manual value, the computed one and the justification', () => {
    expect(overrideNoteText({ performance: 0.57, justification: ' Ritardo di 26 giorni ' }, 0)).toBe(
      'Performance impostata manualmente al 57% (valore calcolato: 0%). Motivazione: Ritardo di 26 giorni',
    );
    expect(overrideNoteText({ performance: 1, justification: 'x' }, null)).toContain('(valore calcolato: n.d.)');
  });
});
