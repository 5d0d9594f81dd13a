/**
 * The importer fuzzer: feeds mutants of real exports (mutations.ts) one by one to a child process that previews
 * and applies them like the app (fuzzChild.ts). A child that dies is a crash (it is restarted and the run goes
 * on), one that does not answer within the limit is a hang. Why a child: the fuzzer must outlive what it finds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { exportPlanWorkbook } from '../../electron/exchange/exchangeService';
import type { FuzzReply } from './fuzzChild';
import { mutants } from './mutations';
import { REPO_ROOT } from './runTsx';

export interface FuzzReport {
  files: number;
  crashes: number;
  hangs: number;
  partialWrites: number;
  integrityFailures: number;
  peakMb: number;
  /** The kind of mutant being read when the peak was reached. */
  peakKind: string;
  byOutcome: Record<string, number>;
  /** The first few failures, to replay them (kind and file). */
  failures: string[];
}

export interface FuzzOptions {
  mutants: number;
  seed: number;
  /** A mutant answered after this long is a hang (the promise: refused in under 60 s). */
  hangMs?: number;
  workDir: string;
  log?: (line: string) => void;
}

interface Child {
  process: ChildProcess;
  ready: Promise<void>;
}

function startChild(planPath: string): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('test', 'stress', 'fuzzChild.ts'), planPath], {
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
  const planPath = path.join(options.workDir, 'fuzz.pira');
  createSampleFile(planPath).close();
  const source = openPlanFile(planPath, { readonly: true });
  const exports = { xlsx: exportPlanWorkbook(source, 1, 'xlsx', null).data, ods: exportPlanWorkbook(source, 1, 'ods', null).data };
  source.close();
  const report: FuzzReport = { files: 0, crashes: 0, hangs: 0, partialWrites: 0, integrityFailures: 0, peakMb: 0, peakKind: '', byOutcome: {}, failures: [] };
  const fail = (what: string) => {
    if (report.failures.length < 10) report.failures.push(what);
  };
  let child = startChild(planPath);
  await child.ready;
  const mutantFile = path.join(options.workDir, 'mutante');
  for (const mutant of mutants(exports, options.mutants, options.seed)) {
    const file = `${mutantFile}.${mutant.format}`;
    fs.writeFileSync(file, mutant.bytes);
    report.files++;
    const answer = await ask(child, file, options.hangMs ?? 60_000);
    if (answer.kind === 'reply') {
      const { reply } = answer;
      report.byOutcome[reply.outcome] = (report.byOutcome[reply.outcome] ?? 0) + 1;
      if (reply.maxRssMb > report.peakMb) {
        report.peakMb = reply.maxRssMb;
        report.peakKind = mutant.kind;
      }
      if (reply.outcome === 'errore interno') {
        report.crashes++;
        fail(`${mutant.kind}: ${reply.message.slice(0, 300)}`);
      }
      if (reply.partialWrite) report.partialWrites++;
      if (reply.integrityFailure) report.integrityFailures++;
    } else {
      if (answer.kind === 'crash') report.crashes++;
      else report.hangs++;
      fail(`${mutant.kind}: ${answer.kind === 'crash' ? 'processo terminato' : 'nessuna risposta entro il limite'}`);
      fs.copyFileSync(file, path.join(options.workDir, `fallito-${report.files}.${mutant.format}`));
      child = startChild(planPath);
      await child.ready;
    }
    if (report.files % 100 === 0) options.log?.(`  importatore: ${report.files} file provati`);
  }
  child.process.kill();
  return report;
}
