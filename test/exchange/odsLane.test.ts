// Issue 21: content.xml's scan reads plain cells (`<table:table-cell office:value-type="float" office:value="3"
// table:style-name="ce1"><text:p>3</text:p></table:table-cell>`, `<table:table-cell table:number-columns-repeated="4"/>`)
// in one regular expression and hands each to the expansion budget and to the own reader at once (odsLane.ts). That
// must change nothing: random sheets mixing plain cells with every near miss (other value types and attributes,
// attributes out of order, doubled or empty, entities, accents, spans and spaces, two paragraphs, annotations,
// errors, cells outside rows, nested cells, bad repeats, unreadable numbers) are read with the shortcut and with
// the events alone, and the cells, the unusual notes, the numbers found unreadable and the refusals must be the same.
import { describe, expect, it } from 'vitest';
import { ExpansionBudget } from '../../electron/exchange/expansionBudget';
import { ImportRefusedError } from '../../electron/exchange/importRefused';
import { DEFAULT_LIMITS } from '../../electron/exchange/limits';
import { NumberScan } from '../../electron/exchange/numberScan';
import { OdsCells } from '../../electron/exchange/odsCells';
import { odsContentVisitor } from '../../electron/exchange/odsExpansion';
import { OdsFormats } from '../../electron/exchange/odsFormats';
import { withOdsCellShortcut } from '../../electron/exchange/odsLane';
import { odsXmlVisitor } from '../../electron/exchange/odsTag';
import { scanXml } from '../../electron/exchange/xmlScan';
import { seededRandom } from '../stress/mutations';

const NS = 'xmlns:office="o" xmlns:table="t" xmlns:text="x" xmlns:calcext="c" xmlns:number="n" xmlns:style="s"';
/** A percentage and a two-decimals data style, and cell styles ce1–ce2 using them (ce3 has none). */
const STYLES =
  '<number:percentage-style style:name="N1"><number:number number:decimal-places="1"/><number:text>%</number:text></number:percentage-style>' +
  '<number:number-style style:name="N2"><number:number number:decimal-places="2"/></number:number-style>' +
  '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>' +
  '<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>' +
  '<style:style style:name="ce3" style:family="table-cell"/>';
const TEXTS = ['Codice', 'Indicatore', 'perché è così', 'n° 5 «ð»', '#N/A', '#DIV/0!', '', '  due  spazi ', 'a &amp; b', '_x0041_', 'x'.repeat(30), 'a\tb', '1,5'];
const VALUES = ['0', '3', '1.5', '-2', '1e3', '', ' 7', 'abc', '0x10', '-0', '1e-20', '45473'];
const TYPES = [undefined, 'string', 'string', 'string', 'float', 'float', 'float', 'percentage', 'currency', 'boolean', 'date', 'text', 'error', ''];

type Pick = <T>(items: readonly T[]) => T;

function cellOf(pick: Pick, chance: (p: number) => boolean, seed: number): string {
  const type = pick(TYPES);
  const parts: string[] = [];
  const repeat = () => ` table:number-columns-repeated="${pick(seed % 4 === 0 ? ['1', '250', '0', '1.5', '02'] : ['1', '2', '3', '250', '02'])}"`;
  if (chance(0.1)) parts.push(repeat());
  if (chance(0.3)) parts.push(` table:style-name="${pick(['ce1', 'ce2', 'ce3', 'ce9', 'cé1'])}"`);
  if (chance(0.15)) parts.push(repeat());
  if (type !== undefined) parts.push(` office:value-type="${type}"`);
  if (chance(0.6)) parts.push(` office:value="${pick(VALUES)}"`);
  if (chance(type === 'date' ? 0.8 : 0.1)) parts.push(` office:date-value="${pick(['2024-06-30', '2024-06-30T10:20:30', '1899-12-30', 'x', ''])}"`);
  if (chance(0.3)) parts.push(` table:style-name="${pick(['ce1', 'ce2', 'ce3'])}"`);
  if (chance(0.3)) parts.push(` calcext:value-type="${pick(['float', 'string', 'error', 'percentage', 'boolean', 'date'])}"`);
  if (chance(0.05)) parts.push(pick([' office:date-value="2024-06-30"', ' office:string-value="sv"', ' office:boolean-value="true"', ' table:number-rows-repeated="2"', ' office:value="1&amp;2"']));
  if (chance(0.08)) parts.reverse();
  const attributes = parts.join('');
  const text = pick(TEXTS);
  switch (pick(['plain', 'plain', 'plain', 'plain', 'plain', 'plain', 'plain', 'plain', 'closed', 'closed', 'closed', 'span', 'twoParagraphs', 'emptyP', 'noP', 'annotation', seed % 3 === 0 ? 'nested' : 'plain', 'spaced', 'covered'])) {
    case 'closed':
      return `<table:table-cell${attributes}/>`;
    case 'span':
      return `<table:table-cell${attributes}><text:p>${text}<text:s text:c="2"/><text:span>x</text:span></text:p></table:table-cell>`;
    case 'twoParagraphs':
      return `<table:table-cell${attributes}><text:p>${text}</text:p><text:p>${pick(TEXTS)}</text:p></table:table-cell>`;
    case 'emptyP':
      return `<table:table-cell${attributes}><text:p/></table:table-cell>`;
    case 'noP':
      return `<table:table-cell${attributes}></table:table-cell>`;
    case 'annotation':
      return `<table:table-cell${attributes}><office:annotation><text:p>nota</text:p></office:annotation><text:p>${text}</text:p></table:table-cell>`;
    case 'nested':
      return `<table:table-cell${attributes}><text:p>${text}<table:table-cell><text:p>x</text:p></table:table-cell></text:p></table:table-cell>`;
    case 'spaced':
      return `<table:table-cell${attributes} ><text:p>${text}</text:p></table:table-cell>`;
    case 'covered':
      return `<table:covered-table-cell${attributes}/>`;
    default:
      return `<table:table-cell${attributes}><text:p>${text}</text:p></table:table-cell>`;
  }
}

function content(seed: number): string {
  const next = seededRandom(seed);
  const pick: Pick = (items) => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const tables: string[] = [];
  for (let t = 0; t < 1 + Math.floor(next() * 2); t++) {
    const rows: string[] = [];
    for (let row = 0; row < 1 + Math.floor(next() * 5); row++) {
      const cells = Array.from({ length: Math.floor(next() * 6) }, () => cellOf(pick, chance, seed)).join(chance(0.05) ? ' ' : '');
      if (chance(0.02)) rows.push(cells); // cells outside a row
      else if (chance(0.03)) rows.push(`<table:table-row><text:p>${cells}</text:p></table:table-row>`); // cells in a paragraph
      else if (chance(0.03)) rows.push(`<table:table-row><table:table-cell>${cells}</table:table-cell></table:table-row>`); // in a cell
      else if (chance(0.03)) rows.push(`<table:table-row><number:number-style style:name="N9">${cells.repeat(8)}</number:number-style></table:table-row>`);
      else if (chance(0.05)) rows.push('<table:table-row/>');
      else if (chance(0.02)) rows.push(`<table:table-row><table:table-cell><table:table-row>${cells}</table:table-row></table:table-cell></table:table-row>`);
      else if (chance(0.02)) rows.push(`<table:table-row><table:table-row>${cells}</table:table-row></table:table-row>`);
      else if (chance(0.02)) rows.push(`<number:number-style style:name="N8"><table:table-row>${cells}</table:table-row></number:number-style>`);
      else {
        const attribute = pick(['', '', '', ' table:style-name="ro1"', ' table:style-name="ro&amp;"', ' table:number-rows-repeated="2"', ' table:number-rows-repeated="3"']);
        const repeated = seed % 4 === 0 && chance(0.1) ? ' table:number-rows-repeated="1.5"' : attribute;
        rows.push(`<table:table-row${repeated}>${cells}</table:table-row>`);
      }
    }
    if (chance(0.05)) rows.push('<text:p>fuori</text:p>');
    tables.push(`<table:table table:name="Foglio${t}">${rows.join(chance(0.1) ? '\n' : '')}</table:table>`);
    if (chance(0.02)) tables.push('<table:table-row><table:table-cell office:value-type="string"><text:p>fuori</text:p></table:table-cell></table:table-row>');
  }
  const styles = chance(0.8) ? STYLES : '';
  const settings = chance(0.2) ? '<table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>' : '';
  return `<office:document-content ${NS}><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:spreadsheet>${settings}${tables.join('')}</office:spreadsheet></office:body></office:document-content>`;
}

/** Cells the shortcut handed to the reader so far. */
let taken = 0;

/** What reading `xml` gives, with the shortcut or with the events alone, under small limits that some documents cross. */
function read(xml: string, shortcut: boolean, seed: number) {
  const maxCells = 4 + (seed % 60);
  const limits = { maxCells, maxRows: 8, maxColumns: 300, maxTextChars: 30 + ((seed * 7) % 400), maxCellChars: seed % 5 === 0 ? 20 : 32_767 };
  const budget = new ExpansionBudget({ ...DEFAULT_LIMITS, ...limits });
  const numbered = seed % 7 !== 0;
  const numbers = numbered ? new NumberScan() : undefined;
  const expansion = odsContentVisitor(budget, new OdsFormats(), numbers);
  const cells = new OdsCells({}, 3);
  const take = cells.takeCell.bind(cells);
  cells.takeCell = (cell) => (taken++, take(cell));
  const events = odsXmlVisitor(expansion, cells);
  let refused: string | null = null;
  try {
    // A byte order mark makes the scan give decoded text instead of the bytes' image (xmlScan.ts `decoded`).
    const bytes = Buffer.from(seed % 5 === 1 ? `\uFEFF${xml}` : xml, 'utf8');
    scanXml(bytes, shortcut ? withOdsCellShortcut(events, [expansion, cells]) : events);
  } catch (error) {
    if (!(error instanceof ImportRefusedError)) throw error;
    refused = error.message;
  }
  return { refused, sheets: cells.sheets, unusual: cells.unusual, unreadable: numbers?.found };
}

describe('plain ods cells read in one step', () => {
  it('give what their events give, on 3.000 random sheets', () => {
    let documents = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const xml = content(seed);
      const before = taken;
      expect(read(xml, true, seed), `seed ${seed}: ${xml}`).toEqual(read(xml, false, seed));
      if (taken > before) documents++;
    }
    // Most documents have cells the shortcut takes (and nearly all have some it leaves to the events).
    expect(documents).toBeGreaterThan(1200);
  });

  it('are taken at all (the shortcut is not silently skipped): a plain sheet is read with no event for its cells', () => {
    const rows =
      '<table:table-row><table:table-cell office:value-type="string"><text:p>Codice</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="float" office:value="0.25" table:style-name="ce1"><text:p>25,0%</text:p></table:table-cell>' +
      '<table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="string"><text:p>perché</text:p></table:table-cell></table:table-row>';
    const xml = `<office:document-content ${NS}><office:automatic-styles>${STYLES}</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="Piano">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;
    const expansion = odsContentVisitor(new ExpansionBudget(DEFAULT_LIMITS), new OdsFormats(), new NumberScan());
    const cells = new OdsCells({}, 100);
    const events = odsXmlVisitor(expansion, cells);
    const opened: string[] = [];
    const counting = { ...events, open: (...args: Parameters<NonNullable<typeof events.open>>) => (opened.push(args[0]), events.open!(...args)) };
    scanXml(Buffer.from(xml, 'utf8'), withOdsCellShortcut(counting, [expansion, cells]));
    expect(opened.filter((name) => name.startsWith('table:table-'))).toEqual(['table:table-row']);
    expect(cells.sheets[0]!.data[0]).toEqual([
      { t: 's', v: 'Codice', z: undefined },
      { t: 'n', v: 0.25, z: '0.0%' },
      undefined,
      undefined,
      { t: 's', v: 'perché', z: undefined },
    ]);
  });
});
