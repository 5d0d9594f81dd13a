/**
 * The single message the parse worker sends back to its parent.
 * Why: both sides of the thread boundary import the same type.
 */
import type { WorkbookData } from '../../shared/exchange/sheetTypes';

export type WorkerReply = { ok: true; workbook: WorkbookData } | { ok: false; message: string };
