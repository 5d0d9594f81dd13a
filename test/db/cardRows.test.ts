// readCards gets each row's texts joined in one text and each table of values as one text, split at a control
// character the editor's rules refuse: a hand-edited file holding that character must still load exactly as stored,
// or be said damaged where storedJson says so, whether the whole plan or some cards are read.
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createPlanFile, type PlanFile } from '../../db/planFile';
import { PlanFileError } from '../../db/planFileError';
import type { PlanDocument } from '../../shared/model';
import { samplePlan2024 } from '../../shared/sample/plan2024';
import { tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;
let file: PlanFile;
let planId: number;

beforeEach(() => {
  file?.close();
  file = createPlanFile(folder.file(`rows${++counter}.pira`), [samplePlan2024]);
  planId = file.repo.listPlans()[0]!.id;
});

/** Runs `sql` on the file behind the repository's back, as a hand edit would. */
function handEdit(sql: string, ...params: unknown[]): void {
  const raw = new Database(file.path);
  raw.pragma('ignore_check_constraints = ON');
  raw.prepare(sql).run(...params);
  raw.close();
}

describe('texts holding the separator the rows are split at', () => {
  it('loads card texts, indicator texts and a measurement date holding it as they are stored', () => {
    const expected: PlanDocument = structuredClone(file.repo.loadPlan(planId));
    const card = expected.cards[2]!;
    const indicator = card.indicators.find((i) => i.measurements.length > 0)!;
    handEdit('UPDATE cards SET title = ?, office = ? WHERE id = ?', 'Titolo\u001fdiviso', '\u001f', card.id);
    handEdit('UPDATE indicators SET name = ?, kpi_code = ? WHERE id = ?', 'Nome\u001f\u001fdiviso', 'K\u001f', indicator.id);
    handEdit('UPDATE measurements SET date = ? WHERE indicator_id = ? AND date = ?', `${indicator.measurements[0]!.date}\u001f`, indicator.id, indicator.measurements[0]!.date);
    card.title = 'Titolo\u001fdiviso';
    card.office = '\u001f';
    indicator.name = 'Nome\u001f\u001fdiviso';
    indicator.kpiCode = 'K\u001f';
    indicator.measurements[0]!.date += '\u001f';

    expect(file.repo.loadPlan(planId)).toEqual(expected);
    expect(file.repo.loadCards(planId, [card.id, expected.cards[3]!.id]).cards).toEqual([card, expected.cards[3]]);
  });

  it('says the file is damaged, naming where, when a stored value holds it', () => {
    const card = file.repo.loadPlan(planId).cards[1]!;
    const indicator = card.indicators[0]!;
    const year = indicator.targets[0]!.year;
    handEdit('UPDATE targets SET value_json = ? WHERE indicator_id = ? AND year = ?', '{"kind":"missing","mark":"\u001f"}', indicator.id, year);

    const read = () => file.repo.loadPlan(planId);
    expect(read).toThrow(PlanFileError);
    expect(read).toThrow(`Il file contiene un dato non leggibile (scheda ${card.code}, indicatore «${indicator.name}», target ${year})`);
  });

  it('says the file is damaged, in Italian, when its stored dates hold every character the rows could be split at', () => {
    const indicator = file.repo.loadPlan(planId).cards[1]!.indicators.find((i) => i.measurements.length > 0)!;
    const everyCharacter = Array.from({ length: 0xd7ff }, (_, i) => String.fromCharCode(i + 1)).join('');
    handEdit('UPDATE measurements SET date = ? WHERE indicator_id = ? AND date = ?', everyCharacter, indicator.id, indicator.measurements[0]!.date);

    const read = () => file.repo.loadPlan(planId);
    expect(read).toThrow(PlanFileError);
    expect(read).toThrow('Il file contiene target o valori degli indicatori che non si leggono: ripristinare una copia di sicurezza.');
  });
});
