// documentIssues checks what an import writes, part by part, and skips the cards equal to their stored card (the
// import does not write them): for a stored plan the rules accept, the answer must stay the whole schema's, for a
// valid document (no problem) and for an invalid one (the same problems, in the same order, the same words); a card
// the import changes is checked whole, its stored fields included.
import { describe, expect, it } from 'vitest';
import { documentIssues } from '../../shared/exchange/documentIssues';
import type { PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { planDocumentSchema } from '../../shared/schemas';

/** A stored plan and the imported document: a copy of it (every card equal). */
function storedAndImported(): { stored: PlanDocument; doc: PlanDocument } {
  const stored: PlanDocument = structuredClone(samplePlan2024);
  return { stored, doc: structuredClone(stored) };
}
const counterparts = (stored: PlanDocument) => stored.cards.map((c) => c);
const wholeSchemaCount = (doc: PlanDocument) => planDocumentSchema.safeParse(doc).error?.issues.length ?? 0;

describe('documentIssues with the stored cards the import compares with', () => {
  it('accepts an unchanged plan, as the whole schema does', () => {
    const { stored, doc } = storedAndImported();
    expect(wholeSchemaCount(doc)).toBe(0);
    expect(documentIssues(doc, counterparts(stored))).toEqual([]);
  });

  it('refuses a changed card with a refused text the same way as without the stored cards', () => {
    const { stored, doc } = storedAndImported();
    doc.cards[2]!.indicators[0]!.name = 'Nome\u0001con un carattere di controllo';
    const problems = documentIssues(doc, counterparts(stored));
    expect(problems).toEqual(documentIssues(doc));
    expect(problems).toHaveLength(wholeSchemaCount(doc));
    expect(problems[0]?.message).toContain(`scheda ${doc.cards[2]!.code}`);
  });

  it('refuses a signed zero in a card otherwise equal to its stored card', () => {
    const { stored, doc } = storedAndImported();
    const target = doc.cards[0]!.indicators[0]!.targets[0]!;
    target.value = { kind: 'number', value: -0, decimals: 0 };
    stored.cards[0]!.indicators[0]!.targets[0]!.value = { kind: 'number', value: 0, decimals: 0 };
    const problems = documentIssues(doc, counterparts(stored));
    expect(problems).toEqual(documentIssues(doc));
    expect(problems.length).toBeGreaterThan(0);
  });

  it('accepts a stored card the rules refuse when the import leaves it as it is: the import does not write it', () => {
    const stored: PlanDocument = structuredClone(samplePlan2024);
    stored.cards[1]!.title = 'x'.repeat(100_000);
    const doc = structuredClone(stored);
    expect(documentIssues(doc)).not.toEqual([]);
    expect(documentIssues(doc, counterparts(stored))).toEqual([]);
  });

  it('checks a changed card whole: a stored field the rules refuse is named once anything else in the card changes', () => {
    const stored: PlanDocument = structuredClone(samplePlan2024);
    stored.cards[1]!.title = 'x'.repeat(100_000);
    const doc = structuredClone(stored);
    doc.cards[1]!.indicators[0]!.note = 'Nota nuova';
    const problems = documentIssues(doc, counterparts(stored));
    expect(problems).toEqual(documentIssues(doc));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain(`scheda ${doc.cards[1]!.code}, campo «title»`);
  });

  it('leaves the issues of unchanged stored cards out of a refusal, keeping the others in the schema\'s order', () => {
    const stored: PlanDocument = structuredClone(samplePlan2024);
    stored.cards[0]!.area = 'Area\u0003';
    const doc = structuredClone(stored);
    doc.cards[1]!.area = 'Area\u0004';
    doc.cards[2]!.office = 'Ufficio\u0005';
    const problems = documentIssues(doc, counterparts(stored));
    expect(documentIssues(doc)).toHaveLength(3);
    expect(problems.map((p) => p.message)).toEqual(documentIssues(doc).slice(1).map((p) => p.message));
    expect(problems[0]?.message).toContain(`scheda ${doc.cards[1]!.code}`);
  });

  it('refuses what is wrong outside the cards, every card being equal to its stored card', () => {
    const { stored, doc } = storedAndImported();
    doc.settings.title = 'Titolo\u0002';
    const problems = documentIssues(doc, counterparts(stored));
    expect(problems).toEqual(documentIssues(doc));
    expect(problems[0]?.message).toContain('piano, campo «settings.title»');
  });

  it('lists at most ten problems and counts the rest, as before', () => {
    const { stored, doc } = storedAndImported();
    for (const card of doc.cards.slice(0, 12)) card.area = 'Area\u0003';
    const problems = documentIssues(doc, counterparts(stored));
    expect(problems).toEqual(documentIssues(doc));
    expect(problems).toHaveLength(11);
    expect(problems[10]?.message).toBe('… e altri 2 valori non ammessi.');
  });

  it('leaves out an indicator of a changed card that is the stored object itself (not rewritten), not a copy of it', () => {
    const stored: PlanDocument = structuredClone(samplePlan2024);
    const card = stored.cards[1]!;
    card.indicators[0]!.note = 'Nota\u0003';
    const withSameIndicators = { ...stored, cards: stored.cards.map((c, i) => (i === 1 ? { ...card, title: 'Titolo nuovo' } : c)) };
    expect(documentIssues(withSameIndicators)).toHaveLength(1);
    expect(documentIssues(withSameIndicators, counterparts(stored))).toEqual([]);
    const copied = { ...withSameIndicators, cards: withSameIndicators.cards.map((c, i) => (i === 1 ? { ...c, indicators: structuredClone(c.indicators) } : c)) };
    expect(documentIssues(copied, counterparts(stored))).toEqual(documentIssues(copied));
    const alsoNew = { ...withSameIndicators, cards: withSameIndicators.cards.map((c, i) => (i === 1 ? { ...c, indicators: [c.indicators[0]!, { ...c.indicators[1]!, note: 'Altra\u0004' }, ...c.indicators.slice(2)] } : c)) };
    const problems = documentIssues(alsoNew, counterparts(stored));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe(documentIssues(alsoNew)[1]?.message);
  });
});
