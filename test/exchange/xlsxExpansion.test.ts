// The worksheet visitor charges each cell where SheetJS will put it and as SheetJS reads it (issue 19: its
// decode_cell, safe_decode_range, parsexmltag and parseInt, not ours): references with `$`, lower case, omitted,
// hyperlink ranges, a type alone, a value after the cell's end tag; a refusal names the sheet, row and column.
import { describe, expect, it } from 'vitest';
import { ExpansionBudget } from '../../electron/exchange/expansionBudget';
import { ImportRefusedError } from '../../electron/exchange/importRefused';
import { DEFAULT_LIMITS, type ParseLimits } from '../../electron/exchange/limits';
import { sharedStringsVisitor } from '../../electron/exchange/xlsxExpansion';
import { worksheetVisitor } from '../../electron/exchange/worksheetExpansion';
import { scanXml } from '../../electron/exchange/xmlScan';

function refusal(sheetData: string, limits: Partial<ParseLimits>, sharedLengths: number[] = []): string | null {
  const xml = `<worksheet><sheetData>${sheetData}</sheetData></worksheet>`;
  const budget = new ExpansionBudget({ ...DEFAULT_LIMITS, ...limits });
  try {
    scanXml(Buffer.from(xml, 'utf8'), worksheetVisitor('Piano', sharedLengths, budget));
    return null;
  } catch (error) {
    if (error instanceof ImportRefusedError) return error.message;
    throw error;
  }
}

describe('worksheet cells charged where SheetJS puts them', () => {
  it.each([
    ['an absolute reference', '<row r="5"><c r="$C$5"><v>1</v></c></row>', { maxRows: 4 }, /oltre la riga 4/],
    ['a reference far below the rows', '<row><c r="B78035586"><v>1</v></c></row>', {}, /oltre la riga 20\.000/],
    ['letters after the digits (decode_cell reads A2B as column AB)', '<row r="2"><c r="A2B"><v>1</v></c></row>', { maxColumns: 2 }, /oltre la colonna 2/],
    ['a hyperlink over the whole grid', '<row r="1"><c r="A1"><v>1</v></c></row><hyperlink ref="A1:XFD1048576"/>', {}, /oltre la riga 20\.000/],
    ['a hyperlink whose ref SheetJS reads in upper case only', '<hyperlink REF="A1:A30000"/>', {}, /oltre la riga 20\.000/],
  ])('%s', (_, cells, limits, expected) => {
    expect(refusal(cells, limits)).toMatch(expected);
  });

  it('refuses a reference SheetJS would put nowhere (its cell silently dropped): lower case, no digits, nothing', () => {
    for (const ref of ['c5', '$', 'A0']) {
      expect(refusal(`<row r="5"><c r="${ref}"><v>1</v></c></row>`, {}), ref).toBe(`Il file è danneggiato: il foglio «Piano» ha una cella con un riferimento non valido («${ref}»). Salvarlo di nuovo e riprovare.`);
    }
  });

  it('charges a hyperlink the cells safe_decode_range gives it (a whole column is one cell to SheetJS)', () => {
    expect(refusal('<row r="1"><c r="A1"><v>1</v></c></row><hyperlink ref="A:A"/><hyperlink ref="3:3"/>', { maxCells: 3 })).toBeNull();
    expect(refusal('<hyperlink ref="A1:B2"/>', { maxCells: 3 })).toMatch(/più di 3 celle/);
  });

  it('places a cell without a reference after the previous one, on the row of its <row r>', () => {
    const cells = '<row r="3"><c r="A3"><v>1</v></c><c t="s"><v>0</v></c></row>';
    expect(refusal(cells, { maxCellChars: 10 }, [11])).toBe('Il foglio «Piano», riga 3, colonna B contiene un testo di 11 caratteri: il limite è 10.');
  });

  it('counts every cell and every character, and names the cell that crosses the total', () => {
    const row = (r: number) => `<row r="${r}"><c r="A${r}" t="s"><v>0</v></c><c r="B${r}" t="s"><v>0</v></c></row>`;
    expect(refusal(row(1) + row(2), { maxCells: 3 }, [5])).toBe(
      'Il file ha più di 3 celle con dati, contando ogni cella ripetuta: limite superato nel foglio «Piano», riga 2, colonna B.',
    );
    expect(refusal(row(1) + row(2), { maxTextChars: 12 }, [5])).toMatch(/più di 12 caratteri di testo.*riga 2, colonna A\.$/);
    expect(refusal(row(1) + row(2), { maxCells: 4, maxTextChars: 20 }, [5])).toBeNull();
  });

  it('counts a cell that has only a type (SheetJS creates it), not an empty number or shared string', () => {
    const typed = '<row r="1"><c r="A1" t="b"/><c r="B1" t="e"/><c r="C1" t="str"/><c r="D1" t="inlineStr"/><c r="E1" t="x"/></row>';
    expect(refusal(typed, { maxCells: 4 })).toMatch(/più di 4 celle.*colonna E/);
    expect(refusal('<row r="1"><c r="A1" t="n"/><c r="B1" t="s"/><c r="C1"/><c r="D1"><v></v></c></row>', { maxCells: 0 })).toBeNull();
  });

  it('reads the value as SheetJS does: the first <v> from the cell to the next, its index with parseInt after unescaping', () => {
    const long = [11, 1];
    const cases = [
      '<c r="A1" t="s"/><v>0</v>', // a value after the end tag still belongs to the cell
      '<c r="A1" t="s"><v>0.9</v></c>',
      '<c r="A1" t="s"><v>&#48;</v></c>',
      '<c r="A1" t="s"><v>_x0030_</v></c>',
      '<c r="A1" t="s"><v> 0</v></c>',
      '<c r="A1" t="s"><v>0</v><v>1</v></c>',
      '<c r="A1" t="n" T="s"><v>0</v></c>', // parsexmltag: lower-cased, the last one wins
    ];
    for (const cell of cases) expect(refusal(`<row r="1">${cell}</row>`, { maxCellChars: 10 }, long), cell).toMatch(/contiene un testo di 11 caratteri/);
  });

  it('refuses element names SheetJS would read as another element', () => {
    for (const cell of ['<c r="A1" t="s"><v-x>1</v-x><v>0</v></c>', '<c r="A1" t="s"><v:x>1</v:x><v>0</v></c>']) {
      expect(refusal(`<row r="1">${cell}</row>`, {}), cell).toMatch(/^Il file è danneggiato: il foglio «Piano» contiene un elemento XML inatteso/);
    }
  });
});

describe('shared strings counted in SheetJS order', () => {
  const lengths = (xml: string) => {
    const visitor = sharedStringsVisitor();
    scanXml(Buffer.from(xml, 'utf8'), visitor);
    return visitor.lengths;
  };
  it('one string per </si> or </sstItem> (a self-closing <si/> joins the next one), phonetic runs left out', () => {
    expect(lengths('<sst><si><t>abc</t></si><si/><x:si><x:r><x:t>de</x:t></x:r><x:rPh><x:t>zzz</x:t></x:rPh></x:si><sstItem><t>f</t></sstItem></sst>')).toEqual([3, 2, 1]);
  });
});
