// parse_text_p as odsValues.ts copies it: its shortcut that returns a plain paragraph unchanged must give what
// SheetJS's steps give, for every text (here the steps as odsValues.ts copies them, without the shortcut).
import { describe, expect, it } from 'vitest';
import { parseTextP } from '../../electron/exchange/odsValues';
import { sheetJsUnescape } from '../../electron/exchange/sheetJsSyntax';

function sheetJsSteps(xml: string): string {
  const fixed = xml
    .replace(/[\t\r\n]/g, ' ')
    .trim()
    .replace(/ +/g, ' ')
    .replace(/<text:s\/>/g, ' ')
    .replace(/<text:s text:c="(\d+)"\/>/g, (_, count: string) => Array(parseInt(count, 10) + 1).join(' '))
    .replace(/<text:tab[^<>]*\/>/g, '\t')
    .replace(/<text:line-break\/>/g, '\n');
  return sheetJsUnescape(fixed.replace(/<[^<>]*>/g, ''));
}

describe('parseTextP', () => {
  it('reads random paragraphs as SheetJS’s steps do', () => {
    const alphabet = ['a', 'Z', ' ', '_', 'x', 'X', '_x0041_', '\t', '\n', '\r', '\u00A0', '\u2028', 'è', '&amp;', '<text:s/>', '<text:tab/>', '~', '\u007F', '\u0001'];
    let seed = 21;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 20000; n++) {
      let xml = '';
      for (let k = Math.floor(random() * 8); k > 0; k--) xml += alphabet[Math.floor(random() * alphabet.length)];
      expect(parseTextP(xml), JSON.stringify(xml)).toBe(sheetJsSteps(xml));
    }
  });
});
