// Issue 10, defect 8: sizes in refusals read differently from their limit ("20 MB: il limite è 20 MB" said
// nothing); the same wording wherever the size is checked (the importer and the CLI's input reader).
import { describe, expect, it } from 'vitest';
import { formatCount, formatMegabytes, formatSizeAgainstLimit, tooLargeMessage } from '../../electron/exchange/importRefused';
import { parseWorkbookInWorker } from './parseOne';
import { DEFAULT_LIMITS } from '../../electron/exchange/limits';

const MB = 1024 * 1024;

describe('sizes against their limit', () => {
  it.each([
    [25 * MB, 20 * MB, '25 MB', '20 MB'],
    [20.5 * MB, 20 * MB, '20,5 MB', '20 MB'],
    [20 * MB + 20_000, 20 * MB, '20,02 MB', '20 MB'],
    [20 * MB + 1, 20 * MB, '20.971.521 byte', '20.971.520 byte'],
    [1536 * MB, 20 * MB, '1.536 MB', '20 MB'],
  ])('%d bytes against %d', (size, limit, shownSize, shownLimit) => {
    expect(formatSizeAgainstLimit(size, limit)).toEqual({ size: shownSize, limit: shownLimit });
  });

  it('formats megabytes the Italian way', () => {
    expect(formatMegabytes(1234.5 * MB, 1)).toBe('1.234,5 MB');
    expect(formatMegabytes(2 * MB, 2)).toBe('2 MB');
  });

  it('the importer refuses a file one byte over the limit with two different figures', async () => {
    const over = Buffer.alloc(DEFAULT_LIMITS.maxFileBytes + 1);
    await expect(parseWorkbookInWorker(over)).rejects.toMatchObject({
      message: tooLargeMessage(over.length, DEFAULT_LIMITS.maxFileBytes),
    });
    expect(tooLargeMessage(over.length, DEFAULT_LIMITS.maxFileBytes)).toBe(
      'Il file è troppo grande (20.971.521 byte): il limite è 20.971.520 byte.',
    );
  });
});

describe('counts in refusals', () => {
  // Issue 19: the fuzzer's ODS space repeated 10^400 times was refused as "un testo di Infinity caratteri".
  it('are Italian whatever their size', () => {
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(1e15)).toBe('più di 1.000.000.000.000.000');
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('più di 1.000.000.000.000.000');
    expect(formatCount(1e300)).not.toMatch(/e\+|Infinity/);
  });
});
