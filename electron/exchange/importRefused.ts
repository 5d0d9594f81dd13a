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

/** A parse process (or its worker thread) that reached its heap cap. */
/** A file of no bytes: said wherever it is found (the caller's check, the archive check, the parse process's read). */
export const EMPTY_FILE_MESSAGE = 'Il file è vuoto.';

export const OUT_OF_MEMORY_MESSAGE = 'Il file richiede troppa memoria per essere letto: file troppo complesso o sospetto. Il file non è stato importato.';

/** Past this a count is told as "più di …" (a repeat of 400 digits is Infinity to JavaScript). */
const COUNT_CEILING = 1e15;

/**
 * Italian thousands separators for sizes and counts in refusal messages; a count beyond 10^15 (Infinity included)
 * is "più di 1.000.000.000.000.000" (issue 19: the fuzzer found "un testo di Infinity caratteri").
 */
export function formatCount(n: number): string {
  if (Number.isNaN(n)) return 'un numero non leggibile di';
  const grouped = (x: number) => Math.round(x).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n >= COUNT_CEILING ? `più di ${grouped(COUNT_CEILING)}` : grouped(n);
}

const MB = 1024 * 1024;

/** `20 MB`, `20,5 MB`: megabytes with Italian decimals (up to `decimals`, trailing zeros dropped). */
export function formatMegabytes(bytes: number, decimals = 0): string {
  const fixed = (bytes / MB).toFixed(decimals).split('.');
  const whole = formatCount(Number(fixed[0]));
  const fraction = (fixed[1] ?? '').replace(/0+$/, '');
  return `${whole}${fraction ? `,${fraction}` : ''} MB`;
}

/**
 * A size and its limit, with as many decimals as it takes for them to read differently
 * (`20,01 MB` against `20 MB`, never `20 MB` against `20 MB`); bytes when even that is not enough.
 */
export function formatSizeAgainstLimit(bytes: number, limit: number): { size: string; limit: string } {
  for (let decimals = 1; decimals <= 3; decimals++) {
    const size = formatMegabytes(bytes, decimals);
    if (size !== formatMegabytes(limit, decimals)) return { size, limit: formatMegabytes(limit, decimals) };
  }
  return { size: `${formatCount(bytes)} byte`, limit: `${formatCount(limit)} byte` };
}

/** The refusal of a file over the size limit, in one wording for every place that checks it. */
export function tooLargeMessage(bytes: number, limit: number): string {
  const shown = formatSizeAgainstLimit(bytes, limit);
  return `Il file è troppo grande (${shown.size}): il limite è ${shown.limit}.`;
}
