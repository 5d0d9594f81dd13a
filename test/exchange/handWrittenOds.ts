// Hand-written ods parts for ownOdsReader.test.ts: what an exported plan never holds but LibreOffice or another
// program may write (repeated rows and columns, spaces, tabs, line breaks, spans, links, annotations, covered cells,
// percent, currency, date, time and boolean cells, errors, entities, empty and trailing cells, data styles of
// styles.xml and content.xml, a 1904 null date), and writings the own reader leaves to SheetJS on purpose.
// Why by hand: SheetJS's ods writer produces none of these.
import type { HandWritten } from './handWrittenXlsx';

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
].join(' ');

interface Ods {
  /** The tables: name and rows (the XML inside `<table:table>`). */
  tables: { name: string; rows: string }[];
  /** What goes in content.xml's `<office:automatic-styles>`. */
  automatic?: string;
  /** What goes in styles.xml's `<office:styles>` (no styles.xml when null). */
  styles?: string | null;
  /** Written before the tables, inside `<office:spreadsheet>`. */
  before?: string;
}

function ods({ tables, automatic, styles, before }: Ods): { name: string; data: Buffer }[] {
  const body = tables.map((t) => `<table:table table:name="${t.name}">${t.rows}</table:table>`).join('');
  const content = `${HEAD}<office:document-content ${NS}><office:automatic-styles>${automatic ?? ''}</office:automatic-styles><office:body><office:spreadsheet>${before ?? ''}${body}</office:spreadsheet></office:body></office:document-content>`;
  const entries = [
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
    { name: 'META-INF/manifest.xml', data: `${HEAD}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>` },
    { name: 'content.xml', data: content },
    ...(styles === null ? [] : [{ name: 'styles.xml', data: `${HEAD}<office:document-styles ${NS}><office:styles>${styles ?? ''}</office:styles></office:document-styles>` }]),
  ];
  return entries.map((e) => ({ name: e.name, data: Buffer.from(e.data, 'utf8') }));
}

const row = (cells: string, attributes = '') => `<table:table-row${attributes}>${cells}</table:table-row>`;
const text = (value: string, attributes = '') => `<table:table-cell office:value-type="string" calcext:value-type="string"${attributes}><text:p>${value}</text:p></table:table-cell>`;
const float = (value: string, attributes = '') => `<table:table-cell office:value-type="float" office:value="${value}"${attributes}><text:p>${value}</text:p></table:table-cell>`;

/** Cells written twice with one tag, a style and the date system changing in between (the reader remakes them). */
const SAME_TAG = float('0.5', ' table:style-name="CE9"') + '<table:table-cell office:value-type="date" office:date-value="2024-06-30"><text:p>30/06/2024</text:p></table:table-cell>';

const DATA_STYLES = [
  '<number:percentage-style style:name="N1"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>',
  '<number:currency-style style:name="N2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol number:language="it" number:country="IT">€</number:currency-symbol></number:currency-style>',
  '<number:currency-style style:name="N3P0" style:volatile="true"><number:number number:decimal-places="2" number:min-integer-digits="1"/></number:currency-style><number:currency-style style:name="N3"><style:text-properties fo:color="#ff0000"/><number:text>-</number:text><number:number number:decimal-places="2" number:min-integer-digits="1"/><style:map style:condition="value()&gt;=0" style:apply-style-name="N3P0"/></number:currency-style>',
  '<number:date-style style:name="N4"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>',
  '<number:date-style style:name="N5"><number:day/><number:text> </number:text><number:month number:textual="true"/><number:text> </number:text><number:year/></number:date-style>',
  '<number:time-style style:name="N6"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long" number:decimal-places="2"/></number:time-style>',
  '<number:number-style style:name="N7"><number:scientific-number number:decimal-places="3" number:min-decimal-places="1" number:min-exponent-digits="2" number:forced-exponent-sign="true"/></number:number-style>',
  '<number:number-style style:name="N8"><number:fraction number:min-integer-digits="1" number:min-numerator-digits="2" number:denominator-value="16"/></number:number-style>',
  '<number:boolean-style style:name="N9"><number:boolean/></number:boolean-style>',
  '<number:text-style style:name="N10"><number:text-content/><number:text> &amp; "q"</number:text></number:text-style>',
  '<number:number-style style:name="N11"><number:number number:decimal-places="2" number:min-integer-digits="1"><number:embedded-text number:position="2">x</number:embedded-text></number:number></number:number-style>',
].join('');
const CELL_STYLES = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9', 'N10', 'N11', 'S1']
  .map((n, i) => `<style:style style:name="ce${i + 1}" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="${n}"/>`)
  .join('');

const STYLED = [
  float('0.4656', ' table:style-name="ce1"').replace('"float"', '"percentage"'),
  float('1234.5', ' table:style-name="ce2"').replace('"float"', '"currency" office:currency="EUR"'),
  float('-3.25', ' table:style-name="ce3"').replace('"float"', '"currency" office:currency="EUR"'),
  '<table:table-cell table:style-name="ce4" office:value-type="date" office:date-value="2024-06-30" calcext:value-type="date"><text:p>30/06/2024</text:p></table:table-cell>',
  '<table:table-cell table:style-name="ce5" office:value-type="date" office:date-value="2024-06-30T10:20:30.5" calcext:value-type="date"><text:p>30 giu 24</text:p></table:table-cell>',
  '<table:table-cell table:style-name="ce6" office:value-type="time" office:time-value="PT12H30M15S" calcext:value-type="time"><text:p>12:30:15</text:p></table:table-cell>',
  float('12345.678', ' table:style-name="ce7"'),
  float('1.5', ' table:style-name="ce8"'),
  '<table:table-cell table:style-name="ce9" office:value-type="boolean" office:boolean-value="true" calcext:value-type="boolean"><text:p>VERO</text:p></table:table-cell>',
  text('testo', ' table:style-name="ce10"'),
  float('42', ' table:style-name="ce11"'),
  float('7', ' table:style-name="ce12"'),
  '<table:table-cell office:value-type="date" office:date-value="1900-02-28"><text:p>28/02/1900</text:p></table:table-cell>',
].join('');

/** Cases the own reader must read as SheetJS does (own: true) or leave to it (own: false). */
export function handWrittenOds(): HandWritten[] {
  const plain = (name: string, rows: string, extra: Partial<Ods> = {}): HandWritten => ({ name, entries: ods({ tables: [{ name: 'Dati', rows }], ...extra }), own: true });
  return [
    plain('repeated columns and rows, trailing empty cells', row(`${text('a')}<table:table-cell table:number-columns-repeated="3"/>${float('2', ' table:number-columns-repeated="2"')}<table:table-cell table:number-columns-repeated="1020"/>`, ' table:number-rows-repeated="3"') + row('<table:table-cell table:number-columns-repeated="1024"/>', ' table:number-rows-repeated="1048570"')),
    plain('a self-closing row, empty rows and cells', `<table:table-row/>${row('<table:table-cell/>')}${row(`<table:table-cell></table:table-cell>${text('b')}`)}<table:table-row table:number-rows-repeated="4"><table:table-cell/></table:table-row>${row(text('c'))}`),
    plain('spaces, tabs, line breaks, spans and links', row([
      text('  due   spazi  '),
      text('a<text:s/>b<text:s text:c="3"/>c <text:s text:c="2"/> d'),
      text('col<text:tab/>tab<text:line-break/>riga'),
      text('<text:span text:style-name="T1">gras</text:span>setto <text:span>e</text:span> <text:a xlink:href="http://x.it/?a=1&amp;b=2">link</text:a>'),
      text('a &amp; b &lt;c&gt; &quot;d&quot; &#233; &#x4E2D; _x0041_'),
      text('\n  a capo\tnel testo\r\n '),
      text('<text:s text:c="2"></text:s>x<text:s />y'),
    ].join(''))),
    plain('paragraphs, empty paragraphs, string-value', row([
      '<table:table-cell office:value-type="string"><text:p>uno</text:p><text:p>due</text:p><text:p/><text:p></text:p><text:p>tre</text:p></table:table-cell>',
      '<table:table-cell office:value-type="string" office:string-value="dal valore &amp; basta"><text:p>ignorato</text:p></table:table-cell>',
      '<table:table-cell office:value-type="string" office:string-value="senza paragrafo"></table:table-cell>',
      '<table:table-cell office:value-type="string" office:string-value="solo vuoto"><text:p/></table:table-cell>',
      '<table:table-cell office:value-type="string" office:string-value="chiusa" table:number-columns-repeated="3"/>',
      '<table:table-cell><text:p>senza tipo</text:p></table:table-cell>',
      '<table:table-cell office:value-type="string"><text:p>   </text:p></table:table-cell>',
    ].join(''))),
    plain('annotations and covered cells', row([
      '<table:table-cell office:value-type="string" table:number-columns-spanned="2" table:number-rows-spanned="2"><office:annotation office:display="true"><dc:creator>Io</dc:creator><dc:date>2024-01-01T00:00:00</dc:date><text:p>nota</text:p></office:annotation><text:p>unito</text:p></table:table-cell>',
      '<table:covered-table-cell><text:p>coperta</text:p></table:covered-table-cell>',
      text('dopo'),
      '<table:table-cell office:value-type="float" office:value="3"><office:annotation><text:p>solo nota</text:p></office:annotation></table:table-cell>',
      '<table:table-cell><office:annotation><text:p>nota senza valore</text:p></office:annotation></table:table-cell>',
    ].join('')) + row(`<table:covered-table-cell table:number-columns-repeated="2"/>${text('sotto')}`)),
    plain('value types and errors', row([
      float('1e3'),
      float('-0.000001'),
      float('abc'),
      '<table:table-cell office:value-type="float"><text:p>senza valore</text:p></table:table-cell>',
      '<table:table-cell office:value-type="float" office:value="3"/>',
      '<table:table-cell office:value-type="boolean" office:boolean-value="false"><text:p>FALSO</text:p></table:table-cell>',
      '<table:table-cell office:value-type="boolean" office:boolean-value="1"/>',
      '<table:table-cell office:value-type="boolean" office:boolean-value="2"><text:p>?</text:p></table:table-cell>',
      '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>',
      '<table:table-cell table:formula="of:=X()" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#NAME?</text:p></table:table-cell>',
      '<table:table-cell office:value-type="float" office:value="0" calcext:value-type="error"><text:p>Err:502</text:p></table:table-cell>',
      '<table:table-cell office:value-type="float" office:value="0" calcext:value-type="error"><text:p>constructor</text:p></table:table-cell>',
      '<table:table-cell table:formula="of:=1+1" office:value-type="float" office:value="2" calcext:value-type="float"><text:p>2</text:p></table:table-cell>',
      '<table:table-cell office:value-type="date" office:date-value="2024-13-45"><text:p>?</text:p></table:table-cell>',
      '<table:table-cell office:value-type="time" office:time-value="PT1M"><text:p>?</text:p></table:table-cell>',
    ].join(''))),
    plain('data styles in styles.xml and content.xml', row(STYLED), { automatic: DATA_STYLES.replace(/N(\d+)/g, 'N$1') + CELL_STYLES, styles: '<number:number-style style:name="S1"><number:number number:decimal-places="3" number:min-integer-digits="2" number:grouping="true"/></number:number-style>' }),
    plain(
      'a cell style and the 1904 null date met between cells of one tag',
      row(SAME_TAG) + '<style:style style:name="CE9" style:family="table-cell" style:data-style-name="N1"/><table:null-date table:date-value="1904-01-01"/>' + row(SAME_TAG),
      { automatic: DATA_STYLES },
    ),
    plain('a 1904 null date', row(STYLED), { automatic: DATA_STYLES + CELL_STYLES, before: '<table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>' }),
    { name: 'several sheets, names with entities', entries: ods({ tables: [{ name: 'Uno', rows: row(text('1')) }, { name: 'A &amp; B', rows: row(text('2')) }, { name: 'Vuoto', rows: '' }] }), own: true },
    {
      // content.xml reaches the own reader as its bytes (odsBytes.ts): text past ASCII, of two, three and four bytes, in
      // paragraphs, values, names and a data style, next to text that is ASCII only.
      name: 'accented and astral text in cells, values, names and formats',
      entries: ods({
        tables: [
          {
            name: 'Qualità – €',
            rows: row([
              text('Qualità – «€» 😀'),
              text('a<text:s text:c="2"/>è<text:tab/>ù<text:line-break/>中', ' table:style-name="cè1"'),
              '<table:table-cell office:value-type="string" office:string-value="città &amp; 𝄞"><text:p>ignorato</text:p></table:table-cell>',
              float('2.5', ' table:style-name="cè1"'),
              text('plain'),
              text('  spazi è  '),
            ].join('')),
          },
          { name: '😀', rows: row(text('ï¿¾ written as letters')) },
        ],
        automatic: '<number:number-style style:name="Nè"><number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text> €/m²</number:text></number:number-style><style:style style:name="cè1" style:family="table-cell" style:data-style-name="Nè"/>',
      }),
      own: true,
    },
    { name: 'two sheets with one name', entries: ods({ tables: [{ name: 'Uno', rows: row(text('1')) }, { name: 'Uno', rows: row(text('2')) }] }), own: false },
    plain('a frame inside a paragraph', row(text('a<draw:frame draw:name="x"><draw:image/></draw:frame>b'))),
    plain('an unknown value type', row('<table:table-cell office:value-type="void"><text:p>x</text:p></table:table-cell>')),
    plain('a comment in content.xml', `<!-- nota -->${row(text('x'))}`),
    plain('no styles.xml (SheetJS refuses it)', row(text('x')), { styles: null }),
    plain('a billion spaces in a cell', row(text('a<text:s text:c="1000000000"/>b'))),
    plain('rows past the limit', row(text('a')) + row(text('b'), ' table:number-rows-repeated="20"')),
  ].map((c) => {
    const own = !['a frame inside a paragraph', 'an unknown value type', 'a comment in content.xml', 'no styles.xml (SheetJS refuses it)'].includes(c.name) && c.own;
    if (c.name === 'a billion spaces in a cell') return { ...c, refused: true };
    return { ...c, own, ...(c.name === 'rows past the limit' ? { limits: { maxRows: 10 }, refused: true } : {}) };
  });
}
