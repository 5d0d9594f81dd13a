// The premessa's formatting buttons as text edits: bold/italic wrap (and unwrap) the selection, bullets toggle on
// every touched line; what they produce is read back by the print's parser as bold, italic and list items.
import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../renderer/features/print/richText';
import { toggleBullets, wrapSelection } from '../../renderer/features/settings/markupEdits';

/** `[` and `]` mark the selection in the table's texts. */
function at(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { text: marked.replace('[', '').replace(']', ''), start, end };
}
function show(edit: { text: string; selectionStart: number; selectionEnd: number }): string {
  return `${edit.text.slice(0, edit.selectionStart)}[${edit.text.slice(edit.selectionStart, edit.selectionEnd)}]${edit.text.slice(edit.selectionEnd)}`;
}

describe('wrapSelection', () => {
  it.each<[string, '**' | '*', string]>([
    ['Il [Piano] è', '**', 'Il **[Piano]** è'],
    ['Il **[Piano]** è', '**', 'Il [Piano] è'], // pressed again: unwrapped
    ['Il [Piano] è', '*', 'Il *[Piano]* è'],
    ['Il *[Piano]* è', '*', 'Il [Piano] è'],
    ['Il **[Piano]** è', '*', 'Il ***[Piano]*** è'], // italics inside bold is not an unwrap
    ['fine[]', '**', 'fine**[testo]**'], // nothing selected: a placeholder to type over
  ])('%s with %s → %s', (marked, mark, expected) => {
    const { text, start, end } = at(marked);
    expect(show(wrapSelection(text, start, end, mark))).toBe(expected);
  });

  it('produces what the print shows as bold and italic', () => {
    const bold = wrapSelection('Il Piano è', 3, 8, '**').text;
    expect(parseRichText(bold)).toEqual([{ kind: 'paragraph', lines: [[
      { text: 'Il ', italic: false, bold: false },
      { text: 'Piano', italic: false, bold: true },
      { text: ' è', italic: false, bold: false },
    ]] }]);
    expect(parseRichText(wrapSelection('Il Piano è', 3, 8, '*').text)[0]).toMatchObject({ lines: [[{}, { text: 'Piano', italic: true }, {}]] });
  });
});

describe('toggleBullets', () => {
  it.each<[string, string]>([
    ['Premessa\n[uno\ndue]\nfine', 'Premessa\n[- uno\n- due]\nfine'],
    ['Premessa\n- u[no\n- du]e\nfine', 'Premessa\n[uno\ndue]\nfine'], // all bullets already: plain again
    ['[]solo', '[- solo]'],
    ['a\n[b\n\nc]', 'a\n[- b\n\n- c]'], // blank lines stay blank
  ])('%j → %j', (marked, expected) => {
    const { text, start, end } = at(marked);
    expect(show(toggleBullets(text, start, end))).toBe(expected);
  });

  it('produces a list for the print', () => {
    const { text } = toggleBullets('uno\ndue', 0, 7);
    expect(parseRichText(text)).toMatchObject([{ kind: 'list', items: [{ number: null }, { number: null }] }]);
  });
});
