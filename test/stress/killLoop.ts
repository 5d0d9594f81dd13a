/**
 * The kill loop: a child edits the plan file as the app does (killChild.ts) and is killed with SIGKILL at a
 * random moment, round after round (sometimes while it is still opening the file). After each kill the file
 * must pass SQLite's integrity check, hold every acknowledged edit and import (edits lost), carry each import
 * whole (partial writes: every card's description from the same import), and every listed backup must verify.
 * Why SIGKILL: it is the power cut of a process; nothing runs after it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { listBackups, verifyPlanCopy } from '../../db/backups';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { editTitle, importDescription, sequenceIn } from './killProtocol';
import { seededRandom } from './mutations';
import { REPO_ROOT } from './runTsx';

export interface KillReport {
  rounds: number;
  /** Operations the child acknowledged before being killed. */
  acknowledged: number;
  editsLost: number;
  integrityFailures: number;
  partialWrites: number;
  peakMb: number;
  failures: string[];
}

export interface KillOptions {
  rounds: number;
  seed: number;
  workDir: string;
  log?: (line: string) => void;
}

interface RoundOutput {
  lines: string[];
  stderr: string;
}

/** Runs one child and kills it: `afterReadyMs` after it is ready, or `earlyMs` after it started. */
function runAndKill(planPath: string, dataDir: string, first: number, when: { afterReadyMs?: number; earlyMs?: number }): Promise<RoundOutput> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('test', 'stress', 'killChild.ts'), planPath, dataDir, String(first)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const kill = () => child.kill('SIGKILL');
    const guard = setTimeout(kill, 60_000);
    if (when.earlyMs !== undefined) setTimeout(kill, when.earlyMs);
    child.stdout.on('data', (chunk: Buffer) => {
      const wasReady = stdout.includes('PRONTO');
      stdout += chunk.toString();
      if (!wasReady && stdout.includes('PRONTO') && when.afterReadyMs !== undefined) setTimeout(kill, when.afterReadyMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', () => {
      clearTimeout(guard);
      // A line cut by the kill was never acknowledged: only whole lines count.
      resolve({ lines: stdout.split('\n').slice(0, -1), stderr });
    });
  });
}

export async function killLoop(options: KillOptions): Promise<KillReport> {
  const planPath = path.join(options.workDir, 'interrotto.pira');
  const dataDir = path.join(options.workDir, 'dati');
  createSampleFile(planPath).close();
  const setup = openPlanFile(planPath);
  const doc = setup.repo.loadPlan(1);
  setup.repo.replacePlanContent(1, { ...doc, cards: doc.cards.map((card) => ({ ...card, description: importDescription(0) })) });
  setup.close();

  const random = seededRandom(options.seed);
  const report: KillReport = { rounds: 0, acknowledged: 0, editsLost: 0, integrityFailures: 0, partialWrites: 0, peakMb: 0, failures: [] };
  const fail = (what: string) => {
    if (report.failures.length < 10) report.failures.push(`giro ${report.rounds}: ${what}`);
  };
  const lastEdit = new Map<string, number>();
  /** Each acknowledged operation found missing, counted once however many rounds it stays missing. */
  const lost = new Set<string>();
  const lose = (key: string, what: string) => {
    if (lost.has(key)) return;
    lost.add(key);
    report.editsLost = lost.size;
    fail(what);
  };
  let lastImport = 0;
  let next = 1;
  for (let round = 1; round <= options.rounds; round++) {
    report.rounds = round;
    const when = random() < 0.15 ? { earlyMs: Math.floor(random() * 1500) } : { afterReadyMs: Math.floor(random() * 1500) };
    const { lines, stderr } = await runAndKill(planPath, dataDir, next, when);
    for (const line of lines) {
      const [kind, seq, third, fourth] = line.split(' ');
      report.peakMb = Math.max(report.peakMb, Number(kind === 'E' ? fourth : kind === 'I' ? third : seq) || 0);
      if (kind === 'E') lastEdit.set(third!, Number(seq));
      if (kind === 'I') lastImport = Number(seq);
      if (kind === 'E' || kind === 'I') {
        report.acknowledged++;
        next = Math.max(next, Number(seq) + 1);
      }
    }
    if (/Error|Errore/.test(stderr)) fail(`il processo ha scritto un errore: ${stderr.slice(0, 300)}`);
    verifyAfterKill();
    if (round % 20 === 0) options.log?.(`  interruzioni: ${round} giri, ${report.acknowledged} operazioni confermate`);
  }
  return report;

  function verifyAfterKill(): void {
    let file;
    try {
      file = openPlanFile(planPath);
    } catch (error) {
      report.integrityFailures++;
      fail(`il file non si apre: ${(error as Error).message}`);
      return;
    }
    try {
      const problems = file.integrityCheck();
      if (problems.length > 0) {
        report.integrityFailures++;
        fail(`controllo di integrità: ${problems.slice(0, 3).join('; ')}`);
      }
      const cards = file.repo.loadPlan(1).cards;
      const descriptions = new Set(cards.map((card) => card.description));
      if (descriptions.size !== 1) {
        report.partialWrites++;
        fail(`importazione scritta a metà: ${descriptions.size} descrizioni diverse`);
      }
      if (sequenceIn([...descriptions][0], 'importazione') < lastImport) lose(`I${lastImport}`, `persa l'importazione ${lastImport} confermata`);
      for (const card of cards) {
        const acknowledged = lastEdit.get(card.code);
        if (acknowledged !== undefined && sequenceIn(card.title, 'modifica') < acknowledged) {
          lose(`E${acknowledged}`, `persa la modifica ${acknowledged} della scheda ${card.code} (nel file: «${card.title}»; atteso «${editTitle(acknowledged)}»)`);
        }
      }
    } finally {
      file.close();
    }
    for (const backup of listBackups(dataDir, planPath)) {
      try {
        verifyPlanCopy(backup.path);
      } catch (error) {
        report.integrityFailures++;
        fail(`copia di sicurezza n. ${backup.number} non integra: ${(error as Error).message}`);
      }
    }
  }
}
