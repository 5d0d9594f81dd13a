/**
 * The importer fuzzer: feeds mutants of the product's own exports (mutations.ts) one by one to a child process that
 * previews and applies them like the app (fuzzChild.ts), and checks the promises of docs/reliability.md for each
 * file: no crash (a dead child or an internal error), no hang (no answer within the limit), a peak memory under
 * 1 GB for every refused file (the child and its parse process, processMemory.ts), the plan file unchanged byte for
 * byte by a refusal, and no English in anything the user reads. Bounded by a number of files and a time budget.
 * Why a child: the fuzzer must outlive what it finds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { bundleCli } from '../../electron/cli/bundle.mjs';
import { exportPlanWorkbook } from '../../electron/exchange/exchangeService';
import type { FuzzReply } from './fuzzChild';
import { mutants } from './mutations';
import { MEASURABLE, resetPeak, sampleTreePeak } from './processMemory';
import { REPO_ROOT } from './runTsx';

export type Outcome = 'rifiutato' | 'bloccato' | 'applicato';

export interface FamilyCounts {
  files: number;
  outcomes: Record<Outcome, number>;
  crashes: number;
  hangs: number;
  /** Largest peak of a refused (or blocked) file, and of any file, in MB. */
  peakRefusedMb: number;
  peakMb: number;
  changedOnRefusal: number;
  english: number;
  integrityFailures: number;
  /** Refusals because the parse process reached its heap or time cap: allowed, but each is a miss of the budget. */
  capped: number;
}

export interface FuzzReport extends FamilyCounts {
  families: Record<string, FamilyCounts>;
  /** Whether the peaks were measured (Linux /proc), and with what. */
  memoryMeasured: boolean;
  seconds: number;
  /** The first problems found, to replay them (family, what, the file kept in the work folder). */
  failures: string[];
}

export interface FuzzOptions {
  files: number;
  seed: number;
  /** Stops early when this is spent (the files produced so far are reported). */
  maxMinutes?: number;
  /** A file answered after this long is a hang (the promise: refused in under 60 s). */
  hangMs?: number;
  workDir: string;
  log?: (line: string) => void;
}

const MEMORY_LIMIT_MB = 1024;
/**
 * A parse process that died of something else than its caps, or whose own code threw where no check foresaw it
 * (parseWorker.ts answers "Il file non si può leggere…"): a crash, even if the user is told in Italian.
 */
const PARSE_DIED = /^(«[^»]*»: )?(La lettura del file si è interrotta in modo imprevisto|Il file non si può leggere:)/;
/** A parse process stopped at its heap or time cap. */
const CAPPED = /richiede troppa memoria|superato il tempo massimo/;

/**
 * English in what the user reads, once the text quoted from the file («…», "…") is set aside: words Italian
 * messages never use, and the JavaScript spellings of non-numbers.
 */
const ENGLISH = /\b(the|of|and|is|are|cannot|could|invalid|error|unexpected|undefined|null|NaN|Infinity|failed|found|missing|unsupported|bad|offset|length|expected|unknown|property|reading|corrupted|allocation|heap|memory|stack)\b/i;
function englishIn(message: string): boolean {
  return ENGLISH.test(message.replace(/«[^»]*»|"[^"]*"|“[^”]*”/g, ''));
}

function emptyCounts(): FamilyCounts {
  return { files: 0, outcomes: { rifiutato: 0, bloccato: 0, applicato: 0 }, crashes: 0, hangs: 0, peakRefusedMb: 0, peakMb: 0, changedOnRefusal: 0, english: 0, integrityFailures: 0, capped: 0 };
}

interface Child {
  process: ChildProcess;
  ready: Promise<void>;
}

function startChild(planPath: string, parseWorker: string): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('test', 'stress', 'fuzzChild.ts'), planPath, parseWorker], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  child.stderr?.resume();
  const ready = new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`il processo di prova è terminato all'avvio (codice ${code})`)));
  });
  return { process: child, ready };
}

type Answer = { kind: 'reply'; reply: FuzzReply } | { kind: 'crash' } | { kind: 'hang' };

function ask(child: Child, file: string, hangMs: number): Promise<Answer> {
  return new Promise((resolve) => {
    const done = (answer: Answer) => {
      clearTimeout(timer);
      child.process.off('message', onMessage);
      child.process.off('exit', onExit);
      resolve(answer);
    };
    const onMessage = (reply: FuzzReply) => done({ kind: 'reply', reply });
    const onExit = () => done({ kind: 'crash' });
    const timer = setTimeout(() => {
      child.process.kill('SIGKILL');
      done({ kind: 'hang' });
    }, hangMs);
    child.process.on('message', onMessage);
    child.process.once('exit', onExit);
    child.process.send({ file });
  });
}

export async function fuzzImporter(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const deadline = options.maxMinutes === undefined ? Number.POSITIVE_INFINITY : started + options.maxMinutes * 60_000;
  const planPath = path.join(options.workDir, 'fuzz.pira');
  createSampleFile(planPath).close();
  const source = openPlanFile(planPath, { readonly: true });
  const exports = { xlsx: exportPlanWorkbook(source, 1, 'xlsx', null).data, ods: exportPlanWorkbook(source, 1, 'ods', null).data };
  source.close();
  // The parse process as shipped: the CLI's bundled parseWorker.js, built inside the project so that its bare
  // imports (xlsx) resolve from node_modules.
  const { outDir } = await bundleCli(path.join(REPO_ROOT, 'out', `.fuzz-${process.pid}`));
  const parseWorker = path.join(outDir, 'parseWorker.js');
  const report: FuzzReport = { ...emptyCounts(), families: {}, memoryMeasured: MEASURABLE, seconds: 0, failures: [] };
  const fail = (what: string, file?: string) => {
    if (report.failures.length >= 20) return;
    if (file) {
      const kept = path.join(options.workDir, `problema-${report.files}${path.extname(file)}`);
      fs.copyFileSync(file, kept);
      what += ` (${kept})`;
    }
    report.failures.push(what);
  };
  let child = startChild(planPath, parseWorker);
  await child.ready;
  for (const mutant of mutants(exports, options.files, options.seed)) {
    if (Date.now() > deadline) break;
    const file = path.join(options.workDir, `mutante.${mutant.format}`);
    fs.writeFileSync(file, mutant.bytes);
    const family = (report.families[mutant.family] ??= emptyCounts());
    const count = (update: (c: FamilyCounts) => void) => [report, family].forEach(update);
    count((c) => c.files++);
    resetPeak(child.process.pid!);
    const sampler = sampleTreePeak(child.process.pid!);
    const answer = await ask(child, file, options.hangMs ?? 60_000);
    const peakMb = sampler.stop() ?? 0;
    count((c) => (c.peakMb = Math.max(c.peakMb, peakMb)));
    if (answer.kind === 'reply') {
      const { reply } = answer;
      const first = reply.messages[0] ?? '';
      if (reply.outcome === 'errore interno' || (reply.outcome === 'rifiutato' && PARSE_DIED.test(first))) {
        count((c) => c.crashes++);
        fail(`${mutant.family}: ${reply.outcome === 'errore interno' ? 'errore interno' : 'processo di lettura terminato'}: ${first.slice(0, 300)}`, file);
        continue;
      }
      if (reply.outcome === 'rifiutato' && CAPPED.test(first)) count((c) => c.capped++);
      const outcome: Outcome = reply.outcome;
      count((c) => c.outcomes[outcome]++);
      if (outcome !== 'applicato') {
        count((c) => (c.peakRefusedMb = Math.max(c.peakRefusedMb, peakMb)));
        if (peakMb >= MEMORY_LIMIT_MB) fail(`${mutant.family}: ${peakMb} MB per un file ${reply.outcome}`, file);
      }
      if (reply.changedOnRefusal) {
        count((c) => c.changedOnRefusal++);
        fail(`${mutant.family}: file del piano cambiato da un file ${reply.outcome}`, file);
      }
      if (reply.integrityFailure) count((c) => c.integrityFailures++);
      const english = reply.messages.filter(englishIn);
      if (english.length > 0) {
        count((c) => c.english++);
        fail(`${mutant.family}: messaggio in inglese: ${english[0]!.slice(0, 300)}`, file);
      }
    } else {
      count((c) => (answer.kind === 'crash' ? c.crashes++ : c.hangs++));
      fail(`${mutant.family}: ${answer.kind === 'crash' ? 'processo terminato' : 'nessuna risposta entro il limite'}`, file);
      child = startChild(planPath, parseWorker);
      await child.ready;
    }
    if (report.files % 100 === 0) options.log?.(`  importatore: ${report.files} file provati`);
  }
  child.process.kill();
  fs.rmSync(outDir, { recursive: true, force: true });
  report.seconds = (Date.now() - started) / 1000;
  return report;
}
