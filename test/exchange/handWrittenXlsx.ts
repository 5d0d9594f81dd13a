// Hand-written xlsx parts for ownXlsxReader.test.ts: what an exported plan never holds but another program may write
// (rich text, phonetic runs, entities, `_x000D_`, 1904 dates, built-in and custom formats, errors, booleans, inline
// and formula strings, blank strings, sparse rows, cells past the limits), and writings the own reader leaves to
// SheetJS on purpose. Why by hand: SheetJS's writer produces none of these.
import type { ParseLimits } from '../../electron/exchange/limits';

export interface HandWritten {
  name: string;
  entries: { name: string; data: Buffer }[];
  /** Whether the own reader must read it (false: it must hand it to SheetJS). */
  own: boolean;
  /** Whether both readers must refuse it. */
  refused?: boolean;
  limits?: Partial<ParseLimits>;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

interface Book {
  sheets: { name: string; xml: string }[];
  strings?: string[];
  styles?: string;
  date1904?: boolean;
}

/** A worksheet part around `rows` (the content of sheetData), with `after` following it. */
export const sheet = (rows: string, after = '') => `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
const table = (items: string[]) => `${HEAD}<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
const styles = (numFmts: string, xfs: string) => `${HEAD}<styleSheet xmlns="${MAIN}">${numFmts}<cellXfs count="1">${xfs}</cellXfs></styleSheet>`;

function book({ sheets, strings, styles: styleSheet, date1904 }: Book): { name: string; data: Buffer }[] {
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (strings) rels.push(`<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (styleSheet) rels.push(`<Relationship Id="rY" Type="${REL}/styles" Target="styles.xml"/>`);
  const entries = [
    { name: '[Content_Types].xml', data: `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>` },
    {
      name: 'xl/workbook.xml',
      data: `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="${date1904 ? 1 : 0}"/><sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    },
    { name: 'xl/_rels/workbook.xml.rels', data: `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>` },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })),
    ...(strings ? [{ name: 'xl/sharedStrings.xml', data: table(strings) }] : []),
    ...(styleSheet ? [{ name: 'xl/styles.xml', data: styleSheet }] : []),
  ];
  return entries.map((e) => ({ name: e.name, data: Buffer.from(e.data, 'utf8') }));
}

const STRINGS = [
  '<si><t>Indicatore</t></si>',
  '<si><r><rPr><b/><sz val="11"/><vertAlign val="superscript"/></rPr><t>Ric</t></r><r><t xml:space="preserve">co _x0041_ </t></r></si>',
  '<si><r><t>漢字</t></r><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>',
  '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>',
  '<si><t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233; &#x4E2D; &#13;&#10;fine</t></si>',
  '<si><t>riga_x000D_\r\nriga _x005F_x0041_ _X0042_</t></si>',
  '<si><t></t></si>',
  '<si><t xml:space="preserve">   </t></si>',
  '<si></si>',
  '<si><rPh sb="0" eb="1"><t>solo fonetica</t></rPh></si>',
  '<si>\n  <r><t>a</t></r>\n  <t>b</t>\n</si>',
];

/** Styles: 0 General, 1 built-in 9 (0%), 2 built-in 10, 3 built-in 14 (m/d/yy), 4 id 5 (no table entry), 5 custom 164, 6 custom 165, 7 id 400 (moved), 8 custom d.m, 9 22. */
const STYLES = styles(
  '<numFmts count="4"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/><numFmt numFmtId="400" formatCode="#,##0.00 &quot;€&quot;"/><numFmt numFmtId="166" formatCode="d.m"/></numFmts>',
  ['0', '9', '10', '14', '5', '164', '165', '400', '166', '22'].map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join(''),
);

const c = (ref: string, attributes: string, content: string) => `<c r="${ref}"${attributes}>${content}</c>`;
const v = (text: string) => `<v>${text}</v>`;

/** Every kind of cell, on a sheet with shared strings and styles. */
function everyKind(): string {
  const rows: string[] = [];
  rows.push(`<row r="1">${STRINGS.map((_, i) => c(`${String.fromCharCode(65 + i)}1`, ' t="s"', v(String(i)))).join('')}</row>`);
  const numbers = ['0.375', '46.56', '45473', '45473.9999999', '60', '1', '-3', '1e3', ' 12 ', '0x10', '1.5E-3', '', '2958466'];
  rows.push(`<row r="2">${numbers.map((n, i) => c(`${String.fromCharCode(65 + i)}2`, ` s="${i % 10}"`, v(n))).join('')}</row>`);
  rows.push(
    `<row r="3">${[
      c('A3', ' t="e"', v('#DIV/0!')),
      c('B3', ' t="e"', v('#N/A')),
      c('C3', ' t="e"', v('#WHAT')),
      c('D3', ' t="e"', v('constructor')),
      c('E3', ' t="b"', v('1')),
      c('F3', ' t="b"', v('0')),
      c('G3', ' t="b"', v('true')),
      c('H3', ' t="b"', ''),
      c('I3', ' t="e"', ''),
    ].join('')}</row>`,
  );
  rows.push(
    `<row r="4">${[
      c('A4', ' t="inlineStr"', '<is><t>in linea</t></is>'),
      c('B4', ' t="inlineStr"', '<is><r><t>ric</t></r><r><rPr><i/></rPr><t>co</t></r></is>'),
      c('C4', ' t="inlineStr"', '<is></is>'),
      c('D4', ' t="inlineStr"', '<is><t xml:space="preserve"> </t></is>'),
      c('E4', ' t="inlineStr"', ''),
      c('F4', ' t="str"', '<f>A1&amp;B1</f><v>x &amp;amp; y &#233;_x000D_</v>'),
      c('G4', ' t="str"', '<f>""</f>'),
      c('H4', ' s="3"', '<f>TODAY()</f><v>45473</v>'),
      c('I4', ' t="n"', '<f>1+1</f><v>2</v>'),
      c('J4', ' t="s"', v('&#55;')),
      c('K4', ' t="x"', v('strano')),
      c('L4', ' t=""', v('5')),
      c('M4', ' s="99"', v('5')),
      c('N4', ' s="abc"', v('5')),
    ].join('')}</row>`,
  );
  rows.push(
    `<row r="5">${[
      c('A5', ' t="d" s="3"', v('2024-06-30')),
      c('B5', ' t="d"', v('2024-06-30T12:00:00')),
      c('C5', ' t="d" s="6"', v('12:30')),
      c('D5', ' t="d"', v('non una data')),
      c('E5', ' t="d" s="9"', v('1899-12-31')),
    ].join('')}</row>`,
  );
  rows.push(`<row r="9"><c r="D9" t="s"><v>0</v></c><c r="Z9"><v>7</v></c></row><row r="300"><c r="B300"><v>1</v></c></row>`);
  rows.push('<row r="301"><c r="A301"><v>1</v></c><c r="A301" t="s"><v>6</v></c></row>'); // a later cell replaces an earlier one
  rows.push('<row r="302"/><row><c r="B303"><v>3</v></c></row>');
  return sheet(rows.join(''), '<hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks>');
}

export function handWritten(): HandWritten[] {
  const plain = (name: string, xml: string, extra: Partial<Book> = {}, own = true, more: Partial<HandWritten> = {}): HandWritten => ({
    name,
    entries: book({ sheets: [{ name: 'Dati', xml }], strings: STRINGS, styles: STYLES, ...extra }),
    own,
    ...more,
  });
  return [
    plain('every kind of cell', everyKind()),
    plain('every kind of cell, 1904 dates', everyKind(), { date1904: true }),
    plain('no styles, no shared strings', sheet('<row r="1"><c r="A1"><v>0.5</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>'), { strings: undefined, styles: undefined }),
    plain('prefixed elements', `${HEAD}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>0.5</x:v></x:c></x:row></x:sheetData></x:worksheet>`),
    plain('sheet names with _x0041_ and entities', sheet('<row r="1"><c r="A1"><v>1</v></c></row>'), { sheets: [{ name: 'a_x0041_b &amp; c', xml: sheet('<row r="1"><c r="A1"><v>1</v></c></row>') }] }),
    plain('a row past sheetRows', sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="40"><c r="A2"><v>2</v></c></row>'), {}, true, { limits: { maxRows: 20 } }),
    plain('a cell past the row limit', sheet('<row r="30"><c r="A30"><v>1</v></c></row>'), {}, true, { limits: { maxRows: 20 }, refused: true }),
    plain('a cell past the column limit', sheet('<row r="1"><c r="ZZ1"><v>1</v></c></row>'), {}, true, { refused: true }),
    plain('more text than allowed', sheet('<row r="1"><c r="A1" t="s"><v>4</v></c><c r="B1" t="s"><v>4</v></c></row>'), {}, true, { limits: { maxTextChars: 60 }, refused: true }),
    plain('a cell without reference', sheet('<row r="1"><c t="s"><v>0</v></c></row>'), {}, false),
    plain('a shared string past the table', sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>99</v></c></row>'), {}, false),
    plain('a hyperlink on $A$1', sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<hyperlinks><hyperlink ref="$A$1" location="x"/></hyperlinks>'), {}, false),
    plain('a comment in the sheet', sheet('<!-- nota --><row r="1"><c r="A1"><v>1</v></c></row>'), {}, false),
    plain('a date cell without value', sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="d"/></row>'), {}, false),
    plain('two sheets with one name', sheet('<row r="1"><c r="A1"><v>1</v></c></row>'), {
      sheets: [{ name: 'Dati', xml: sheet('<row r="1"><c r="A1"><v>1</v></c></row>') }, { name: 'Dati', xml: sheet('<row r="1"><c r="A1"><v>2</v></c></row>') }],
    }, false),
    plain('a self-closing phonetic run', sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), { strings: ['<si><r><t>a</t></r><rPh sb="0" eb="1"/></si>'] }, false),
  ];
}
