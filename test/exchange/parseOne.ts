// One file read in a parse process of its own, as an import of that file alone reads it: the tests of the parse
// process and of the refusals ask for one workbook at a time.
import type { WorkbookData } from '../../shared/exchange/sheetTypes';
import { DEFAULT_LIMITS, type ParseLimits } from '../../electron/exchange/limits';
import { ParseSession } from '../../electron/exchange/parseInWorker';

export async function parseWorkbookInWorker(bytes: Uint8Array, limits: ParseLimits = DEFAULT_LIMITS): Promise<WorkbookData> {
  const session = new ParseSession(limits);
  try {
    return await session.read(bytes);
  } finally {
    session.close();
  }
}
