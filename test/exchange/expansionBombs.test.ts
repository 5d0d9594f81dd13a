// Issue 10, defect 1: small crafted workbooks that expand enormously in the parser (repeated cells and rows,
// one huge shared string referenced by every cell, hyperlink and dimension ranges, entity expansion) are refused
// in Italian, quickly, below 1 GB, by a process that survives them, and the plan file stays byte-for-byte unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { exportPlanWorkbook } from '../../electron/exchange/exchangeService';
import { DEFAULT_LIMITS } from '../../electron/exchange/limits';
import { tempFolder } from '../db/tempFiles';
import { hostileWorkbooks } from '../stress/hostileWorkbooks';
import type { ProbeLine, ProbeSummary } from '../stress/importProbe';
import { runTsx } from '../stress/runTsx';

const folder = tempFolder();
const planPath = folder.file('piano.pira');
let bombs: { name: string; file: string; bytes: number }[] = [];

beforeAll(() => {
  createSampleFile(planPath).close();
  const file = openPlanFile(planPath, { readonly: true });
  const exports = {
    xlsx: exportPlanWorkbook(file, 1, 'xlsx', null).data,
    ods: exportPlanWorkbook(file, 1, 'ods', null).data,
  };
  file.close();
  bombs = hostileWorkbooks(exports).map((bomb, i) => {
    const target = folder.file(`bomba${i}.${bomb.format}`);
    fs.writeFileSync(target, bomb.bytes);
    return { name: bomb.name, file: target, bytes: bomb.bytes.length };
  });
});
afterAll(() => folder.remove());

describe('workbooks that expand in the parser', () => {
  it('are within the file size limit (the danger is in what they expand to)', () => {
    expect(bombs.length).toBeGreaterThanOrEqual(9);
    for (const bomb of bombs) expect(bomb.bytes, bomb.name).toBeLessThan(DEFAULT_LIMITS.maxFileBytes / 2);
  });

  it('are each refused in Italian within 60 s, the process surviving below 1 GB, the plan untouched', async () => {
    const before = fs.readFileSync(planPath);
    const result = await runTsx(path.join('test', 'stress', 'importProbe.ts'), [planPath, ...bombs.map((b) => b.file)], {
      timeoutMs: 5 * 60_000,
    });
    expect(result.signal, result.stderr.slice(-2000)).toBeNull();
    expect(result.code, result.stderr.slice(-2000)).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as ProbeLine | ProbeSummary);
    const outcomes = lines.filter((line): line is ProbeLine => 'file' in line);
    const summary = lines.find((line): line is ProbeSummary => 'maxRssMb' in line);
    expect(outcomes.map((o) => o.file)).toEqual(bombs.map((b) => b.file));
    for (const [i, outcome] of outcomes.entries()) {
      const name = bombs[i]?.name;
      expect(outcome.outcome, `${name}: ${outcome.message}`).toBe('refused');
      expect(outcome.message, name).toMatch(/^(Il|La|Le|Nel) /);
      expect(outcome.message, name).not.toMatch(/\b(the|of|is|invalid|error|memory|heap)\b/i);
      expect(outcome.ms, name).toBeLessThan(60_000);
      expect(outcome.peakMb ?? 0, `${name}: memoria del processo e del processo di lettura`).toBeLessThan(1024);
    }
    expect(summary?.maxRssMb).toBeLessThan(1024);
    expect(fs.readFileSync(planPath).equals(before)).toBe(true);
  }, 300_000);
});
