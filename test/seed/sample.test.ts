// The embedded sample plan matches the published 2024 document field by field.
// Why: the sample is the product's showcase and the reference data of other tests; a typo in it would silently
// change scores, prints and exports. Values are read from the seed with shared/values.ts, like an import would.
import { describe, expect, it } from 'vitest';
import type { Indicator, Value } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { parseOperator, parseResources, parseValue, parseWeight, type ParseResult } from '../../shared/values';
import { loadSeed } from './loadSeed';
import { ambitoLine, missioneCode, programmaCode, splitCodeAndName } from './seedFields';
import type { SeedIndicatorRow } from './seedParser';

const seed = loadSeed();
const plan = samplePlan2024;
const { catalogues } = plan;

function value<T>(result: ParseResult<T>, where: string): T {
  if (!result.ok) throw new Error(`${where}: ${result.error}`);
  return result.value;
}

/** The same text up to typographic apostrophes and letter case. */
function sameText(a: string): string {
  return a.replace(/’/g, "'").toLowerCase();
}

function measurementAt(indicator: Indicator, date: string): Value | undefined {
  return indicator.measurements.find((m) => m.date === date)?.value;
}

describe('plan settings and catalogues', () => {
  it('describes the 2024 mid-year update with the default policy', () => {
    expect(plan.id).toBe(0);
    expect(plan.settings).toMatchObject({
      ente: 'Camera di Commercio di Pistoia-Prato',
      year: 2024,
      monitoringDate: '2024-06-30',
      horizonStart: 2024,
      horizonEnd: 2026,
      policy: { cap: 1, lateDeadline: { mode: 'zero' }, notYetDue: 'score', missingInObjective: 'exclude' },
    });
    expect(plan.settings.title).toBe('Piano degli indicatori e dei risultati attesi di bilancio – aggiornamento 2024');
  });

  it('keeps the whole premessa', () => {
    expect(plan.settings.premessa).toBe(seed.premessa);
  });

  it('has the 3 ambiti and the 8 obiettivi strategici of the premessa', () => {
    expect(catalogues.ambiti.map((a) => [a.code, a.name])).toEqual(seed.ambiti.map((a) => [a.code, a.name]));
    catalogues.ambiti.forEach((ambito, i) => {
      // The premessa writes "... che comprende ..." after the bold name; the catalogue keeps the sentence alone.
      const published = seed.ambiti[i]?.description.replace(/^che comprende/, 'Comprende');
      expect(ambito.description).toBe(published);
    });
    expect(catalogues.obiettiviStrategici).toEqual(
      seed.obiettiviStrategici.map((o) => ({ code: `OS${o.number}`, name: o.name })),
    );
  });

  it('lists the missioni of the premessa and the programmi with their history', () => {
    const listed = [...seed.premessa.matchAll(/^- Missione (\d{3}) – “(.+)”;?$/gm)].map((m) => ({ code: m[1], name: m[2] }));
    expect(listed.map((m) => m.code)).toEqual(['011', '012', '016', '032', '033']);
    expect(catalogues.missioni).toEqual(listed);
    const programmi = Object.fromEntries(catalogues.programmi.map((p) => [p.code, p]));
    expect(programmi['032.003']?.aliases).toContain('032.004');
    expect(programmi['032.003']?.aliases.some((a) => seed.premessa.includes(`032.004 *“${a}”*`))).toBe(true);
    expect(programmi['011.005']?.aliases.some((a) => seed.premessa.includes(`011.005 *“${a}”*`))).toBe(true);
  });

  it('has every classification used by the cards, named as the cards name it', () => {
    for (const card of seed.cards) {
      const programma = splitCodeAndName(card.programma);
      const line = ambitoLine(card.ambito);
      const inProgrammi = catalogues.programmi.find((p) => p.code === programmaCode(card.missione, card.programma));
      const ambito = catalogues.ambiti.find((a) => a.lines.some((l) => l.code === line.code));
      const lineNames = [ambito?.name ?? '', ...(ambito?.lines.filter((l) => l.code === line.code).map((l) => l.name) ?? [])];
      expect(catalogues.missioni.map((m) => m.code)).toContain(missioneCode(card.missione));
      expect([inProgrammi?.name, ...(inProgrammi?.aliases ?? [])].map((n) => sameText(n ?? ''))).toContain(sameText(programma.name));
      expect(lineNames.map(sameText), card.codice).toContain(sameText(line.name));
      expect(catalogues.aree.map((a) => a.name)).toContain(card.area);
      expect(catalogues.uffici.map((u) => u.name)).toContain(card.ufficio);
    }
  });

  it('has every unit used, and every tipologia except the seed\'s "data" written in the Tipologia column', () => {
    const rows = seed.cards.flatMap((c) => c.table.rows);
    const tipologie = new Set(catalogues.tipologie.map((t) => t.name));
    expect(rows.filter((r) => !tipologie.has(r.tipologia)).map((r) => r.tipologia)).toEqual(['data']);
    const unita = new Set(catalogues.unita.map((u) => u.name));
    expect(rows.filter((r) => !unita.has(r.udm))).toEqual([]);
  });
});

describe.each(seed.cards.map((card, i) => [card.codice, card, i] as const))('card %s', (_code, seedCard, index) => {
  const card = plan.cards[index];
  if (!card) throw new Error(`la scheda ${index + 1} manca nel campione`);
  const markedNotes = new Set(card.indicators.map((ind) => ind.note).filter((note) => note !== ''));

  it('has the published header, resources and org units', () => {
    expect(card).toMatchObject({
      id: 0,
      position: index + 1,
      code: seedCard.codice,
      title: seedCard.obiettivo,
      missione: missioneCode(seedCard.missione),
      programma: programmaCode(seedCard.missione, seedCard.programma),
      ambitoLine: ambitoLine(seedCard.ambito).code,
      area: seedCard.area,
      office: seedCard.ufficio,
    });
    expect(card.resources).toEqual(value(parseResources(seedCard.risorse), `${seedCard.codice} risorse`));
    expect(card.description).toBe(seedCard.description);
  });

  it('keeps the footnotes not moved into indicator notes', () => {
    const published = [...seedCard.table.footnotes, ...seedCard.footnotes];
    expect(card.footnotes).toEqual(published.filter((f) => !markedNotes.has(f)));
    for (const note of markedNotes) expect(published).toContain(note);
  });

  it.each(seedCard.table.rows.map((row, i) => [i + 1, row] as const))('indicator %i', (i, row: SeedIndicatorRow) => {
    const indicator = card.indicators[i - 1];
    if (!indicator) throw new Error(`indicatore ${i} mancante`);
    const where = `${seedCard.codice} riga ${row.line}`;
    // A `*` after the name refers to the footnote now kept as the indicator's note.
    const marked = row.firstCell.startsWith(`${indicator.name}* `);
    expect(`${indicator.name}${marked ? '*' : ''} ${indicator.algoritmo}`).toBe(row.firstCell);
    expect(indicator.note).toBe(marked ? [...markedNotes][0] : '');
    expect(indicator).toMatchObject({ id: 0, tipologia: row.tipologia, udm: row.udm, fonte: '', kpiCode: '' });
    expect(indicator.operator).toBe(value(parseOperator(row.operator), where));
    expect(indicator.weight).toBe(value(parseWeight(row.weight), where));
    expect(indicator.measurements).toHaveLength(1);
    expect(measurementAt(indicator, plan.settings.monitoringDate)).toEqual(value(parseValue(row.actual, { udm: row.udm }), where));
    expect(indicator.targets).toEqual(
      seedCard.table.targetYears.map((year, k) => ({
        year,
        value: value(parseValue(row.targets[k] ?? '', { udm: row.udm }), `${where} target ${year}`),
      })),
    );
  });

  it('has no indicator the seed does not have', () => {
    expect(card.indicators).toHaveLength(seedCard.table.rows.length);
  });
});

it('has exactly the 18 cards of the seed', () => {
  expect(plan.cards).toHaveLength(seed.cards.length);
  expect(plan.cards.map((c) => c.weight)).toEqual(plan.cards.map(() => 1));
});
