// The XML gate of imported workbooks (xmlScan.ts) and the compact worker reply (workerProtocol.ts), table-tested.
import { describe, expect, it } from 'vitest';
import { packWorkbook, unpackWorkbook } from '../../electron/exchange/workerProtocol';
import { XmlProblem, attributeOf, canonicalXml, scanXml, unescapeXml } from '../../electron/exchange/xmlScan';
import type { SheetCell, WorkbookData } from '../../shared/exchange/sheetTypes';

const bytes = (text: string) => Buffer.from(text, 'utf8');

function problemOf(text: string | Buffer, visitor = {}): string {
  try {
    scanXml(typeof text === 'string' ? bytes(text) : text, visitor);
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(XmlProblem);
    return (error as XmlProblem).reason;
  }
}

/** The outcome of the scan, the same whether the visitor takes the document decoded or as its bytes. */
function problemEitherWay(text: string | Buffer): string {
  const reason = problemOf(text);
  expect(problemOf(text, { bytes: true })).toBe(reason);
  return reason;
}

describe('scanXml', () => {
  it.each([
    ['a document with declaration, namespaces, comments, CDATA and references', '<?xml version="1.0"?>\n<a:b xmlns:a="u"><!-- nota --><c d=\'1\' e="&amp;&#233;">x &lt; y<![CDATA[ & < ]]></c><f/></a:b>\n'],
    ['a byte order mark', '\uFEFF<a/>'],
    ['a raw & inside a comment', '<a><!-- a & b --></a>'],
    ['U+FFFE written as the letters of its bytes', '<a>\u00EF\u00BF\u00BE</a>'],
    ['accented and astral text', '<a b="è">città – 😀</a>'],
  ])('accepts %s', (_name, text) => {
    expect(problemEitherWay(text)).toBe('ok');
  });

  it.each([
    ['text only', 'garbage', 'syntax'],
    ['an unclosed element', '<a><b></b>', 'syntax'],
    ['crossed elements', '<a><b></a></b>', 'syntax'],
    ['two roots', '<a/><b/>', 'syntax'],
    ['text after the root', '<a/>coda', 'syntax'],
    ['an unquoted attribute', '<a b=1/>', 'syntax'],
    ['a < inside an attribute', '<a b="<"/>', 'syntax'],
    ['an unknown entity', '<a>&nbsp;</a>', 'syntax'],
    ['a bare &', '<a>a & b</a>', 'syntax'],
    ['a control character', '<a>\u0001</a>', 'syntax'],
    ['a control character in an attribute', '<a b="\u001F"/>', 'syntax'],
    ['U+FFFE', '<a>è\uFFFE</a>', 'syntax'],
    ['U+FFFF in an attribute', '<a b="\uFFFF"/>', 'syntax'],
    ['an unterminated comment', '<a><!-- </a>', 'syntax'],
    ['a DTD', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'dtd'],
  ])('refuses %s', (_name, text, reason) => {
    expect(problemEitherWay(text)).toBe(reason);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(problemEitherWay(Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]))).toBe('utf8');
    expect(problemEitherWay(Buffer.from([0x3c, 0x61, 0x3e, 0xed, 0xa0, 0x80, 0x3c, 0x2f, 0x61, 0x3e]))).toBe('utf8'); // a surrogate
    expect(problemEitherWay(Buffer.from([0x3c, 0x61, 0x3e, 0xc0, 0xaf, 0x3c, 0x2f, 0x61, 0x3e]))).toBe('utf8'); // overlong
  });

  it('gives a visitor that takes bytes their one-byte image, unless it must decode', () => {
    const seen: (string | boolean)[] = [];
    const visitor = { bytes: true, source: (xml: string, raw?: Uint8Array) => seen.push(xml, raw !== undefined), text: (text: string) => seen.push(text) };
    scanXml(bytes('<a>è</a>'), visitor);
    scanXml(bytes('\uFEFF<a>è</a>'), visitor); // a byte order mark: decoded
    scanXml(bytes('<a><!-- & --></a>'), visitor); // a raw & in a comment: decoded, to check the text piece by piece
    expect(seen).toEqual(['<a>\u00C3\u00A8</a>', true, '\u00C3\u00A8', '<a>è</a>', false, 'è', '<a><!-- & --></a>', false]);
  });

  it('reports the line of the problem', () => {
    expect(() => scanXml(bytes('<a>\n<b>\n</c></a>'))).toThrow(expect.objectContaining({ line: 3 }));
  });

  it('visits elements and text in order', () => {
    const seen: string[] = [];
    scanXml(bytes('<a x="1"><b/>testo</a>'), {
      open: (name, attributes, selfClosing) => seen.push(`<${name}${selfClosing ? '/' : ''} ${attributeOf(attributes, 'x') ?? '-'}>`),
      close: (name) => seen.push(`</${name}>`),
      text: (text) => seen.push(text),
    });
    expect(seen).toEqual(['<a 1>', '<b/ ->', '</b>', 'testo', '</a>']);
  });

  it('reads attributes by exact name and unescapes references', () => {
    expect(attributeOf(' table:name="Piano &amp; c." xr:r="2" r="A1"', 'r')).toBe('A1');
    expect(attributeOf(' table:name="Piano &amp; c."', 'table:name')).toBe('Piano &amp; c.');
    expect(unescapeXml('Piano &amp; c. &#x20AC; &#8364;')).toBe('Piano & c. € €');
  });
});

describe('what SheetJS is given: canonical XML', () => {
  // Issue 19: SheetJS reads parts with regular expressions, which find tags inside comments, CDATA sections and
  // processing instructions, skip a tag written with single quotes, and split cells and rows on exact spellings.
  it.each([
    ['as written by Excel and LibreOffice', '<?xml version="1.0" encoding="UTF-8"?>\n<a x="1" y="l\'anno"><b/><c>t</c></a>', true],
    ['a comment', '<a><!-- <hyperlink ref="A1:XFD1048576"/> --></a>', false],
    ['a CDATA section', '<a><![CDATA[<c r="A1">]]></a>', false],
    ['a processing instruction', '<a><?pi <c r="A1"> ?></a>', false],
    ['a declaration hiding a tag', '<?xml <c r="A1"/> ?><a/>', false],
    ['single quotes', "<a x='1'/>", false],
    ['spaces around =', '<a x = "1"/>', false],
    ['a line break after the name', '<c\nr="A1"/>', false],
    ['a space in an end tag', '<a></a >', false],
  ])('%s: canonical %s', (_name, text, canonical) => {
    expect(scanXml(bytes(text)).canonical).toBe(canonical);
  });

  // Issue 21: start tags are read by hand, no longer by a sticky pattern; these two patterns are what they must
  // answer (the first: canonical; the second: well-formed but to be rewritten; neither: malformed).
  it('reads every start tag as the canonical and the general patterns do', () => {
    const name = '[A-Za-z_][\\w.\\-]*(?::[A-Za-z_][\\w.\\-]*)?';
    const canonicalTag = new RegExp(`^<${name}(?: ${name}="[^"<]*")* ?/?>$`);
    const generalTag = new RegExp(`^<${name}(?:\\s+${name}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*\\s*/?>$`);
    const pieces = ['a', 'b:c', 'x', ':', '1', '-', '.', '_', ' ', '  ', '\t', '=', '"', "'", 'r="A1"', ' s="1"', '/', '<', 'é', ' t="s"', ' x = "2"', " y='3'", '\n', ' z=""']; // no '>': the tag ends at the last one
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % pieces.length;
    const answers = { canonical: 0, general: 0, malformed: 0 };
    for (let k = 0; k < 20_000; k++) {
      let tag = '<a';
      for (let i = next() % 8; i >= 0; i--) tag += pieces[next()];
      tag += next() % 2 ? '/>' : '>';
      const expected = canonicalTag.test(tag) ? 'canonical' : generalTag.test(tag) ? 'general' : 'malformed';
      const selfClosing = tag.endsWith('/>') && expected !== 'malformed';
      const document = `<r>${tag}${selfClosing ? '' : '</a>'}</r>`;
      const tagName = /^<([^\s/>]*)/.exec(tag)![1]!;
      const closed = `<r>${tag}</${tagName}></r>`;
      const outcome = (text: string) => {
        try {
          return scanXml(bytes(text)).canonical ? 'canonical' : 'general';
        } catch {
          return 'malformed';
        }
      };
      const found = expected === 'malformed' ? outcome(document) : selfClosing ? outcome(document) : outcome(closed);
      expect(found, tag).toBe(expected);
      answers[expected]++;
    }
    expect(Math.min(answers.canonical, answers.general, answers.malformed)).toBeGreaterThan(1000);
  });

  it('rewrites a part into that one way: comments and instructions gone, CDATA escaped, tags spelled plainly', () => {
    const written = `\uFEFF<?xml version="1.0"?><a x='d"q' y = "2"><!-- <c/> --><?pi <c/> ?><b\n/><![CDATA[<c r="A1"> & ]]></a >`;
    const rewritten = canonicalXml(bytes(written)).toString('utf8');
    expect(rewritten).toBe('<?xml version="1.0"?><a x="d&quot;q" y="2"><b/>&lt;c r="A1"&gt; &amp; </a>');
    expect(scanXml(bytes(rewritten)).canonical).toBe(true);
  });
});

describe('the packed worker reply', () => {
  it('round-trips every kind of cell, with gaps, and stores each distinct string once', () => {
    const long = 'x'.repeat(32_767);
    const workbook: WorkbookData = {
      sheets: [
        {
          name: 'Indicatori',
          rows: [
            [{ kind: 'text', text: long }, null, { kind: 'number', value: 0.25, format: '0%' }],
            [],
            [null, { kind: 'date', iso: '2024-06-30' }, { kind: 'bool', value: true }, { kind: 'error', text: '#DIV/0!' }],
            Array.from({ length: 1000 }, () => ({ kind: 'text' as const, text: long })),
          ],
        },
        { name: 'Vuoto', rows: [] },
      ],
    };
    const { packed, transfer } = packWorkbook(workbook);
    expect(packed.strings.filter((s) => s === long)).toHaveLength(1);
    expect(packed.strings).toEqual([long, '0%', '2024-06-30', '#DIV/0!']);
    expect(transfer).toHaveLength(10);
    expect(unpackWorkbook(structuredClone(packed))).toEqual(workbook);
  });

  it('unpacks equal cells as one object (kind, text, number and format alike), and keeps apart what only looks equal', () => {
    const cells: SheetCell[] = [
      { kind: 'text', text: '%' },
      { kind: 'number', value: 12, format: 'General' },
      { kind: 'number', value: 12, format: '0%' },
      { kind: 'number', value: 0, format: 'General' },
      { kind: 'number', value: -0, format: 'General' },
      { kind: 'date', iso: '2024-06-30' },
      { kind: 'error', text: '2024-06-30' },
      { kind: 'bool', value: true },
      { kind: 'bool', value: false },
      { kind: 'unreadable', written: '0x10', shown: '16' },
    ];
    const workbook: WorkbookData = { sheets: [{ name: 'Indicatori', rows: [cells, cells.map((c) => ({ ...c }))] }] };
    const [first, second] = unpackWorkbook(structuredClone(packWorkbook(workbook).packed)).sheets[0]!.rows;
    expect(first).toEqual(cells);
    expect(second).toEqual(cells);
    expect(Object.is((first![4] as { value: number }).value, -0)).toBe(true);
    // Every cell of the second row is the first row's object, but -0 (a map key tells it from nothing).
    expect(second!.map((cell, i) => cell === first![i])).toEqual([true, true, true, true, false, true, true, true, true, true]);
    expect(new Set(first).size).toBe(cells.length);
  });
});
