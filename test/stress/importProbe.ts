/**
 * Child process that previews workbooks against a plan file, the way the app does (parse process, limits,
 * mapping), printing one JSON line per workbook and a last line with the peak memory.
 * Why a child: a workbook that kills the process must show up as a dead child, not as a dead test runner; and the
 * peak memory of each workbook (this process and the parse process it starts, processMemory.ts) is measured alone.
 * Usage: tsx test/stress/importProbe.ts PLAN.pira WORKBOOK…
 */
import fs from 'node:fs';
import { openPlanFile } from '../../db/planFile';
import { prepareImport } from '../../electron/exchange/exchangeService';
import { resetPeak, sampleTreePeak } from './processMemory';

export interface ProbeLine {
  file: string;
  outcome: 'refused' | 'preview' | 'error';
  message: string;
  ms: number;
  /** Peak of this process and its parse process while reading this workbook (null: not measurable here). */
  peakMb: number | null;
}

export interface ProbeSummary {
  maxRssMb: number;
}

async function main([planPath, ...workbooks]: string[]): Promise<void> {
  const file = openPlanFile(planPath ?? '', { readonly: true });
  const planId = file.repo.listPlans()[0]?.id ?? null;
  let maxMb = 0;
  for (const workbook of workbooks) {
    const started = Date.now();
    resetPeak(process.pid);
    const sampler = sampleTreePeak(process.pid);
    let line: Omit<ProbeLine, 'ms' | 'peakMb'>;
    try {
      const prepared = await prepareImport(file, planId, fs.readFileSync(workbook), { year: 2024 });
      line = { file: workbook, outcome: 'preview', message: `${prepared.preview.problems.length} problemi` };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const message = error instanceof Error ? error.message : String(error);
      line = { file: workbook, outcome: code === 'import-refused' ? 'refused' : 'error', message };
    }
    const peakMb = sampler.stop();
    maxMb = Math.max(maxMb, peakMb ?? 0);
    process.stdout.write(`${JSON.stringify({ ...line, ms: Date.now() - started, peakMb } satisfies ProbeLine)}\n`);
  }
  file.close();
  const summary: ProbeSummary = { maxRssMb: Math.max(maxMb, Math.round(process.resourceUsage().maxRSS / 1024)) };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

await main(process.argv.slice(2));
