// The description/premessa markup → printable blocks: paragraphs, lists, italics, literal asterisks.
import { describe, expect, it } from 'vitest';
import { parseRichText, parseSpans, type Block } from '../../renderer/features/print/richText';

const plain = (text: string) => ({ text, italic: false, bold: false });
const italic = (text: string) => ({ text, italic: true, bold: false });
const bold = (text: string) => ({ text, italic: false, bold: true });

describe('parseSpans', () => {
  it.each([
    ['testo semplice', [plain('testo semplice')]],
    ['una *parola* in corsivo', [plain('una '), italic('parola'), plain(' in corsivo')]],
    ['il **Piano** e *“la citazione”*', [plain('il '), bold('Piano'), plain(' e '), italic('“la citazione”')]],
    ['Formazione specialistica su anticorruzione*', [plain('Formazione specialistica su anticorruzione*')]],
    ['*Target modificato rispetto al PIAO 2024', [plain('*Target modificato rispetto al PIAO 2024')]],
    ['3 * 4 * 5', [plain('3 * 4 * 5')]],
    ['*a*', [italic('a')]],
  ])('%s', (input, expected) => {
    expect(parseSpans(input)).toEqual(expected);
  });
});

describe('parseRichText', () => {
  const cases: Array<[string, string, Block[]]> = [
    ['empty text', '  \n\n ', []],
    [
      'paragraphs split on blank lines, single breaks kept',
      'Primo paragrafo\nstessa riga dopo a capo\n\nSecondo',
      [
        { kind: 'paragraph', lines: [[plain('Primo paragrafo')], [plain('stessa riga dopo a capo')]] },
        { kind: 'paragraph', lines: [[plain('Secondo')]] },
      ],
    ],
    [
      'bullet list after an introduction, across blank lines',
      'Si tratta di:\n\n- Scouting.\n\n- Servizi\n- Interazione',
      [
        { kind: 'paragraph', lines: [[plain('Si tratta di:')]] },
        {
          kind: 'list',
          items: [
            { number: null, lines: [[plain('Scouting.')]] },
            { number: null, lines: [[plain('Servizi')]] },
            { number: null, lines: [[plain('Interazione')]] },
          ],
        },
      ],
    ],
    [
      'numbered items, also when written as "- 1)"',
      '1. Digitalizzazione\n2) Internazionalizzazione\n- 3) *Cultura*',
      [
        {
          kind: 'list',
          items: [
            { number: '1.', lines: [[plain('Digitalizzazione')]] },
            { number: '2)', lines: [[plain('Internazionalizzazione')]] },
            { number: '3)', lines: [[italic('Cultura')]] },
          ],
        },
      ],
    ],
    [
      'a paragraph after a list starts a new block; Windows line ends',
      '- voce\r\nTesto che segue',
      [
        { kind: 'list', items: [{ number: null, lines: [[plain('voce')]] }] },
        { kind: 'paragraph', lines: [[plain('Testo che segue')]] },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(parseRichText(input)).toEqual(expected);
  });

  it('does not take a negative number or a dash inside a word for a list item', () => {
    expect(parseRichText('-5% rispetto al 2023')).toEqual([{ kind: 'paragraph', lines: [[plain('-5% rispetto al 2023')]] }]);
    expect(parseRichText('2024 anno di avvio')).toEqual([{ kind: 'paragraph', lines: [[plain('2024 anno di avvio')]] }]);
  });
});
