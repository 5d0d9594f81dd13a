// `rollover` and `compare` through runCli on temporary files: the 2025 plan made from the 2024 sample (18 cards, 123
// indicators, targets moved, no values), its comparison listing the shift and nothing else, then exactly one edit;
// another file compared by code; bad command lines refused with exit 2 and files left untouched.
import fs from 'node:fs';
import { basename } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import type { PlanDocument } from '../../shared/model';
import { formatValue } from '../../shared/values';
import { tempFolder } from '../db/tempFiles';
import { cli } from './captureCli';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;

function sampleFile(): string {
  const file = folder.file(`piano${++counter}.pira`);
  createSampleFile(file).close();
  return file;
}

function plans(path: string): PlanDocument[] {
  const file = openPlanFile(path, { readonly: true });
  try {
    return file.repo.listPlans().map((p) => file.repo.loadPlan(p.id));
  } finally {
    file.close();
  }
}

const SHIFT_ONLY = [
  'Confronto tra il piano 2024 e il piano 2025.',
  'Spostamento di 1 anno (2024 → 2025): triennio 2024–2026 → 2025–2027, data di monitoraggio 30/06/2024 → 30/06/2025.',
  "Target confrontati anno per anno: 2025, 2026 (il target di un anno di un piano con quello dello stesso anno dell'altro).",
  'Target 2024 solo nel piano 2024 (123 scritti): non confrontati.',
  'Target 2027 solo nel piano 2025 (0 scritti): non confrontati.',
  "Valori rilevati e performance impostate a mano appartengono all'anno del piano e non sono confrontati: valori 123 nel 2024 e 0 nel 2025, performance a mano 1 nel 2024 e 0 nel 2025.",
  "Schede: 18 abbinate (18 per collegamento d'origine, 0 per codice), 0 modificate, 0 aggiunte, 0 tolte.",
];

describe('rollover', () => {
  it('makes the 2025 plan of the sample: 18 cards, 123 indicators, targets moved by one year, no values', async () => {
    const path = sampleFile();
    const result = await cli('rollover', '--db', path, '--from', '2024');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out.split('\n').slice(0, 5)).toEqual([
      'Piano 2025 creato dal piano 2024: 18 schede e 123 indicatori copiati (18 schede e 123 indicatori collegati alla loro origine, per il confronto).',
      'Triennio 2025–2027 (era 2024–2026); data di monitoraggio 30/06/2025 (era 30/06/2024).',
      'Target riportati con il loro anno: 2025 (63 scritti, 57 n.d. o --, 3 vuoti), 2026 (63 scritti, 57 n.d. o --, 3 vuoti).',
      'Target da scrivere: 2027 (vuoti in tutti gli indicatori).',
      'Target 2024 non riportati (fuori dal nuovo triennio): 123.',
    ]);
    expect(result.out).toContain('Valori rilevati non riportati (appartengono al 2024): 123.');

    const [old, next] = plans(path);
    expect(next!.settings).toMatchObject({ year: 2025, horizonStart: 2025, horizonEnd: 2027, monitoringDate: '2025-06-30' });
    expect(next!.settings.title).toBe(old!.settings.title.replace('2024', '2025'));
    const oldIndicators = old!.cards.flatMap((c) => c.indicators);
    const newIndicators = next!.cards.flatMap((c) => c.indicators);
    expect([next!.cards.length, newIndicators.length]).toEqual([18, 123]);
    expect(newIndicators.every((i) => i.measurements.length === 0 && i.override === undefined)).toBe(true);
    newIndicators.forEach((indicator, n) => {
      const target = (year: number, from = indicator) => from.targets.find((t) => t.year === year)?.value;
      expect(indicator.targets.map((t) => t.year)).toEqual([2025, 2026, 2027]);
      expect([target(2025), target(2026)]).toEqual([target(2025, oldIndicators[n]), target(2026, oldIndicators[n])]);
      expect(target(2027)).toEqual({ kind: 'missing', mark: '' });
    });
  });

  it('prints JSON, and refuses a year already in the file with exit 1, writing nothing', async () => {
    const path = sampleFile();
    const json = await cli('rollover', '--db', path, '--from', '2024', '--to', '2026', '--json');
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out);
    expect(parsed.plan).toMatchObject({ year: 2026, cardCount: 18 });
    expect(parsed.report).toMatchObject({ fromYear: 2024, toYear: 2026, indicators: 123, targetsLeft: [{ year: 2024 }, { year: 2025 }] });
    const before = plans(path);
    const again = await cli('rollover', '--db', path, '--from', '2024', '--to', '2026');
    expect(again).toMatchObject({ code: 1, out: '' });
    expect(again.err).toMatch(/Esiste già un piano 2026/);
    expect(plans(path)).toEqual(before);
  });

  it.each<[string, string[], number, RegExp]>([
    ['a missing --from', [], 2, /Manca l'opzione obbligatoria --from AAAA/],
    ['a year before the one copied', ['--from', '2024', '--to', '2023'], 2, /deve essere successivo a quello copiato/],
    ['a malformed year', ['--from', '24'], 2, /Anno non valido: «24»/],
    ['a year not in the file', ['--from', '2019'], 1, /non c'è un piano per l'anno 2019/],
  ])('refuses %s with exit %i', async (_, args, code, message) => {
    const path = sampleFile();
    const before = fs.readFileSync(path);
    const result = await cli('rollover', '--db', path, ...args);
    expect(result).toMatchObject({ code, out: '' });
    expect(result.err).toMatch(message);
    expect(plans(path)).toHaveLength(1);
    if (code === 2) expect(fs.readFileSync(path).equals(before)).toBe(true);
  });
});

describe('compare', () => {
  const path = sampleFile();

  it('lists the shift of a rollover and nothing else, then exactly the one target changed', async () => {
    expect((await cli('rollover', '--db', path, '--from', '2024')).code).toBe(0);
    const untouched = await cli('compare', '--db', path, '--year', '2024', '--with', '2025');
    expect(untouched).toMatchObject({ code: 0, err: '' });
    expect(untouched.out).toBe(`${[...SHIFT_ONLY, "Nessun'altra differenza."].join('\n')}\n`);

    const file = openPlanFile(path);
    const plan = file.repo.loadPlan(file.repo.listPlans()[1]!.id);
    const card = plan.cards.find((c) => c.code === '03_01_OS02')!;
    const index = card.indicators.findIndex((i) => i.name === 'Età media del personale');
    const indicator = card.indicators[index]!;
    const old2025 = formatValue(indicator.targets.find((t) => t.year === 2025)!.value);
    const edited = { ...indicator, targets: indicator.targets.map((t) => (t.year === 2025 ? { ...t, value: { kind: 'number' as const, value: 60, decimals: 0 } } : t)) };
    file.repo.saveCard(plan.id, { ...card, indicators: card.indicators.map((i, n) => (n === index ? edited : i)) });
    file.close();

    const changed = await cli('compare', '--db', path, '--year', '2024', '--with', '2025');
    expect(changed.code).toBe(0);
    expect(changed.out).toBe(
      `${[
        ...SHIFT_ONLY.slice(0, -1),
        "Schede: 18 abbinate (18 per collegamento d'origine, 0 per codice), 1 modificate, 0 aggiunte, 0 tolte.",
        `Scheda 03_01_OS02 «${card.title}»: modificata.`,
        `  Indicatore ${index + 1} «Età media del personale»: modificato.`,
        `    Target 2025: «${old2025}» → «60»`,
      ].join('\n')}\n`,
    );

    const json = JSON.parse((await cli('compare', '--db', path, '--year', '2024', '--with', '2025', '--json')).out);
    expect(json.counts).toMatchObject({ changed: 1, unchanged: 17, pairedByOrigin: 18 });
    expect(json.cards.find((c: { status: string }) => c.status === 'changed').indicators[0].changes[0]).toMatchObject({
      key: 'target.2025',
      field: 'Target 2025',
      after: '60',
      afterValue: { kind: 'number', value: 60, decimals: 0 },
    });
  });

  it('compares with another file by code, the same year by default, never writing either file', async () => {
    const other = sampleFile();
    const file = openPlanFile(other);
    const plan = file.repo.loadPlan(file.repo.listPlans()[0]!.id);
    file.repo.saveCard(plan.id, { ...plan.cards[1]!, office: 'Ufficio del collega' });
    file.close();
    const bytes = [fs.readFileSync(path), fs.readFileSync(other)];
    const result = await cli('compare', '--db', path, '--year', '2024', '--with-file', other);
    expect(result.code).toBe(0);
    const lines = result.out.trimEnd().split('\n');
    expect(lines[0]).toBe(`Confronto tra il piano 2024 (${basename(path)}) e il piano 2024 (${basename(other)}).`);
    expect(lines.slice(-2)).toEqual([`Scheda ${plan.cards[1]!.code} «${plan.cards[1]!.title}»: modificata.`, `  Ufficio: «${plan.cards[1]!.office}» → «Ufficio del collega»`]);
    expect(result.out).toContain("Schede: 18 abbinate (0 per collegamento d'origine, 18 per codice), 1 modificate");
    expect([fs.readFileSync(path), fs.readFileSync(other)].every((b, i) => b.equals(bytes[i]!))).toBe(true);
    expect(fs.existsSync(`${other}-wal`)).toBe(false);
  });

  it.each<[string, string[], number, RegExp]>([
    ['neither --with nor --with-file', ['--year', '2024'], 2, /Indicare --with AAAA oppure --with-file ALTRO\.pira/],
    ['both --with and --with-file', ['--year', '2024', '--with', '2025', '--with-file', 'x.pira'], 2, /uno dei due/],
    ['--with-year without --with-file', ['--year', '2024', '--with', '2025', '--with-year', '2024'], 2, /--with-year vale solo con --with-file/],
    ['a missing --year', ['--with', '2025'], 2, /Manca l'opzione obbligatoria --year AAAA/],
    ['a plan not in the file', ['--year', '2024', '--with', '2031'], 1, /non c'è un piano per l'anno 2031/],
    ['another file that does not exist', ['--year', '2024', '--with-file', 'manca.pira'], 1, /non esiste/],
  ])('refuses %s with exit %i', async (_, args, code, message) => {
    const result = await cli('compare', '--db', path, ...args);
    expect(result).toMatchObject({ code, out: '' });
    expect(result.err).toMatch(message);
  });

  it('is listed in help with rollover', async () => {
    const { out } = await cli('help');
    expect(out).toMatch(/^ {2}rollover --db FILE --from AAAA \[--to AAAA\] \[--json\] \[--take-over\]$/m);
    expect(out).toMatch(/^ {2}compare --db FILE --year AAAA \[--with AAAA\] \[--with-file ALTRO\.pira\] \[--with-year AAAA\] \[--json\]$/m);
  });
});
