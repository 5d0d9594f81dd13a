/**
 * Child process of the importer fuzzer: previews each workbook it is sent against a writable plan file, applies
 * it when the preview allows, and answers what happened. A refused workbook must leave the plan exactly as it
 * was (else: a partial write); an applied one must leave a healthy file. An error the user would see as
 * "errore interno imprevisto" counts as a crash, like the process dying.
 * Usage (by fuzz.ts, with an IPC channel): tsx test/stress/fuzzChild.ts PLAN.pira
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { knownApiError } from '../../electron/app/apiFailure';
import { openPlanFile } from '../../db/planFile';
import { applyPending, prepareImport } from '../../electron/exchange/exchangeService';

export interface FuzzRequest {
  file: string;
}

export interface FuzzReply {
  outcome: 'rifiutato' | 'bloccato' | 'applicato' | 'errore interno';
  message: string;
  partialWrite: boolean;
  integrityFailure: boolean;
  maxRssMb: number;
}

const plan = openPlanFile(process.argv[2] ?? '');
const planId = plan.repo.listPlans()[0]?.id ?? 1;
const fingerprint = () => createHash('sha256').update(JSON.stringify(plan.repo.listPlans().map((p) => plan.repo.loadPlan(p.id)))).digest('hex');

async function handle({ file }: FuzzRequest): Promise<Omit<FuzzReply, 'maxRssMb'>> {
  const before = fingerprint();
  const unchanged = () => fingerprint() === before;
  try {
    const prepared = await prepareImport(plan, planId, fs.readFileSync(file), { year: 2024 });
    if (!prepared.preview.canApply) {
      return { outcome: 'bloccato', message: prepared.preview.problems[0]?.message ?? '', partialWrite: !unchanged(), integrityFailure: false };
    }
    applyPending(plan, prepared.pending);
    const healthy = plan.integrityCheck().length === 0 && plan.repo.loadPlan(planId).cards.length > 0;
    return { outcome: 'applicato', message: '', partialWrite: false, integrityFailure: !healthy };
  } catch (error) {
    const known = knownApiError(error);
    return {
      outcome: known ? 'rifiutato' : 'errore interno',
      message: known?.message ?? (error instanceof Error ? (error.stack ?? error.message) : String(error)),
      partialWrite: !unchanged(),
      integrityFailure: false,
    };
  }
}

process.on('message', (request: FuzzRequest) => {
  void handle(request).then((reply) =>
    process.send?.({ ...reply, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) } satisfies FuzzReply),
  );
});
process.send?.('pronto');
