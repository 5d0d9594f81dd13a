/**
 * The error raised when a workbook cannot be imported at all (unreadable, hostile, over the limits).
 * Why: it carries the API's `import-refused` code, so the dispatcher shows its Italian message as is
 * and the CLI prints it and exits non-zero.
 */
export class ImportRefusedError extends Error {
  readonly code = 'import-refused' as const;
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefusedError';
  }
}

/** Italian thousands separators for sizes and counts in refusal messages. */
export function formatCount(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function formatMegabytes(bytes: number): string {
  return `${formatCount(bytes / (1024 * 1024))} MB`;
}
