// The worksheet visitor charges each cell where SheetJS will put it: references with `$`, lower case, omitted,
// whole columns in hyperlinks; a refusal names the sheet, row and column of the cell that crossed a limit.
import { describe, expect, it } from 'vitest';
import { ExpansionBudget } from '../../electron/exchange/expansionBudget';
import { ImportRefusedError } from '../../electron/exchange/importRefused';
import { DEFAULT_LIMITS, type ParseLimits } from '../../electron/exchange/limits';
import { worksheetVisitor } from '../../electron/exchange/xlsxExpansion';
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
    ['a lower-case reference', '<row r="5"><c r="c5"><v>1</v></c></row>', { maxColumns: 2 }, /oltre la colonna 2/],
    ['a reference far below the rows', '<row><c r="B78035586"><v>1</v></c></row>', {}, /oltre la riga 20\.000/],
    ['a hyperlink over a whole column', '<row r="1"><c r="A1"><v>1</v></c></row><hyperlink ref="A:A"/>', {}, /oltre la riga 20\.000/],
    ['a hyperlink over a whole row', '<row r="1"><c r="A1"><v>1</v></c></row><hyperlink ref="3:3"/>', {}, /oltre la colonna 200/],
  ])('%s', (_, cells, limits, expected) => {
    expect(refusal(cells, limits)).toMatch(expected);
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

  it('ignores what is not a reference', () => {
    expect(refusal('<row r="2"><c r="A2B"><v>1</v></c><c r="$"><v>1</v></c></row>', { maxColumns: 2 })).toBeNull();
  });
});
