/**
 * Child process of the importer fuzzer: previews each workbook it is sent against a writable plan file, applies
 * it when the preview allows, and answers what happened and every message the user would read. A refused or
 * blocked workbook must leave the plan file byte for byte as it was; an applied one a healthy file. An error the
 * user would see as "errore interno imprevisto" counts as a crash, like the process dying.
 * Usage (by fuzz.ts, with an IPC channel): tsx test/stress/fuzzChild.ts PLAN.pira [PARSE_WORKER.js]
 * With a bundled parse worker (the CLI's out/cli/parseWorker.js) the parse process starts as in production, in
 * a tenth of the time the TypeScript sources take.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { knownApiError } from '../../electron/app/apiFailure';
import { openPlanFile } from '../../db/planFile';
import { applyPending, prepareImport } from '../../electron/exchange/exchangeService';
import { forkLauncher, useParseProcessLauncher } from '../../electron/exchange/parseProcess';

export interface FuzzRequest {
  file: string;
}

export interface FuzzReply {
  outcome: 'rifiutato' | 'bloccato' | 'applicato' | 'errore interno';
  /** What the user reads: the refusal, or the preview's problems and decisions. */
  messages: string[];
  /** A refused or blocked workbook changed the plan file's bytes. */
  changedOnRefusal: boolean;
  integrityFailure: boolean;
}

const [planPath = '', parseWorker] = process.argv.slice(2);
if (parseWorker) useParseProcessLauncher((_entry, heap) => forkLauncher({ kind: 'bundled', file: parseWorker }, heap));
const plan = openPlanFile(planPath);
const planId = plan.repo.listPlans()[0]?.id ?? 1;

/** The bytes of the plan file and of its write-ahead log (the shared-memory index changes on reads too). */
function fileDigest(): string {
  const hash = createHash('sha256');
  for (const suffix of ['', '-wal']) if (fs.existsSync(planPath + suffix)) hash.update(fs.readFileSync(planPath + suffix));
  return hash.digest('hex');
}

async function handle({ file }: FuzzRequest): Promise<FuzzReply> {
  const before = fileDigest();
  const changed = () => fileDigest() !== before;
  try {
    const prepared = await prepareImport(plan, planId, fs.readFileSync(file), { year: 2024 });
    const { preview } = prepared;
    const messages = [...preview.problems.map((p) => p.message), ...preview.decisions.map((d) => d.message)];
    if (!preview.canApply) return { outcome: 'bloccato', messages, changedOnRefusal: changed(), integrityFailure: false };
    applyPending(plan, prepared.pending);
    const healthy = plan.integrityCheck().length === 0 && plan.repo.loadPlan(planId).cards.length > 0;
    return { outcome: 'applicato', messages, changedOnRefusal: false, integrityFailure: !healthy };
  } catch (error) {
    const known = knownApiError(error);
    return {
      outcome: known ? 'rifiutato' : 'errore interno',
      messages: [known?.message ?? (error instanceof Error ? (error.stack ?? error.message) : String(error))],
      changedOnRefusal: changed(),
      integrityFailure: false,
    };
  }
}

process.on('message', (request: FuzzRequest) => {
  void handle(request).then((reply) => process.send?.(reply satisfies FuzzReply));
});
process.send?.('pronto');
