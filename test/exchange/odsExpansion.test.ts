// Issue 19: the ODS budget reads repeats, elements and attributes as SheetJS's parse_content_xml does. A repeat
// both its readings (`+x` for rows, `parseInt` for columns) agree on is counted at that value; anything else
// (fractions, exponents, signs, hex, zero, overflow) is refused as damaged, and the structures SheetJS would
// misplace (nested cells, a cell outside a row) too.
import { describe, expect, it } from 'vitest';
import { ExpansionBudget } from '../../electron/exchange/expansionBudget';
import { ImportRefusedError } from '../../electron/exchange/importRefused';
import { DEFAULT_LIMITS, type ParseLimits } from '../../electron/exchange/limits';
import { odsContentVisitor } from '../../electron/exchange/odsExpansion';
import { NumberScan } from '../../electron/exchange/numberScan';
import { OdsFormats } from '../../electron/exchange/odsFormats';
import { odsXmlVisitor } from '../../electron/exchange/odsTag';
import { odsAttribute, repeatCount, sheetJsAttribute } from '../../electron/exchange/sheetJsSyntax';
import { scanXml } from '../../electron/exchange/xmlScan';

const NS = 'xmlns:office="o" xmlns:table="t" xmlns:text="x" xmlns:calcext="c" xmlns:number="n" xmlns:style="s"';
function refusal(rows: string, limits: Partial<ParseLimits> = {}, automaticStyles = ''): string | null {
  const xml = `<office:document-content ${NS}><office:automatic-styles>${automaticStyles}</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="Indicatori">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;
  try {
    scanXml(Buffer.from(xml, 'utf8'), odsXmlVisitor(odsContentVisitor(new ExpansionBudget({ ...DEFAULT_LIMITS, ...limits }), new OdsFormats())));
    return null;
  } catch (error) {
    if (error instanceof ImportRefusedError) return error.message;
    throw error;
  }
}
const textCell = (attributes: string) => `<table:table-row><table:table-cell office:value-type="string" ${attributes}><text:p>x</text:p></table:table-cell></table:table-row>`;

describe('repeat counts as SheetJS reads them', () => {
  it.each(['1000000000.5', '1e9', '-5', '0', '0x10', 'Infinity', 'NaN', '', '1.0', ' ', '5abc'])('refuses number-columns-repeated="%s" as damaged', (written) => {
    expect(refusal(textCell(`table:number-columns-repeated="${written}"`))).toBe(
      `Il file è danneggiato: il foglio «Indicatori», riga 1 ripete una cella «${written}» volte: serve un numero intero positivo. Salvarlo di nuovo e riprovare.`,
    );
  });

  it('refuses fractional and signed row and space repeats too', () => {
    expect(refusal('<table:table-row table:number-rows-repeated="2.5"><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row>')).toMatch(/ripete una riga «2\.5» volte/);
    expect(refusal(textCell('').replace('<text:p>x', '<text:p>x<text:s text:c="-3"/>'))).toMatch(/ripete uno spazio «-3» volte/);
  });

  it('counts the whole numbers both readings agree on, huge ones at their value', () => {
    for (const written of ['+3', ' 3 ', '003']) expect(refusal(textCell(`table:number-columns-repeated="${written}"`), { maxColumns: 2 }), written).toMatch(/oltre la colonna 2/);
    expect(refusal(textCell(`table:number-columns-repeated="1${'0'.repeat(400)}"`))).toMatch(/oltre la colonna 200/);
    expect(repeatCount('1'.repeat(400))).toBe(Number.POSITIVE_INFINITY);
  });

  it('finds the repeat wherever SheetJS does: any prefix, any case, an unprefixed name cut at "_", the last one winning', () => {
    for (const attribute of ['x:number-columns-repeated="300"', 'table:Number-Columns-Repeated="300"', 'number-columns-repeated_x="300"', 'table:number-columns-repeated="1" x:number-columns-repeated="300"']) {
      expect(refusal(textCell(attribute)), attribute).toMatch(/oltre la colonna 200/);
    }
    // calcext:… does not overwrite a value already set (SheetJS's own exception)
    expect(sheetJsAttribute(' office:value-type="float" calcext:value-type="string"', 'value-type')).toBe('float');
    expect(sheetJsAttribute(' calcext:value-type="string" office:value-type="float"', 'value-type')).toBe('float');
  });

  it('reads a tag once for all its keys (odsAttribute) exactly as it reads each key alone', () => {
    const tags = [
      ' office:value-type="float" calcext:value-type="string"',
      ' calcext:value-type="string" office:value-type="float"',
      ' calcext:value-type="" office:value-type="float" VALUE-TYPE="x"',
      ' table:Number-Columns-Repeated="3" number-columns-repeated_x="4" x:STYLE-NAME="a" style-name="b"',
      ' xmlns:value="u" Value="1" office:value="2" office:string-value="a &amp; b"',
      ' a:value-type_x="1" value-type_y="2"',
      '',
    ];
    const keys = ['value-type', 'number-columns-repeated', 'style-name', 'value', 'string-value'];
    for (const tag of tags) for (const key of keys) expect(odsAttribute(tag, key), `${tag} ${key}`).toBe(sheetJsAttribute(tag, key));
  });

  it('recognises cells and rows by their local name, cut at "_", as SheetJS does', () => {
    expect(refusal('<table:table-row><x:table-cell_1 table:number-columns-repeated="300"><text:p>x</text:p></x:table-cell_1></table:table-row>')).toMatch(/oltre la colonna 200/);
  });
});

describe('what a repeated cell costs', () => {
  it('charges the text, notes and link of the cell once per copy', () => {
    const link = '<text:p><text:a xlink:href="' + 'h'.repeat(1000) + '">x</text:a></text:p>';
    const cell = `<table:table-row table:number-rows-repeated="100"><table:table-cell table:number-columns-repeated="100">${link}</table:table-cell></table:table-row>`;
    expect(refusal(cell, { maxTextChars: 5_000_000 })).toMatch(/più di 5\.000\.000 caratteri di testo/);
  });

  it('counts characters, not the bytes content.xml holds them in (the scan gives the ods visitors bytes)', () => {
    const cell = (text: string) => `<table:table-row><table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell></table:table-row>`;
    for (const letter of ['è', '–', '😀']) {
      // Ten characters and the paragraph's line break.
      const fits = letter.repeat(10 / letter.length);
      expect(refusal(cell(fits), { maxCellChars: 11 }), letter).toBeNull();
      expect(refusal(cell(fits + 'x'), { maxCellChars: 11 }), letter).toMatch(/contiene un testo di 12 caratteri/);
    }
  });
});

describe('number formats as SheetJS builds them (found by npm run fuzz)', () => {
  const percent = (name: string, inner: string) => `<number:percentage-style style:name="${name}">${inner}</number:percentage-style>`;
  const cellStyle = '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>';
  const styledCells = (repeat: number) => `<table:table-row><table:table-cell table:style-name="ce1" office:value-type="float" office:value="1" table:number-columns-repeated="${repeat}"><text:p>1</text:p></table:table-cell></table:table-row>`;

  it('refuses a digits attribute that expands to millions of zeros', () => {
    expect(refusal(styledCells(1), {}, percent('N1', '<number:number number:decimal-places="0" number:min-decimal-places="47194782"/>'))).toBe(
      'Il file è danneggiato: il formato numerico «N1» chiede 47.194.782 cifre. Salvarlo di nuovo e riprovare.',
    );
  });

  it('refuses a chain of style:map that doubles the format at each step', () => {
    const chain = ['<number:number-style style:name="N0"><number:number number:decimal-places="2"/></number:number-style>'];
    for (let i = 1; i <= 12; i++) {
      const map = `<style:map style:condition="value()&gt;=0" style:apply-style-name="N${i - 1}"/>`;
      chain.push(`<number:number-style style:name="N${i}"><number:number/>${map}${map}</number:number-style>`);
    }
    expect(refusal(styledCells(1), {}, chain.join(''))).toMatch(/il formato numerico «N\d+» supera 1\.000 caratteri/);
  });

  it('charges every copy of a styled cell the length of its format', () => {
    const styles = percent('N1', '<number:number number:decimal-places="90" number:min-decimal-places="90"/><number:text>%</number:text>') + cellStyle;
    expect(refusal(styledCells(150), { maxTextChars: 30_000 }, styles)).toMatch(/più di 30\.000 caratteri di testo/);
    expect(refusal(styledCells(150), { maxTextChars: 30_000 }, cellStyle)).toBeNull();
  });
});

describe('structures SheetJS would misplace are refused', () => {
  it.each([
    ['a cell inside a cell', '<table:table-row><table:table-cell><table:table-cell/></table:table-cell></table:table-row>', /contiene una cella dentro una cella/],
    ['a paragraph inside a paragraph', '<table:table-row><table:table-cell><text:p><text:p>x</text:p></text:p></table:table-cell></table:table-row>', /contiene un paragrafo dentro un paragrafo/],
    ['a row inside a row', '<table:table-row><table:table-row/></table:table-row>', /contiene una riga dentro una riga/],
    ['a cell outside any row', '<table:table-cell><text:p>x</text:p></table:table-cell>', /ha una cella fuori da ogni riga/],
  ])('%s', (_, rows, message) => {
    expect(refusal(rows)).toMatch(message);
  });

  it('a self-closing row does not move SheetJS down: the next row is charged on the same row', () => {
    const rows = `<table:table-row table:number-rows-repeated="19999"/>${textCell('')}`;
    expect(refusal(rows, { maxRows: 1 })).toBeNull();
  });
});

describe('numbers that cannot be read, found on the same scan', () => {
  it('marks every cell of a repeated tag, each with its place and what it shows', () => {
    const numbers = new NumberScan();
    const empty = (shown: string) => `<table:table-cell office:value-type="float" office:value=""><text:p>${shown}</text:p></table:table-cell>`;
    const rows = [empty('4') + '<table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell>', empty('5') + '<table:table-cell office:value-type="float" office:value=""/>'];
    const xml = `<office:document-content ${NS}><office:body><office:spreadsheet><table:table table:name="Dati">${rows.map((r) => `<table:table-row>${r}</table:table-row>`).join('')}</table:table></office:spreadsheet></office:body></office:document-content>`;
    scanXml(Buffer.from(xml, 'utf8'), odsXmlVisitor(odsContentVisitor(new ExpansionBudget(DEFAULT_LIMITS), new OdsFormats(), numbers)));
    expect(numbers.found.map((f) => [f.row, f.column, f.written, f.shown])).toEqual([
      [0, 0, '', '4'],
      [1, 0, '', '5'],
      [1, 1, '', ''],
    ]);
  });
});
