// Issue 21, round 5: the change-log entry of an import is built from the cards in memory (db/writtenCard.ts): the
// stored card's own objects for the indicators the import left as they were, the rest as the columns return what
// was written, instead of every card read back from the file. The file must hold exactly what it held before: the
// same entry (details, rows and their stored differences, cards touched) and undo record as an import whose cards
// share no object with the stored plan, on cards added, removed, with indicators added, removed, moved, values,
// targets and texts changed; each row must read back as the cards are; the undo must restore the plan exactly; and
// each card made from memory must be the card the file reads back, or be read again.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { readCards } from '../../db/cardRows';
import { readEntry } from '../../db/changeLogStore';
import { withoutVersions } from '../../db/importUndo';
import { createPlanFile, type PlanFile } from '../../db/planFile';
import { cardsAfterWrite } from '../../db/writtenCard';
import type { Card, Indicator, PlanDocument, Value } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { cardWithoutIds, tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;

const number = (value: number): Value => ({ kind: 'number', value, decimals: 0 });
const withValue = (indicator: Indicator, value: number): Indicator => ({
  ...indicator,
  measurements: indicator.measurements.map((m, i) => (i === 0 ? { ...m, value: number(value) } : m)),
});
const withTarget = (indicator: Indicator, value: number): Indicator => ({
  ...indicator,
  targets: indicator.targets.map((t, i) => (i === 1 ? { ...t, value: number(value) } : t)),
});

/** What an import of ×100 files does to a plan, case by case; unchanged indicators are the stored objects. */
function importedDoc(before: PlanDocument, removals = true): PlanDocument {
  const [valueCard, targetCard, removedIndicator, addedIndicator, moved, removedCard, texts, copied, ...rest] = before.cards;
  const change = (card: Card | undefined, edit: (card: Card) => Card): Card => edit(card!);
  return {
    ...before,
    cards: [
      change(valueCard, (c) => ({ ...c, indicators: c.indicators.map((ind, i) => (i === 1 ? withValue(ind, 123) : ind)) })),
      change(targetCard, (c) => ({ ...c, indicators: c.indicators.map((ind, i) => (i === 0 ? withTarget(ind, 77) : ind)) })),
      change(removedIndicator, (c) => (removals ? { ...c, indicators: c.indicators.filter((_, i) => i !== 1) } : c)),
      change(addedIndicator, (c) => ({ ...c, indicators: [...c.indicators, { ...c.indicators[0]!, id: 0, name: 'Indicatore importato' }] })),
      change(moved, (c) => ({ ...c, indicators: [c.indicators[2]!, c.indicators[1]!, c.indicators[0]!, ...c.indicators.slice(3)] })),
      removedCard!,
      change(texts, (c) => ({
        ...c,
        title: `${c.title} (importata)`,
        description: 'Descrizione importata',
        footnotes: ['Nota importata'],
        resources: { kind: 'internal' },
      })),
      // Equal to the stored indicators but copies: written again, and nothing to log for them.
      change(copied, (c) => ({ ...c, indicators: c.indicators.map((ind, i) => (i === 0 ? withValue(ind, 9) : { ...ind })) })),
      ...rest,
      { ...cardWithoutIds(rest[0]!), code: 'NUOVA_01', title: 'Scheda nuova', position: 999 },
    ].filter((c) => !removals || c !== removedCard),
  };
}

/** Imports `doc` as applyPending does (the write, then its undo record, in one transaction and one log entry). */
function importInto(file: PlanFile, planId: number, doc: PlanDocument, current: PlanDocument): void {
  file.repo.transaction(
    () => {
      const { restore } = file.repo.replacePlanContent(planId, doc, current);
      file.repo.recordImport(planId, restore, ['piano.xlsx'], 'prova');
    },
    { kind: 'import', label: 'importazione di piano.xlsx' },
  );
}

/** Everything the import wrote to the log and the undo record, times of day aside. */
function written(path: string) {
  const raw = new Database(path, { readonly: true });
  try {
    return {
      entries: raw.prepare('SELECT id, plan_id, plan_year, kind, label, reason, variation, reverts_id, info_json, details_json, rows_json FROM change_log ORDER BY id').all(),
      rows: raw.prepare('SELECT * FROM change_log_rows ORDER BY change_id, position').all(),
      cards: raw.prepare('SELECT * FROM change_log_cards ORDER BY rowid').all(),
      undo: raw.prepare('SELECT plan_id, files_json, summary, before_json, after_digest FROM import_undo').all(),
    };
  } finally {
    raw.close();
  }
}

/** A fresh file of the sample plan, imported into: `shared` keeps the stored objects in the document, else a deep copy. */
function imported(shared: boolean, removals = true) {
  const file = createPlanFile(folder.file(`entry${++counter}.pira`), [samplePlan2024]);
  const planId = file.repo.listPlans()[0]!.id;
  const before = file.repo.loadPlan(planId);
  const doc = importedDoc(before, removals);
  importInto(file, planId, shared ? doc : structuredClone(doc), shared ? before : structuredClone(before));
  return { file, planId, before };
}

describe('the change-log entry of an import', () => {
  it('is written exactly as when every card is logged as read back from the file', () => {
    const fast = imported(true);
    const slow = imported(false);
    try {
      const [a, b] = [written(fast.file.path), written(slow.file.path)];
      expect(a.entries.length).toBeGreaterThan(0);
      expect(a).toEqual(b);
      const details = JSON.parse((a.entries.at(-1) as { details_json: string }).details_json) as { action: string; field: string }[];
      // Every case is there: changed values, targets and texts, indicators added and removed, cards added and removed.
      expect(details.map((d) => `${d.action} ${d.field}`)).toEqual(
        expect.arrayContaining([
          'changed Valore al 30/06/2024',
          'changed Target 2025',
          'removed Indicatore',
          'added Indicatore',
          'changed Obiettivo',
          'changed Descrizione',
          'changed Risorse economiche',
          'changed Note della scheda',
          'removed Scheda',
          'added Scheda',
        ]),
      );
    } finally {
      fast.file.close();
      slow.file.close();
    }
  });

  it('reads back as the cards were before and are now', () => {
    const { file, planId, before } = imported(true);
    try {
      const after = file.repo.loadPlan(planId);
      const raw = new Database(file.path, { readonly: true });
      const id = raw.prepare('SELECT max(id) FROM change_log').pluck().get() as number;
      const entry = readEntry(raw, id)!;
      raw.close();
      const byId = (cards: Card[]) => new Map(cards.map((c) => [c.id, c]));
      const [was, now] = [byId(before.cards), byId(after.cards)];
      expect(entry.rows.cards.length).toBe(9);
      for (const row of entry.rows.cards) {
        const cardId = (row.after ?? row.before)!.id;
        expect(JSON.stringify(row.before)).toBe(JSON.stringify(was.get(cardId) ?? null));
        expect(JSON.stringify(row.after)).toBe(JSON.stringify(now.get(cardId) ?? null));
      }
    } finally {
      file.close();
    }
  });

  // Without removals: undoing an import that removed a card or an indicator of a card is refused («non esiste»,
  // «non appartiene a questa scheda»), with the log built either way (the import of a workbook removes neither).
  it('leaves the import undone exactly', () => {
    const { file, planId, before } = imported(true, false);
    try {
      file.repo.undoLastImport(planId);
      expect(withoutVersions(file.repo.loadPlan(planId))).toEqual(withoutVersions(before));
    } finally {
      file.close();
    }
  });
});

describe('the cards an import wrote, made from memory', () => {
  it('are the cards the file reads back, sharing the indicators left as they were, and read again when unsure', () => {
    const file = createPlanFile(folder.file(`memory${++counter}.pira`), [samplePlan2024]);
    const planId = file.repo.listPlans()[0]!.id;
    const before = file.repo.loadPlan(planId);
    const [reordered, texts, lone, signedZero, added, ...rest] = before.cards;
    const edited = (c: Card | undefined, edit: (c: Card) => Card) => edit(c!);
    const cards: Card[] = [
      // Targets given out of year order, values out of date order: the file reads them sorted.
      edited(reordered, (c) => ({ ...c, indicators: c.indicators.map((ind, i) => (i === 0 ? { ...withTarget(ind, 5), targets: [...ind.targets].reverse() } : ind)) })),
      edited(texts, (c) => ({ ...c, title: 'Riga uno\nriga due\u001f', footnotes: ['Nota è'], weight: 2.5, indicators: c.indicators.map((ind, i) => (i === 1 ? { ...withValue(ind, 0.25), cap: 'none' as const, note: 'α\tβ', originId: 99_999 } : ind)) })),
      edited(lone, (c) => ({ ...c, title: 'Titolo \ud800 spezzato' })),
      edited(signedZero, (c) => ({ ...c, indicators: c.indicators.map((ind, i) => (i === 0 ? { ...ind, weight: -0 } : ind)) })),
      edited(added, (c) => ({ ...c, indicators: [...c.indicators, { ...c.indicators[0]!, id: 0, name: 'Nuovo' }] })),
      ...rest,
    ];
    importInto(file, planId, { ...before, cards }, before);
    const raw = new Database(file.path, { readonly: true });
    try {
      const ids = cards.slice(0, 5).map((c) => c.id);
      const was = new Map(before.cards.map((c) => [c.id, c]));
      const made = cardsAfterWrite(raw, planId, ids, was, new Map(cards.slice(0, 5).map((c) => [c.id, c])));
      const read = new Map(readCards(raw, planId, ids).map((c) => [c.id, c]));
      for (const id of ids) expect(JSON.stringify(made.get(id))).toBe(JSON.stringify(read.get(id)));
      const shares = (id: number) => made.get(id)!.indicators.some((ind) => was.get(id)!.indicators.includes(ind));
      // Made from memory: the first two; read again: a lone surrogate, -0, a new indicator.
      expect(ids.map(shares)).toEqual([true, true, false, false, false]);
    } finally {
      raw.close();
      file.close();
    }
  });
});
