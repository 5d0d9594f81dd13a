// Footer texts of printed pages and their escaping into CSS strings (read by @page margin boxes).
import { describe, expect, it } from 'vitest';
import { cssString, localIsoDate, pageFooterTexts } from '../../renderer/features/print/pageFooter';

describe('cssString', () => {
  it.each([
    ['Camera di Commercio', '"Camera di Commercio"'],
    ['Piano "2024"', '"Piano \\"2024\\""'],
    ['a\\b', '"a\\\\b"'],
    ['riga 1\nriga 2', '"riga 1 riga 2"'],
  ])('%j', (text, expected) => {
    expect(cssString(text)).toBe(expected);
  });
});

describe('pageFooterTexts', () => {
  it('joins ente and title and shows the print date in Italian', () => {
    expect(pageFooterTexts({ ente: 'CCIAA Pistoia-Prato ', title: 'PIRA 2024' }, '2026-11-25')).toEqual({
      left: 'CCIAA Pistoia-Prato – PIRA 2024',
      right: 'Stampato il 25/11/2026',
    });
    expect(pageFooterTexts({ ente: '', title: 'PIRA 2024' }, '2024-07-01').left).toBe('PIRA 2024');
  });

  it('takes the local calendar day', () => {
    expect(localIsoDate(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
    expect(localIsoDate(new Date(2024, 0, 5, 0, 1))).toBe('2024-01-05');
  });
});
