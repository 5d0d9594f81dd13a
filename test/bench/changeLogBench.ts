/**
 * What the change log costs on disk: 2.000 saves of one value each, round the cards of the plan (a season of
 * editing), on a copy of the plan file; the file's size before and after, and beside it, in the same run, the bytes
 * the same entries would take with whole cards before and after (what each entry stored until migration 12).
 * Why: issue 22 found each entry storing its card twice (×100: 7,6 → 30,4 MB after 2.000 saves).
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { readEntry } from '../../db/changeLogStore';
import { openPlanFile } from '../../db/planFile';
import type { Card } from '../../shared/model';

export interface ChangeLogFigures {
  beforeMb: number;
  afterMb: number;
  /** Bytes of the stored rows per save, and what whole cards would take for the same entries. */
  storedPerSave: number;
  wholePerSave: number;
  /** Median time of one save while the log grows (ms). */
  saveMs: number;
}

const SAVES = 2_000;
const mb = (file: string) => fs.statSync(file).size / (1024 * 1024);

function checkpointed(file: string): number {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return mb(file);
}

export function benchChangeLog(dbPath: string, copyPath: string): ChangeLogFigures {
  fs.copyFileSync(dbPath, copyPath);
  const beforeMb = checkpointed(copyPath);
  const file = openPlanFile(copyPath);
  const times: number[] = [];
  try {
    const planId = file.repo.listPlans()[0]!.id;
    const doc = file.repo.loadPlan(planId);
    const cards = new Map<number, Card>(doc.cards.map((card) => [card.id, card]));
    const ids = [...cards.keys()];
    const date = doc.settings.monitoringDate;
    for (let round = 0; round < SAVES; round++) {
      const id = ids[round % ids.length]!;
      const card = cards.get(id)!;
      const [first, ...rest] = card.indicators;
      const measurements = [...first!.measurements.filter((m) => m.date !== date), { date, value: { kind: 'number' as const, value: round, decimals: 0 } }];
      const start = performance.now();
      cards.set(id, file.repo.saveCard(planId, { ...card, indicators: [{ ...first!, measurements }, ...rest] }));
      times.push(performance.now() - start);
    }
  } finally {
    file.close();
  }
  const afterMb = checkpointed(copyPath);
  const db = new Database(copyPath, { readonly: true });
  try {
    const stored = db.prepare('SELECT sum(length(before_json) + length(after_json)) FROM change_log_rows').pluck().get() as number;
    const ids = db.prepare("SELECT id FROM change_log WHERE kind = 'edit' ORDER BY id").pluck().all() as number[];
    const whole = ids.reduce((sum, id) => sum + JSON.stringify(readEntry(db, id)!.rows).length, 0);
    times.sort((a, b) => a - b);
    return { beforeMb, afterMb, storedPerSave: stored / ids.length, wholePerSave: whole / ids.length, saveMs: times[Math.floor(times.length / 2)]! };
  } finally {
    db.close();
  }
}
