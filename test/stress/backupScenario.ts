/**
 * The backup scenario of `npm run stress` (issue 22): the real CLI commands and the app's open, run in this process
 * on a clock that moves on (minutes, hours, days, months) and jumps (two years ahead and back, days back), with
 * imports, undos, restores and opens drawn at random. After each step the backups are listed and compared with a
 * model kept here by the rule docs/reliability.md states, written again independently of db/backupRetention.ts:
 * a backup the rule promises to keep and that is gone is a lost backup. Each step also checks that the step took
 * exactly the backups it should (a restore none), dated by the clock it ran on; each restore gives back exactly the
 * backup's plan, and the listed backups verify.
 * It starts with the cases the issue found: three imports each undone then the oldest restored, and five backups
 * dated in the future before an import.
 */
import fs from 'node:fs';
import path from 'node:path';
import XLSX from 'xlsx';
import { listBackups, verifyPlanCopy, type BackupEntry } from '../../db/backups';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { openEditingFile } from '../../electron/app/editingFile';
import { runCli } from '../../electron/cli/runCli';
import { seededRandom } from './mutations';
import { shiftClock } from './shiftedClock';

export interface BackupReport {
  steps: number;
  imports: number;
  undos: number;
  restores: number;
  opens: number;
  clockJumps: number;
  backupsTaken: number;
  /** Kept by the rule (the model) and missing from the folder. */
  backupsLost: number;
  /** Still in the folder though the rule would have let them go (not a loss: the disagreement is reported). */
  keptBeyondRule: number;
  /** Steps that took more or fewer backups than they should, or dated them off the clock. */
  wrongBackups: number;
  restoreFailures: number;
  unverified: number;
  failures: string[];
}

export interface BackupOptions {
  steps: number;
  seed: number;
  workDir: string;
  log?: (line: string) => void;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The rule as docs/reliability.md says it, applied to the model (reasons grouped as the document groups them). */
const KIND: Record<string, string> = {
  apertura: 'lavoro',
  periodico: 'lavoro',
  'prima-importazione': 'importazione',
  'prima-annullamento': 'annullamento',
  'prima-ripristino': 'annullamento',
  'prima-aggiornamento': 'aggiornamento',
  'copia-di-lavoro': 'copia-di-lavoro',
};

interface Modelled {
  path: string;
  takenAt: number;
  reason: string;
}

function ruleKeeps(model: readonly Modelled[], now: number, justTaken: string | null): Set<string> {
  const keep = new Set<string>();
  const kept = (b: Modelled) => keep.add(b.path);
  const future = (b: Modelled) => b.takenAt > now + 5 * MINUTE;
  model.filter((b) => b.path === justTaken || future(b)).forEach(kept);
  for (const kind of new Set(Object.values(KIND))) {
    const mine = model.filter((b) => KIND[b.reason] === kind && !future(b));
    mine.filter((b) => now - b.takenAt <= HOUR).forEach(kept);
    for (const [period, count] of [[(d: Date) => d.toDateString(), 14], [(d: Date) => `${d.getFullYear()}-${d.getMonth()}`, 12]] as const) {
      const newestOf = new Map<string, Modelled>();
      for (const b of mine) {
        const key = period(new Date(b.takenAt));
        const held = newestOf.get(key);
        if (!held || b.takenAt > held.takenAt || (b.takenAt === held.takenAt && b.path > held.path)) newestOf.set(key, b);
      }
      [...newestOf.values()].sort((a, b) => b.takenAt - a.takenAt || b.path.localeCompare(a.path)).slice(0, count).forEach(kept);
    }
  }
  return keep;
}

const titleOf = (file: string) => {
  const opened = openPlanFile(file, { readonly: true });
  try {
    return JSON.stringify(opened.repo.loadPlan(opened.repo.listPlans()[0]!.id).cards.map((c) => [c.code, c.title]));
  } finally {
    opened.close();
  }
};

export async function backupScenario({ steps, seed, workDir, log = () => undefined }: BackupOptions): Promise<BackupReport> {
  const report: BackupReport = {
    steps: 0,
    imports: 0,
    undos: 0,
    restores: 0,
    opens: 0,
    clockJumps: 0,
    backupsTaken: 0,
    backupsLost: 0,
    keptBeyondRule: 0,
    wrongBackups: 0,
    restoreFailures: 0,
    unverified: 0,
    failures: [],
  };
  const fail = (message: string) => {
    if (report.failures.length < 20) report.failures.push(message);
  };
  const random = seededRandom(seed ^ 0x22);
  const dataDir = process.env.PIRA_DESK_DATA_DIR ?? path.join(workDir, 'dati');
  const plan = path.join(workDir, 'piano.pira');
  createSampleFile(plan).close();
  const exported = path.join(workDir, 'piano.xlsx');
  const quiet = { out: () => undefined, err: () => undefined };
  if ((await runCli(['export', '--db', plan, '--out', exported], quiet)) !== 0) throw new Error('esportazione iniziale non riuscita');
  const source = XLSX.read(fs.readFileSync(exported), { cellNF: true });
  const clock = shiftClock();
  let model: Modelled[] = [];
  let workbooks = 0;

  const workbook = () => {
    source.Sheets.Obiettivi!.B2 = { t: 's', v: `Titolo della prova ${++workbooks}` };
    const file = path.join(workDir, `importa-${workbooks}.xlsx`);
    fs.writeFileSync(file, XLSX.write(source, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    return file;
  };
  const listed = () => listBackups(dataDir, plan);

  /** Runs one step: `expected` backups of `reason` must appear; then the folder is compared with the model. */
  const step = async (what: string, expected: number, reason: string, run: () => Promise<boolean>) => {
    const before = new Set(listed().map((b) => b.path));
    const from = clock.now();
    const ok = await run();
    const to = clock.now();
    const after = listed();
    const fresh = after.filter((b) => !before.has(b.path));
    report.steps++;
    const wanted = ok ? expected : 0;
    if (fresh.length !== wanted || fresh.some((b) => b.reason !== reason)) {
      report.wrongBackups++;
      fail(`${what}: ${fresh.length} copie nuove (${fresh.map((b) => b.reason).join(', ')}) invece di ${wanted} «${reason}»`);
    }
    for (const b of fresh) {
      const at = Date.parse(b.createdAt);
      if (at < from - 1000 || at > to + 1000) {
        report.wrongBackups++;
        fail(`${what}: copia datata ${b.createdAt}, l'orologio segnava ${new Date(from).toISOString()}`);
      }
      model.push({ path: b.path, takenAt: at, reason: b.reason });
      report.backupsTaken++;
    }
    if (fresh.length > 0) {
      const newest = fresh[0]!;
      const keep = ruleKeeps(model, Date.parse(newest.createdAt), newest.path);
      model = model.filter((b) => keep.has(b.path));
    }
    const onDisk = new Set(after.map((b) => b.path));
    const lost = model.filter((b) => !onDisk.has(b.path));
    const beyond = after.filter((b) => !model.some((m) => m.path === b.path));
    report.backupsLost += lost.length;
    report.keptBeyondRule += beyond.length;
    for (const b of lost) fail(`${what}: persa la copia ${path.basename(b.path)} che la regola tiene`);
    for (const b of beyond) fail(`${what}: resta la copia ${path.basename(b.path)} che la regola lascia andare`);
    // Both sides now agree on what is there: the model follows the folder, so one difference is counted once.
    model = model.filter((b) => onDisk.has(b.path));
  };

  const importOnce = () =>
    step('importazione', 1, 'prima-importazione', async () => {
      report.imports++;
      return (await runCli(['import', '--db', plan, workbook()], quiet)) === 0;
    });
  const undoOnce = () =>
    step('annullamento', 1, 'prima-annullamento', async () => {
      report.undos++;
      return (await runCli(['undo-import', '--db', plan], quiet)) === 0;
    });
  const openOnce = () =>
    step('apertura', 1, 'apertura', async () => {
      report.opens++;
      const editing = await openEditingFile(plan, { dataDir, log: () => undefined });
      await editing.close();
      return true;
    });
  const restoreOne = (pick: (list: BackupEntry[]) => BackupEntry | undefined) =>
    step('ripristino', 0, '', async () => {
      const chosen = pick(listed());
      if (!chosen) return true;
      report.restores++;
      const out = path.join(workDir, `ripristino-${report.restores}.pira`);
      const code = await runCli(['restore', '--db', plan, '--backup', String(chosen.number), '--out', out], quiet);
      if (code !== 0 || !fs.existsSync(out) || titleOf(out) !== titleOf(chosen.path)) {
        report.restoreFailures++;
        fail(`ripristino della copia n. ${chosen.number} (${chosen.reason}) non riuscito o diverso dalla copia`);
      }
      fs.rmSync(out, { force: true });
      return true;
    });

  try {
    // What the issue found: three imports each undone, then the oldest restored; five backups from the future.
    for (let i = 0; i < 3; i++) {
      await importOnce();
      clock.advance(2 * MINUTE);
      await undoOnce();
      clock.advance(2 * MINUTE);
    }
    await restoreOne((list) => list.at(-1));
    const realNow = clock.now();
    clock.advance(400 * DAY);
    report.clockJumps++;
    for (let i = 0; i < 5; i++) {
      await openOnce();
      clock.advance(MINUTE);
    }
    clock.set(realNow + 10 * MINUTE);
    report.clockJumps++;
    await importOnce();
    await undoOnce();
    await restoreOne((list) => list[0]);

    let jumpedAhead: number | null = null;
    while (report.steps < steps) {
      const roll = random();
      if (roll < 0.03 && jumpedAhead === null) {
        jumpedAhead = clock.now();
        clock.advance(730 * DAY);
        report.clockJumps++;
      } else if (roll < 0.06 && jumpedAhead !== null) {
        clock.set(jumpedAhead + HOUR);
        jumpedAhead = null;
        report.clockJumps++;
      } else if (roll < 0.08) {
        clock.advance(-3 * DAY);
        report.clockJumps++;
      } else {
        const pace = random();
        clock.advance(pace < 0.5 ? random() * 20 * MINUTE : pace < 0.75 ? random() * 6 * HOUR : pace < 0.95 ? random() * 3 * DAY : random() * 45 * DAY);
      }
      const op = random();
      if (op < 0.4) await importOnce();
      else if (op < 0.65) await undoOnce();
      else if (op < 0.85) await restoreOne((list) => list[Math.floor(random() * list.length)]);
      else await openOnce();
      if (report.steps % 25 === 0) log(`  copie di sicurezza: ${report.steps} passi, ${model.length} copie tenute`);
    }
  } finally {
    clock.restore();
  }
  for (const backup of listed()) {
    try {
      verifyPlanCopy(backup.path);
    } catch (error) {
      report.unverified++;
      fail(`copia ${path.basename(backup.path)} non verificata: ${(error as Error).message}`);
    }
  }
  return report;
}
