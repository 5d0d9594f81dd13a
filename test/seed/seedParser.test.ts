// The seed parser reads every card and indicator of the published 2024 plan, including its irregular tables,
// and reports what it cannot classify instead of guessing.
import { describe, expect, it } from 'vitest';
import { parseOperator, parseResources, parseValue, parseWeight } from '../../shared/values';
import { existsSync, readFileSync } from 'node:fs';
import { loadSeed, ORIGINAL_SEED_PATH, SEED_COPY_PATH, seedPath } from './loadSeed';
import { parseSeed, type SeedCard } from './seedParser';

const doc = loadSeed();

function cardByCode(code: string): SeedCard {
  const card = doc.cards.find((c) => c.codice === code);
  if (!card) throw new Error(`scheda ${code} non trovata`);
  return card;
}

function rowOf(code: string, namePrefix: string) {
  const row = cardByCode(code).table.rows.find((r) => r.firstCell.startsWith(namePrefix));
  if (!row) throw new Error(`indicatore "${namePrefix}" non trovato in ${code}`);
  return row;
}

describe('seed source', () => {
  it.runIf(existsSync(ORIGINAL_SEED_PATH))('reads the original in ../shared/seeds, identical to the committed copy', () => {
    expect(seedPath()).toBe(ORIGINAL_SEED_PATH);
    expect(readFileSync(SEED_COPY_PATH)).toEqual(readFileSync(ORIGINAL_SEED_PATH));
  });
});

describe('seed document structure', () => {
  it('finds the 18 cards and 123 indicators in the published order', () => {
    expect(doc.cards).toHaveLength(18);
    expect(doc.cards.reduce((n, c) => n + c.table.rows.length, 0)).toBe(123);
    expect(doc.cards.map((c) => c.codice).slice(0, 3)).toEqual(['01_01_OS01', '01_01_OS04', '01_02_OS01']);
    expect(doc.cards.at(-1)?.codice).toBe('03_01_OS06');
  });

  it('reports only the stray value in the operator sub-header of 01_01_OS04', () => {
    expect(doc.problems).toEqual([{ line: 123, message: 'valore non classificato nella sotto-intestazione: "1"' }]);
  });

  it('reads the premessa with its 3 ambiti and 8 obiettivi strategici', () => {
    expect(doc.premessa.startsWith('Il **Piano degli indicatori e dei risultati attesi di bilancio**')).toBe(true);
    expect(doc.premessa).toContain('\n\n- Missione 011 – “Competitività e sviluppo delle imprese”;\n- Missione 012');
    expect(doc.premessa).toContain('\n1) Digitalizzazione, nuove tecnologie ed innovazione\n2) Internazionalizzazione');
    expect(doc.ambiti.map((a) => [a.code, a.name])).toEqual([
      ['01', 'Promozione e sostegno allo sviluppo e alla competitività del territorio e del sistema delle imprese'],
      ['02', 'Semplificazione amministrativa ed e-government'],
      ['03', "Ottimizzazione della struttura, dell'organizzazione e delle risorse"],
    ]);
    expect(doc.obiettiviStrategici.map((o) => o.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(doc.obiettiviStrategici[7]?.name).toBe("L'ottimizzazione organizzativa e gestionale");
  });

  it('accepts every misspelling of the ambito label', () => {
    const labels = new Set(doc.cards.map((c) => c.ambitoLabel.replace('Ambito strategico ', '').replace(' PT-PO:', '')));
    expect([...labels].sort()).toEqual(['C CIAA', 'CCAA', 'CCAIA', 'CCIAA', 'CIAA', 'CIIAA']);
  });

  it('reads header fields, resources and org units without italics', () => {
    const card = cardByCode('01_01_OS01');
    expect(card.missione).toBe('11 – Competitività e sviluppo delle imprese');
    expect(card.ambito.startsWith('01_01 Sostegno alla digitalizzazione')).toBe(true);
    expect(card.obiettivo).toBe('La doppia transizione digitale ed ecologica (pgt 20%)');
    expect(card.risorse).toBe('439.846,96 €');
    expect(card.area).toBe('Promozione e Sviluppo Economico');
    expect(card.ufficio).toBe('Punto impresa digitale');
    expect(cardByCode('01_01_OS02').risorse).toBe('1.379.480,99');
    expect(cardByCode('03_01_OS05').risorse).toBe('Risorse interne');
  });

  it('keeps paragraphs and lists of the descriptions', () => {
    const items = cardByCode('01_01_OS01').description.split('\n\n');
    expect(items).toHaveLength(3);
    expect(items[2]?.split('\n')).toHaveLength(4);
    // Items separated by blank lines in the source are still one list.
    expect(cardByCode('01_02_OS01').description).toContain('prima assistenza.\n- Servizi di informazione');
    expect(cardByCode('01_03_OS02').description).toContain('attività:\n\n1) consolidare');
  });
});

describe('irregular indicator tables', () => {
  it.each([
    // [card, row, actual, operator, targets, performance, weight]
    ['01_01_OS01', 'Ampiezza delle azioni di diffusione', '1', '>=', ['4', 'n.d.', 'n.d.'], '25%', '20,0%'],
    ['01_01_OS04', 'Desk Numero', '1', '>=', ['1', 'n.d.', 'n.d.'], '100%', '20,0%'],
    ['01_02_OS01', 'Ampiezza delle azioni di preparazione', '0', '>=', ['10', 'n.d.', 'n.d.'], '0%', '33,3%'],
    ['01_04_OS02', 'Rispetto cronoprogramma', '100%', '=', ['100%', '', ''], '100%', '33,3%'],
    ['03_01_OS01', 'Indagine di benessere', 'n.d.', '>=', ['50%', '50%', '50%'], 'n.d.', '14,3%'],
    ['01_04_OS01', 'Attrattività eventi', '8.380', '>=', ['7.500', '7.500', '7.500'], '100%', '20,0%'],
    ['03_04_OS04', 'Antiriciclaggio - misure', 'n.d.', '<=', ['31/12/2024', '--', '--'], 'n.d.', '12,5%'],
    ['03_01_OS03', 'Sezione PIAO', '0', '<=', ['08.01.2024', '20.01.2025', '20.01.2026'], '0%', '11,1%'],
    ['03_01_OS05', 'CUG Trasmissione', '26/03/2024', '<=', ['28/02/2024', '28/02/2025', '28/02/2026'], '57%', '7,7%'],
    ['03_01_OS06', 'Solidità finanziaria', 'n.d.', '>=', ['2,68%', '3%', '3%'], null, '10,0%'],
  ])('%s "%s…"', (code, prefix, actual, operator, targets, performance, weight) => {
    const row = rowOf(code, prefix);
    expect({ actual: row.actual, operator: row.operator, targets: row.targets, performance: row.performance, weight: row.weight })
      .toEqual({ actual, operator, targets, performance, weight });
  });

  it('takes the target years from "Target", "Stato" and split headers', () => {
    for (const card of doc.cards) expect(card.table.targetYears, card.codice).toEqual([2024, 2025, 2026]);
    expect(cardByCode('01_05_OS02').table.rows).toHaveLength(5);
    expect(cardByCode('01_04_OS01').table.rows).toHaveLength(5);
  });

  it('knows which tables have no Performance column', () => {
    const without = doc.cards.filter((c) => !c.table.hasPerformance).map((c) => c.codice);
    expect(without).toEqual(['03_01_OS06']);
    expect(cardByCode('03_01_OS06').table.rows.every((r) => r.performance === null)).toBe(true);
  });

  it('separates footnotes written as table rows and as paragraphs, and the marked actual column', () => {
    expect(cardByCode('03_01_OS03').table.footnotes).toEqual(['Target modificato rispetto al PIAO 2024']);
    expect(cardByCode('03_01_OS03').table.rows.filter((r) => r.firstCell.includes('*'))).toHaveLength(2);
    expect(cardByCode('02_01_OS01').footnotes).toEqual(['Gli ultimi dati disponibili si riferiscono al 31.3.2024']);
    expect(cardByCode('03_01_OS06').footnotes).toEqual(['I dati saranno disponibili soltanto in sede di consuntivo 2023']);
    const marked = doc.cards.filter((c) => c.table.actualMarked).map((c) => c.codice);
    expect(marked).toEqual(['02_01_OS01', '03_01_OS06']);
  });
});

it('finds every value cell of the seed within the grammar of shared/values.ts', () => {
  const failures: string[] = [];
  const check = (result: { ok: boolean; error?: string }, where: string) => {
    if (!result.ok) failures.push(`${where}: ${result.error ?? ''}`);
  };
  for (const card of doc.cards) {
    check(parseResources(card.risorse), `${card.codice} risorse`);
    for (const row of card.table.rows) {
      const where = `riga ${row.line}`;
      check(parseOperator(row.operator), `${where} operatore`);
      check(parseWeight(row.weight), `${where} peso`);
      for (const cell of [row.actual, ...row.targets]) check(parseValue(cell, { udm: row.udm }), `${where} "${cell}"`);
    }
  }
  expect(failures).toEqual([]);
});

describe('what the parser cannot classify', () => {
  const card = (table: string, extra = '') =>
    [
      'PREMESSA',
      '',
      'Testo.',
      '',
      'D.M. 27/03/2013 Missione:\t11 – Competitività e sviluppo delle imprese',
      'D.M. 27/03/2013 Programma:\t005 – Promozione',
      'Ambito strategico CCIAA PT-PO:\t01_01 Linea',
      'Obiettivo:\tProva',
      'Codice:\t01_01_OS09',
      'Descrizione:',
      'Una descrizione.',
      'Risorse economiche:',
      'risorse interne',
      'Area di responsabilità:\tArea',
      'Ufficio:\tUfficio',
      extra,
      'Indicatori\tTipologia\tUdM\t30/06/2024\tTarget 2024\tTarget 2025\tTarget 2026\tPerformance\tPeso indicatori',
      table,
    ].join('\n');

  it.each([
    ['a row without operator', 'Nome Calcolo\tVolume\tn.\t1\t4\t4\t4\t25%\t20,0%', 'operatore mancante prima del target: "4"'],
    ['cells after the weight', 'Nome Calcolo\tVolume\tn.\t1\t>= 4\t4\t4\t25%\t20,0%\tx', 'celle in più dopo il peso: x'],
    ['a row with no weight', 'Nome Calcolo\tVolume\tn.\t1\t>= 4\t4\t4\t25%', 'riga incompleta (nome, tipologia, UdM, valore o peso mancante)'],
  ])('reports %s', (_label, row, message) => {
    const parsed = parseSeed(card(row));
    expect(parsed.problems.map((p) => p.message)).toEqual([message]);
    expect(parsed.problems[0]?.line).toBe(18);
  });

  it('reports an unknown line inside a card', () => {
    const parsed = parseSeed(card('Nome Calcolo\tVolume\tn.\t1\t>= 4\t4\t4\t25%\t20,0%', 'Una riga estranea'));
    expect(parsed.problems).toEqual([{ line: 16, message: 'riga non classificata: "Una riga estranea"' }]);
    expect(parsed.cards[0]?.table.rows).toHaveLength(1);
  });
});
