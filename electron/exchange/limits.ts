/**
 * Limits applied to every workbook read for import, in one place so that the worker, the tests and the docs agree.
 * Why: an import file comes from outside (e-mail, a colleague's share); these bounds keep a hostile or broken file
 * from exhausting memory or time before SheetJS ever sees it.
 */
export interface ParseLimits {
  /** Size of the file as received. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes of all zip entries (zip bomb guard). */
  maxUncompressedBytes: number;
  /** Uncompressed size of one zip entry (a plan's largest part, an ODS content.xml at ×100, is about 27 MB). */
  maxPartBytes: number;
  /** Compression ratio above which a large entry is treated as a zip bomb. */
  maxCompressionRatio: number;
  maxZipEntries: number;
  maxSheets: number;
  /** Spreadsheet rows (1-based row numbers) and columns a sheet may use. */
  maxRows: number;
  maxColumns: number;
  /** Characters in one cell (Excel's own limit is 32.767). */
  maxCellChars: number;
  /**
   * Cells holding data in the whole file, counted as the parser would expand them: a cell repeated a million
   * times (ODS `number-columns-repeated`) counts a million, a hyperlink over a range counts every cell it covers.
   */
  maxCells: number;
  /** Characters of text in the whole file, counted per cell: a shared string used by 1.000 cells counts 1.000 times. */
  maxTextChars: number;
  /** Wall-clock time of the parse; the worker is terminated when it runs out. */
  timeoutMs: number;
  /** Heap of the worker thread. */
  workerHeapMb: number;
}

export const DEFAULT_LIMITS: ParseLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 128 * 1024 * 1024,
  maxPartBytes: 64 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxZipEntries: 2_000,
  maxSheets: 60,
  maxRows: 20_000,
  maxColumns: 200,
  maxCellChars: 32_767,
  maxCells: 1_000_000,
  maxTextChars: 50_000_000,
  timeoutMs: 30_000,
  workerHeapMb: 512,
};
