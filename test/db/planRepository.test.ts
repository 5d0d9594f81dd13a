// The repository on real files: whole documents in and out, cards saved transactionally, conflicts refused.
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { createPlanFile, openPlanFile, type PlanFile } from '../../db/planFile';
import { createPlanRepository } from '../../db/planRepository';
import { PlanFileError } from '../../db/planFileError';
import type { Card, Indicator, PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { cardWithoutIds, documentWithoutIds, tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;
let file: PlanFile;
let planId: number;

beforeEach(() => {
  file?.close();
  file = createPlanFile(folder.file(`repo${++counter}.pira`), [samplePlan2024]);
  planId = file.repo.listPlans()[0]!.id;
});

function failure(fn: () => unknown): PlanFileError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileError);
    return error as PlanFileError;
  }
  throw new Error('nessun errore');
}

const firstCard = (): Card => file.repo.loadPlan(planId).cards[0]!;
const indicator = (overrides: Partial<Indicator>): Indicator => ({
  id: 0,
  name: 'Tempo medio di evasione',
  algoritmo: 'Giorni medi tra richiesta ed evasione',
  tipologia: 'Efficienza',
  udm: 'gg',
  operator: '<=',
  targets: [
    { year: 2024, value: { kind: 'number', value: 5, decimals: 0 } },
    { year: 2025, value: { kind: 'missing', mark: 'n.d.' } },
  ],
  measurements: [
    { date: '2024-06-30', value: { kind: 'number', value: 4.5, decimals: 1 } },
    { date: '2024-12-31', value: { kind: 'number', value: 6, decimals: 0 } },
  ],
  weight: 0.5,
  note: '',
  fonte: 'Registro imprese',
  kpiCode: 'KPI156',
  ...overrides,
});

describe('whole documents', () => {
  it('stores the 2024 sample and loads it back identical (ids apart)', () => {
    const loaded = file.repo.loadPlan(planId);
    expect(documentWithoutIds(loaded)).toEqual(documentWithoutIds(samplePlan2024));
    expect(loaded.cards).toHaveLength(18);
    expect(loaded.cards.flatMap((c) => c.indicators)).toHaveLength(123);
    expect(new Set(loaded.cards.map((c) => c.id)).size).toBe(18);
  });

  it('lists the plans with their card counts', () => {
    expect(file.repo.listPlans()).toEqual([
      { id: planId, ente: samplePlan2024.settings.ente, year: 2024, title: samplePlan2024.settings.title, cardCount: 18 },
    ]);
  });

  it('keeps every optional field: caps, "none", overrides, resources, several measurements', () => {
    const card: Card = {
      ...cardWithoutIds(firstCard()),
      code: '03_01_OS99',
      resources: { kind: 'internal' },
      footnotes: ['*Target modificato rispetto al PIAO 2024'],
      indicators: [
        indicator({ cap: 1.2 }),
        indicator({ name: 'Senza limite', cap: 'none' }),
        indicator({ name: 'Manuale', override: { performance: 0.57, justification: 'Ritardo giustificato' } }),
        indicator({ name: 'Data', udm: 'data', targets: [{ year: 2024, value: { kind: 'date', value: '2024-02-28' } }], measurements: [{ date: '2024-06-30', value: { kind: 'bool', value: false } }] }),
      ],
    };
    const saved = file.repo.saveCard(planId, card);
    expect(cardWithoutIds(saved)).toEqual(card);
    expect(file.repo.loadPlan(planId).cards.find((c) => c.id === saved.id)).toEqual(saved);
  });

  it('loads each card with its own indicators and values, whatever the gaps (no indicators, no targets, no values)', () => {
    const [first, second, third] = samplePlan2024.cards;
    const doc: PlanDocument = {
      ...samplePlan2024,
      cards: [
        { ...first!, indicators: [] },
        { ...second!, indicators: second!.indicators.map((i, n) => (n === 0 ? { ...i, targets: [], measurements: [] } : i)) },
        { ...third!, indicators: [] },
        ...samplePlan2024.cards.slice(3),
      ],
    };
    const other = createPlanFile(folder.file(`gaps${++counter}.pira`), [doc]);
    try {
      const loaded = other.repo.loadPlan(other.repo.listPlans()[0]!.id);
      expect(documentWithoutIds(loaded)).toEqual(documentWithoutIds(doc));
      expect(loaded.cards[1]!.indicators[0]).toMatchObject({ targets: [], measurements: [] });
    } finally {
      other.close();
    }
  });

  it('refuses a second plan for the same ente and year', () => {
    const error = failure(() => file.repo.insertPlan(samplePlan2024));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/Esiste già un piano 2024/);
    expect(file.repo.listPlans()).toHaveLength(1);
  });

  it('answers "not-found" for a plan that does not exist', () => {
    expect(failure(() => file.repo.loadPlan(999)).code).toBe('not-found');
    expect(failure(() => file.repo.saveCard(999, cardWithoutIds(firstCard()))).code).toBe('not-found');
  });
});

describe('saveCard', () => {
  it('inserts a new card and returns it with ids', () => {
    const card = { ...cardWithoutIds(firstCard()), code: '01_01_OS77', position: 99 };
    const saved = file.repo.saveCard(planId, card);
    expect(saved.id).toBeGreaterThan(0);
    expect(saved.indicators.every((i) => i.id > 0)).toBe(true);
    expect(file.repo.listPlans()[0]!.cardCount).toBe(19);
    expect(file.repo.loadPlan(planId).cards.at(-1)?.code).toBe('01_01_OS77');
  });

  it('moves a saved card and its indicators, renames it, and leaves a card saved where it is in its place', () => {
    const card = firstCard();
    expect(card.indicators.length).toBeGreaterThan(1);
    const moved = file.repo.saveCard(planId, { ...card, code: '01_01_OS78', position: 50, indicators: [...card.indicators].reverse() });
    expect(moved).toMatchObject({ code: '01_01_OS78', position: 50 });
    expect(moved.indicators.map((i) => i.id)).toEqual(card.indicators.map((i) => i.id).reverse());
    const kept = file.repo.saveCard(planId, { ...moved, title: 'Solo il titolo' });
    expect(kept).toMatchObject({ code: '01_01_OS78', position: 50, title: 'Solo il titolo' });
    expect(kept.indicators.map((i) => i.id)).toEqual(moved.indicators.map((i) => i.id));
    expect(file.repo.loadPlan(planId).cards.at(-1)).toEqual(kept);
  });

  it('leaves the targets and values of a saved indicator alone where they are the ones the file holds', () => {
    const path = folder.file(`rows${++counter}.pira`);
    createPlanFile(path, [samplePlan2024]).close();
    const { db } = openDatabase(path);
    try {
      const repo = createPlanRepository(db, path);
      db.exec(`CREATE TEMP TABLE rewritten (part TEXT);
        CREATE TEMP TRIGGER targets_rewritten AFTER DELETE ON main.targets BEGIN INSERT INTO rewritten VALUES ('target'); END;
        CREATE TEMP TRIGGER values_rewritten AFTER DELETE ON main.measurements BEGIN INSERT INTO rewritten VALUES ('value'); END;`);
      const stored = repo.loadPlan(repo.listPlans()[0]!.id);
      const card = stored.cards.find((c) => c.indicators.some((i) => i.targets.length > 0 && i.measurements.length > 0))!;
      const edited = card.indicators.map((i) => (i.targets.length > 0 && i.measurements.length > 0 ? { ...i, measurements: i.measurements.map((m) => ({ ...m, value: { kind: 'number' as const, value: 12345, decimals: 0 } })) } : i));
      const saved = repo.saveCard(stored.id, { ...card, indicators: edited });
      const changedValues = edited.filter((i, k) => i !== card.indicators[k]).reduce((n, i) => n + i.measurements.length, 0);
      expect(db.prepare('SELECT part FROM rewritten').pluck().all()).toEqual(Array(changedValues).fill('value'));
      expect(saved.indicators).toEqual(edited);
    } finally {
      db.close();
    }
  });

  it('replaces all indicators: kept ones keep their ids, removed ones disappear, new ones are added', () => {
    const card = firstCard();
    const [first, second, ...rest] = card.indicators;
    const edited: Card = {
      ...card,
      title: 'Titolo modificato',
      indicators: [{ ...second!, measurements: [] }, indicator({}), ...rest],
    };
    const saved = file.repo.saveCard(planId, edited);
    expect(saved.title).toBe('Titolo modificato');
    expect(saved.indicators.map((i) => i.id).slice(0, 1)).toEqual([second!.id]);
    expect(saved.indicators[0]!.measurements).toEqual([]);
    expect(saved.indicators[1]!.id).toBeGreaterThan(0);
    expect(saved.indicators.map((i) => i.id)).not.toContain(first!.id);
    expect(saved.indicators).toHaveLength(card.indicators.length);
    const raw = new Database(file.path, { readonly: true });
    expect(raw.prepare('SELECT count(*) AS n FROM targets WHERE indicator_id = ?').get(first!.id)).toEqual({ n: 0 });
    raw.close();
  });

  const badEdits: { name: string; edit: (card: Card) => Card; code: string; message: RegExp }[] = [
    {
      name: 'a code already used by another card',
      edit: (card) => ({ ...card, code: file.repo.loadPlan(planId).cards[1]!.code }),
      code: 'conflict',
      message: /Esiste già una scheda con codice/,
    },
    {
      name: 'a target year written twice (found after the card row was updated)',
      edit: (card) => ({
        ...card,
        title: 'non deve restare',
        indicators: [...card.indicators, indicator({ targets: [indicator({}).targets[0]!, indicator({}).targets[0]!] })],
      }),
      code: 'conflict',
      message: /il target dell'anno 2024 compare due volte/,
    },
    {
      name: 'an indicator id of another card',
      edit: (card) => ({ ...card, indicators: [{ ...file.repo.loadPlan(planId).cards[1]!.indicators[0]! }] }),
      code: 'conflict',
      message: /non appartiene a questa scheda/,
    },
    {
      name: 'a value the schema rejects half-way through the indicators',
      edit: (card) => ({
        ...card,
        title: 'non deve restare',
        indicators: [...card.indicators.slice(1), { ...indicator({}), operator: '>>' as Indicator['operator'] }],
      }),
      code: 'conflict',
      message: /nulla è stato modificato/,
    },
    { name: 'a card id that does not exist', edit: (card) => ({ ...card, id: 424242 }), code: 'not-found', message: /non esiste/ },
  ];
  for (const { name, edit, code, message } of badEdits) {
    it(`refuses ${name} and leaves the plan as it was`, () => {
      const before = file.repo.loadPlan(planId);
      const error = failure(() => file.repo.saveCard(planId, edit(before.cards[0]!)));
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(file.repo.loadPlan(planId)).toEqual(before);
    });
  }
});

describe('other edits', () => {
  it('deletes a card with its indicators, and says "not-found" the second time', () => {
    const card = firstCard();
    file.repo.deleteCard(planId, card.id);
    expect(file.repo.loadPlan(planId).cards.map((c) => c.id)).not.toContain(card.id);
    const raw = new Database(file.path, { readonly: true });
    expect(raw.prepare('SELECT count(*) AS n FROM indicators WHERE card_id = ?').get(card.id)).toEqual({ n: 0 });
    raw.close();
    expect(failure(() => file.repo.deleteCard(planId, card.id)).code).toBe('not-found');
  });

  it('saves settings and catalogues, refusing duplicates with the catalogue named', () => {
    const doc = file.repo.loadPlan(planId);
    const settings = { ...doc.settings, monitoringDate: '2024-12-31', policy: { ...doc.settings.policy, cap: 1.1 } };
    // A save answers the new row version (issue 10: the next save must carry it).
    expect(file.repo.savePlanSettings(planId, settings)).toEqual({ ...settings, version: doc.settings.version! + 1 });
    const catalogues = { ...doc.catalogues, uffici: [...doc.catalogues.uffici, { name: 'Nuovo ufficio' }] };
    const savedCatalogues = { ...catalogues, version: doc.catalogues.version! + 1 };
    expect(file.repo.saveCatalogues(planId, catalogues)).toEqual(savedCatalogues);
    const duplicated = { ...savedCatalogues, missioni: [...catalogues.missioni, catalogues.missioni[0]!] };
    const error = failure(() => file.repo.saveCatalogues(planId, duplicated));
    expect(error.message).toMatch(/Catalogo «Missioni»: il codice «011» compare più di una volta/);
    expect(file.repo.loadPlan(planId).catalogues).toEqual(savedCatalogues);
  });

  it('creates a new year copying catalogues and cards: targets follow the horizon, values and overrides stay behind', () => {
    const source = file.repo.loadPlan(planId);
    const settings = { ...source.settings, year: 2025, monitoringDate: '2025-06-30', horizonStart: 2025, horizonEnd: 2027 };
    const summary = file.repo.createPlan(settings, { copyFromPlanId: planId, copyCards: true });
    expect(summary).toMatchObject({ year: 2025, cardCount: 18 });
    const copy = file.repo.loadPlan(summary.id);
    expect(copy.catalogues).toEqual(source.catalogues);
    const indicators = copy.cards.flatMap((c) => c.indicators);
    expect(indicators.every((i) => i.measurements.length === 0 && i.override === undefined)).toBe(true);
    expect(indicators.every((i) => i.targets.map((t) => t.year).join() === '2025,2026,2027')).toBe(true);
    const original = source.cards[0]!.indicators[0]!;
    expect(copy.cards[0]!.indicators[0]!.targets[0]!.value).toEqual(original.targets.find((t) => t.year === 2025)!.value);
    expect(copy.cards[0]!.indicators[0]!.targets[2]!.value).toEqual({ kind: 'missing', mark: '' });
  });

  it('creates an empty plan with the standard tipologie and units', () => {
    const settings = { ...samplePlan2024.settings, year: 2026 };
    const summary = file.repo.createPlan(settings);
    const doc = file.repo.loadPlan(summary.id);
    expect(doc.cards).toEqual([]);
    expect(doc.catalogues.tipologie.map((t) => t.name)).toContain('Efficacia');
    expect(doc.catalogues.unita.map((u) => u.name)).toContain('entro');
  });

  it('replaces plan content by code: matched cards keep ids, absent ones go, codes may be swapped', () => {
    const before = file.repo.loadPlan(planId);
    const [a, b, ...others] = before.cards.map(cardWithoutIds);
    const incoming: PlanDocument = {
      ...before,
      cards: [{ ...a!, code: b!.code, title: 'era A' }, { ...b!, code: a!.code, title: 'era B' }, ...others.slice(0, -1)],
    };
    file.repo.replacePlanContent(planId, incoming);
    const after = file.repo.loadPlan(planId);
    expect(after.cards).toHaveLength(17);
    expect(after.cards.find((c) => c.title === 'era A')?.id).toBe(before.cards[1]!.id);
    expect(after.cards.find((c) => c.code === others.at(-1)!.code)).toBeUndefined();
    expect(documentWithoutIds(after)).toEqual(documentWithoutIds(incoming));
  });

  it('replaces cards that swap their codes by id, next to a changed card that keeps its own', () => {
    const before = file.repo.loadPlan(planId);
    const [a, b, c, ...others] = before.cards;
    const incoming: PlanDocument = {
      ...before,
      cards: [{ ...a!, code: b!.code }, { ...b!, code: a!.code }, { ...c!, title: 'cambiato' }, ...others],
    };
    file.repo.replacePlanContent(planId, incoming, before);
    const after = file.repo.loadPlan(planId);
    expect(after.cards.find((card) => card.id === a!.id)?.code).toBe(b!.code);
    expect(after.cards.find((card) => card.id === b!.id)?.code).toBe(a!.code);
    expect(after.cards.find((card) => card.id === c!.id)).toMatchObject({ code: c!.code, title: 'cambiato' });
    expect(documentWithoutIds(after)).toEqual(documentWithoutIds(incoming));
  });

  it('rolls back every call made inside a failing transaction', () => {
    const before = file.repo.loadPlan(planId);
    expect(() =>
      file.repo.transaction(() => {
        file.repo.deleteCard(planId, before.cards[0]!.id);
        file.repo.saveCard(planId, { ...cardWithoutIds(before.cards[1]!), code: before.cards[2]!.code });
      }),
    ).toThrow(PlanFileError);
    expect(file.repo.loadPlan(planId)).toEqual(before);
  });

  it('says the file is damaged when a stored value cannot be read', () => {
    const raw = new Database(file.path);
    raw.prepare("UPDATE targets SET value_json = '{\"kind\":\"number\"}' WHERE (indicator_id, year) IN (SELECT indicator_id, year FROM targets LIMIT 1)").run();
    raw.close();
    const error = failure(() => file.repo.loadPlan(planId));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/dato non leggibile \(scheda .+, indicatore «.+», target \d{4}\)/);
  });
});

describe('files created with content', () => {
  it('refuses to overwrite an existing file and leaves no temporary file behind', () => {
    const error = failure(() => createPlanFile(file.path));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/esiste già/);
    expect(folder.list().filter((name) => name.endsWith('.tmp') || name.includes('.tmp-'))).toEqual([]);
  });

  it('opens read-only: reading works, writing is refused in Italian', () => {
    const reader = openPlanFile(file.path, { readonly: true });
    expect(reader.repo.loadPlan(planId).cards).toHaveLength(18);
    const error = failure(() => reader.repo.deleteCard(planId, firstCard().id));
    expect(error.code).toBe('locked');
    expect(error.message).toMatch(/sola lettura/);
    reader.close();
  });
});
