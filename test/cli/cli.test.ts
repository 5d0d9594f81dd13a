// The headless CLI through runCli on temporary files: success paths, bad input, and files left untouched.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { tempFolder } from '../db/tempFiles';
import { cli } from './captureCli';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;
const newPath = () => folder.file(`cli${++counter}.pira`);

function sampleFile(): string {
  const file = newPath();
  createSampleFile(file).close();
  return file;
}

describe('init', () => {
  it('creates an empty file, or one holding the sample plan', async () => {
    const empty = newPath();
    expect(await cli('init', '--db', empty)).toMatchObject({ code: 0, err: '' });
    const sample = newPath();
    const result = await cli('init', `--db=${sample}`, '--sample');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/piano 2024 con 18 schede/);
    const opened = openPlanFile(sample, { readonly: true });
    expect(opened.repo.listPlans()[0]?.cardCount).toBe(18);
    opened.close();
    const blank = openPlanFile(empty, { readonly: true });
    expect(blank.repo.listPlans()).toEqual([]);
    blank.close();
  });
});

describe('score', () => {
  it('prints an Italian table with the seed’s figures', async () => {
    const { code, out } = await cli('score', '--db', sampleFile());
    expect(code).toBe(0);
    expect(out).toMatch(/Valori al 30\/06\/2024/);
    expect(out).toMatch(/01_01_OS01 +La doppia transizione/);
    expect(out).toMatch(/Ampiezza delle attività di assesment +43 +>= +80 +20,0% +54%/);
    expect(out).toMatch(/Criteri di calcolo: /);
  });

  it('lists each rollup, one row per area and ufficio whatever the spelling on the cards', async () => {
    const { out } = await cli('score', '--db', sampleFile());
    for (const title of ['ambito strategico', 'linea strategica', 'missione', 'programma', 'obiettivo strategico', 'area di responsabilità', 'ufficio']) {
      expect(out).toMatch(new RegExp(`^Per ${title}$`, 'm'));
    }
    expect(out).toMatch(/^01 +Promozione e sostegno allo sviluppo.* 61% +10$/m);
    expect(out).toMatch(/^Promozione e Sviluppo Economico +\d+% +10$/m);
    expect(out.match(/^Promozione e [Ss]viluppo [Ee]conomico /gm)).toHaveLength(1);
    expect(out).toMatch(/^Obiettivo trasversale +\d+% +7$/m);
    const { out: json } = await cli('score', '--db', sampleFile(), '--json');
    const area = JSON.parse(json).plan.rollups.area as { key: string; label: string; cardCount: number }[];
    expect(area.find((r) => r.label === 'Promozione e Sviluppo Economico')).toMatchObject({ key: 'promozione e sviluppo economico', cardCount: 10 });
  });

  it('prints JSON with fractions, displayed values and exactly the documented keys', async () => {
    const { code, out } = await cli('score', '--db', sampleFile(), '--json', '--year', '2024');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(['plan', 'cards']);
    expect(report.plan).toMatchObject({ year: 2024, monitoringDate: '2024-06-30', policy: { cap: 1 } });
    expect(Object.keys(report.plan.rollups)).toEqual(['ambito', 'missione', 'programma', 'area', 'linea', 'obiettivoStrategico', 'ufficio']);
    expect(report.cards).toHaveLength(18);
    const [card] = report.cards;
    expect(Object.keys(card)).toEqual(['code', 'title', 'performance', 'indicators']);
    expect(Object.keys(card.indicators[0])).toEqual(['name', 'operator', 'actual', 'targets', 'weight', 'performance', 'status']);
    expect(card.indicators[0]).toMatchObject({ operator: '>=', actual: '1', targets: { '2024': '4', '2025': 'n.d.' }, weight: 0.2, performance: 0.25, status: 'critico' });
    const performances = [report.plan.performance, ...report.cards.map((c: { performance: unknown }) => c.performance)];
    expect(performances.every((p) => p === null || (typeof p === 'number' && p >= 0 && p <= 2))).toBe(true);
  });
});

describe('check', () => {
  it('passes the sample plan (warnings allowed) and fails a plan with an error, without writing', async () => {
    const file = sampleFile();
    const ok = await cli('check', '--db', file);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Controllo di integrità: nessun problema/);
    expect(ok.out).toMatch(/Piano 2024 \(18 schede\): 0 errori/);

    const edited = openPlanFile(file);
    const plan = edited.repo.loadPlan(edited.repo.listPlans()[0]!.id);
    // A save may not empty a stored title (issue 22): a new card without one is what leaves the error now.
    const first = plan.cards[0]!;
    edited.repo.saveCard(plan.id, { ...first, id: 0, code: '01_01_OS99', title: '', indicators: first.indicators.map((i) => ({ ...i, id: 0 })) });
    edited.close();
    const before = fs.readFileSync(file);
    const bad = await cli('check', '--db', file);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/ERRORE: scheda 01_01_OS99, campo title: .*titolo/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('import into a plan that is not the latest', () => {
  it('compares with the plan the workbook declares, not with the one read while it was parsing', async () => {
    const file = sampleFile();
    expect((await cli('rollover', '--db', file, '--from', '2024')).code).toBe(0);
    const workbook = folder.file('piano2024.xlsx');
    expect((await cli('export', '--db', file, '--year', '2024', '--out', workbook)).code).toBe(0);
    const edited = openPlanFile(file);
    const plan2024 = edited.repo.listPlans().find((p) => p.year === 2024)!.id;
    const card = edited.repo.loadPlan(plan2024).cards[0]!;
    const [first, ...rest] = card.indicators;
    const measurements = first!.measurements.map((m) => (m.date === '2024-06-30' ? { ...m, value: { kind: 'number' as const, value: 99, decimals: 0 } } : m));
    edited.repo.saveCard(plan2024, { ...card, indicators: [{ ...first!, measurements }, ...rest] });
    edited.close();
    const applied = await cli('import', '--db', file, workbook);
    expect(applied.code).toBe(0);
    expect(applied.out).toContain('Importazione applicata al piano 2024 (id 1): 1 scheda aggiornata, 1 valore modificato.');
    const after = openPlanFile(file, { readonly: true });
    const [p2024, p2025] = [2024, 2025].map((year) => after.repo.loadPlan(after.repo.listPlans().find((p) => p.year === year)!.id));
    after.close();
    expect(p2024!.cards[0]!.indicators[0]!.measurements.find((m) => m.date === '2024-06-30')?.value).toEqual({ kind: 'number', value: 1, decimals: 0 });
    expect(p2025!.cards[0]!.indicators[0]!.measurements).toEqual([]);
  });
});

describe('import --tempi', () => {
  it('says how long reading, comparing and writing took (an import of the plan’s own export writes nothing)', async () => {
    const file = sampleFile();
    const workbook = folder.file('proprio.xlsx');
    expect((await cli('export', '--db', file, '--out', workbook)).code).toBe(0);
    const dry = await cli('import', '--db', file, workbook, '--dry-run', '--tempi');
    expect(dry.out).toMatch(/^Tempi: lettura dei file [\d.]+ ms, confronto con il piano [\d.]+ ms\.$/m);
    const applied = await cli('import', '--db', file, workbook, '--tempi');
    expect(applied.out).toMatch(/^Tempi: lettura dei file [\d.]+ ms, confronto con il piano [\d.]+ ms, scrittura [\d.]+ ms\.$/m);
    expect(applied.out).toMatch(/nessuna modifica/);
    // Nothing was recorded: offering undo-import would undo an earlier import instead.
    expect(applied.out).not.toMatch(/undo-import/);
    expect(applied.out).toMatch(/^Il file del piano non è stato modificato: non c’è nulla da annullare\.$/m);
  });
});

describe('bad input', () => {
  const newer = () => {
    const file = sampleFile();
    const raw = new Database(file);
    raw.pragma('user_version = 42');
    raw.close();
    return file;
  };
  const foreign = () => {
    const file = newPath();
    fs.writeFileSync(file, 'PK\u0003\u0004 questo è un file zip, non un piano');
    return file;
  };
  const cases: { name: string; file: () => string; args: (file: string) => string[]; code: number; message: RegExp }[] = [
    { name: 'an unknown command', file: sampleFile, args: () => ['stampa'], code: 2, message: /Comando sconosciuto: «stampa»/ },
    { name: 'an unknown option', file: sampleFile, args: (f) => ['score', '--db', f, '--anno', '2024'], code: 2, message: /Opzione sconosciuta per il comando score: --anno/ },
    { name: 'a missing --db', file: sampleFile, args: () => ['score', '--json'], code: 2, message: /Manca l'opzione obbligatoria --db FILE/ },
    { name: 'a malformed year', file: sampleFile, args: (f) => ['score', '--db', f, '--year', '24'], code: 2, message: /Anno non valido: «24»/ },
    { name: 'a year not in the file', file: sampleFile, args: (f) => ['score', '--db', f, '--year', '2019'], code: 1, message: /non c'è un piano per l'anno 2019 \(anni presenti: 2024\)/ },
    { name: 'init over an existing file', file: sampleFile, args: (f) => ['init', '--db', f, '--sample'], code: 1, message: /esiste già/ },
    { name: 'a file of another type', file: foreign, args: (f) => ['check', '--db', f], code: 1, message: /non è un file di PIRA Desk/ },
    { name: 'a file from a newer version', file: newer, args: (f) => ['score', '--db', f], code: 1, message: /versione più recente di PIRA Desk/ },
  ];
  for (const { name, file, args, code, message } of cases) {
    it(`rejects ${name} with exit ${code}, an Italian message and the file unchanged`, async () => {
      const path = file();
      const before = fs.readFileSync(path);
      const result = await cli(...args(path));
      expect(result.code).toBe(code);
      expect(result.err).toMatch(message);
      expect(result.out).toBe('');
      expect(fs.readFileSync(path).equals(before)).toBe(true);
      expect(fs.existsSync(`${path}-wal`)).toBe(false);
    });
  }

  it('rejects a missing file and does not create it', async () => {
    const path = newPath();
    const result = await cli('score', '--db', path);
    expect(result).toMatchObject({ code: 1, out: '' });
    expect(result.err).toMatch(/non esiste/);
    expect(fs.existsSync(path)).toBe(false);
  });

  it('lists every command in help', async () => {
    const { code, out } = await cli('help');
    expect(code).toBe(0);
    for (const name of ['init', 'score', 'check', 'help']) expect(out).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });
});
