import { describe, expect, it } from 'vitest';
import { agreeing, countOf, quotedOrEmpty } from '../../shared/italianText';

describe('countOf', () => {
  it.each([
    [0, '0 schede'],
    [1, '1 scheda'],
    [2, '2 schede'],
    [18, '18 schede'],
    [1800, '1.800 schede'],
  ])('%i → %s', (n, text) => {
    expect(countOf(n, 'scheda', 'schede')).toBe(text);
  });
  it('agrees adjectives too', () => {
    expect(countOf(1, 'target scritto', 'target scritti')).toBe('1 target scritto');
    expect(agreeing(1, 'mostrata', 'mostrate')).toBe('mostrata');
    expect(agreeing(3, 'mostrata', 'mostrate')).toBe('mostrate');
  });
});

describe('quotedOrEmpty', () => {
  it.each([
    ['Volume', '«Volume»'],
    ['', '(vuoto)'],
    ['   ', '(vuoto)'],
  ])('%j → %s', (text, shown) => {
    expect(quotedOrEmpty(text)).toBe(shown);
  });
});
