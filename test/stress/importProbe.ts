/**
 * Child process that previews workbooks against a plan file, the way the app does (worker, limits, mapping),
 * printing one JSON line per workbook and a last line with the process's peak memory.
 * Why a child: a workbook that kills the process must show up as a dead child, not as a dead test runner;
 * and the peak memory (`maxRSS`, worker threads included) is the child's own.
 * Usage: tsx test/stress/importProbe.ts PLAN.pira WORKBOOK…
 */
import fs from 'node:fs';
import { openPlanFile } from '../../db/planFile';
import { prepareImport } from '../../electron/exchange/exchangeService';

export interface ProbeLine {
  file: string;
  outcome: 'refused' | 'preview' | 'error';
  message: string;
  ms: number;
}

export interface ProbeSummary {
  maxRssMb: number;
}

async function main([planPath, ...workbooks]: string[]): Promise<void> {
  const file = openPlanFile(planPath ?? '', { readonly: true });
  const planId = file.repo.listPlans()[0]?.id ?? null;
  for (const workbook of workbooks) {
    const started = Date.now();
    let line: Omit<ProbeLine, 'ms'>;
    try {
      const prepared = await prepareImport(file, planId, fs.readFileSync(workbook), { year: 2024 });
      line = { file: workbook, outcome: 'preview', message: `${prepared.preview.problems.length} problemi` };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const message = error instanceof Error ? error.message : String(error);
      line = { file: workbook, outcome: code === 'import-refused' ? 'refused' : 'error', message };
    }
    process.stdout.write(`${JSON.stringify({ ...line, ms: Date.now() - started })}\n`);
  }
  file.close();
  const summary: ProbeSummary = { maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

await main(process.argv.slice(2));
