// Limits with the expansion budget out of the way, so that the parser itself meets a bomb: the tests of the parse
// process (running out of memory, a session going on after it) share them.
import { DEFAULT_LIMITS, type ParseLimits } from '../../electron/exchange/limits';

export const unbudgeted = (heapMb: number): ParseLimits => ({
  ...DEFAULT_LIMITS,
  maxRows: Number.POSITIVE_INFINITY,
  maxColumns: Number.POSITIVE_INFINITY,
  maxCells: Number.POSITIVE_INFINITY,
  maxTextChars: Number.POSITIVE_INFINITY,
  workerHeapMb: heapMb,
  timeoutMs: 120_000,
});
