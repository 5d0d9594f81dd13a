// Issue 21: the worksheet scan reads plain cells (`<c r="B2" s="1" t="s"><v>3</v></c>`, `<c r="B2"/>`) in one
// regular expression and hands each to the expansion budget and to the cell reader at once (worksheetLane.ts).
// That must change nothing: random worksheets mixing plain cells with every near miss (formulas, inline strings,
// entities, empty and nested values, odd references, rows without `r`) are read with the shortcut and with the
// events alone, and the cells, the unusual notes, the numbers found unreadable and the refusals must be the same.
import { describe, expect, it } from 'vitest';
import { ExpansionBudget } from '../../electron/exchange/expansionBudget';
import { ImportRefusedError } from '../../electron/exchange/importRefused';
import { DEFAULT_LIMITS } from '../../electron/exchange/limits';
import { NumberScan } from '../../electron/exchange/numberScan';
import { together } from '../../electron/exchange/partsCheck';
import { WorksheetCells } from '../../electron/exchange/xlsxCells';
import { worksheetVisitor } from '../../electron/exchange/worksheetExpansion';
import { NumberFormats } from '../../electron/exchange/xlsxStyles';
import { withCellShortcut } from '../../electron/exchange/worksheetLane';
import { scanXml } from '../../electron/exchange/xmlScan';
import { seededRandom } from '../stress/mutations';

const STRINGS = ['Codice', 'Indicatore', 'Valore al 30/06/2024', '', 'x'.repeat(40)];
const VALUES = ['0', '3', '12', '1.5', '-2', '1e3', '', ' 7', 'abc', '#N/A', '#DIV/0!', 'true', '1', '2024-06-30', '_x0041_', '4', '99'];
const TYPES = [undefined, undefined, undefined, 's', 's', 'n', 'str', 'b', 'e', 'd', 'inlineStr', 'x', 'S'];

function cellOf(pick: <T>(items: readonly T[]) => T, chance: (p: number) => boolean, row: number, column: string): string {
  const reference = chance(0.9) ? `${column}${row}` : pick([`${column.toLowerCase()}${row}`, `$${column}$${row}`, `${column}0`, `${column}${row}${column}`, '']);
  const r = reference === '' && chance(0.5) ? '' : ` r="${reference}"`;
  const s = chance(0.5) ? ` s="${pick(['0', '1', '2', '7', '12'])}"` : '';
  const type = pick(TYPES);
  const t = type === undefined ? '' : ` t="${type}"`;
  const attributes = chance(0.9) ? `${r}${s}${t}` : pick([`${t}${r}${s}`, `${r}${s}${t} cm="1"`, `${r}  ${s}`, `${r}${s}${t}`]);
  const value = type === 's' && chance(0.8) ? String(pick([0, 1, 2, 3, 4, 5, 9])) : pick(VALUES);
  switch (pick(['plain', 'plain', 'plain', 'plain', 'closed', 'formula', 'inline', 'entity', 'nested', 'empty', 'twoValues', 'spaced'])) {
    case 'closed':
      return `<c${attributes}/>`;
    case 'formula':
      return `<c${attributes}><f>A1+1</f><v>${value}</v></c>`;
    case 'inline':
      return `<c${attributes}><is><t>${pick(STRINGS)}</t></is></c>`;
    case 'entity':
      return `<c${attributes}><v>1&amp;${value}</v></c>`;
    case 'nested':
      return `<c${attributes}><v>${value}<c r="Z${row}"><v>5</v></c></v></c>`;
    case 'empty':
      return `<c${attributes}><v></v></c>`;
    case 'twoValues':
      return `<c${attributes}><v>${value}</v><v>8</v></c>`;
    case 'spaced':
      return `<c${attributes}> <v>${value}</v> </c>`;
    default:
      return `<c${attributes}><v>${value}</v></c>`;
  }
}

function worksheet(seed: number): string {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const rows: string[] = [];
  for (let row = 1; row <= 1 + Math.floor(next() * 6); row++) {
    if (chance(0.05)) {
      rows.push(`<row r="${row}"/>`);
      continue;
    }
    const cells = Array.from({ length: Math.floor(next() * 5) }, (_, k) => cellOf(pick, chance, row, String.fromCharCode(65 + k)));
    rows.push(`<row${chance(0.85) ? ` r="${row}"` : ''}>${cells.join(chance(0.1) ? '\n' : '')}</row>`);
  }
  return `<worksheet><sheetData>${rows.join('')}</sheetData>${chance(0.1) ? '<hyperlinks><hyperlink ref="A1:B2"/></hyperlinks>' : ''}</worksheet>`;
}

/** Styles 0–2 and 7 with different formats (a percentage, a date, a count), as styles.xml would give them. */
function formats(): NumberFormats {
  const table = new NumberFormats();
  const styles =
    '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs>' +
    '<xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="3"/><xf numFmtId="0"/><xf numFmtId="0"/><xf numFmtId="0"/><xf numFmtId="10"/>' +
    '</cellXfs></styleSheet>';
  scanXml(Buffer.from(styles, 'utf8'), table.visitor());
  table.finish();
  return table;
}

/** What reading `xml` gives, with the shortcut or with the events alone, under small limits that some documents cross. */
function read(xml: string, shortcut: boolean, maxCells: number) {
  const budget = new ExpansionBudget({ ...DEFAULT_LIMITS, maxCells, maxRows: 5 });
  const numbers = new NumberScan();
  const cells = new WorksheetCells({ strings: STRINGS, formats: formats(), date1904: false, sheetRows: 4 });
  const expansion = worksheetVisitor('Piano', STRINGS.map((s) => s.length), budget, numbers);
  const events = together(expansion, cells.visitor());
  let refused: string | null = null;
  try {
    scanXml(Buffer.from(xml, 'utf8'), shortcut ? withCellShortcut(events, expansion, cells) : events);
  } catch (error) {
    if (!(error instanceof ImportRefusedError)) throw error;
    refused = error.message;
  }
  return { refused, data: cells.data, unusual: cells.unusual, unreadable: numbers.found };
}

describe('plain cells read in one step', () => {
  it('give what their events give, on 3.000 random worksheets', () => {
    let taken = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const xml = worksheet(seed);
      const maxCells = 1 + (seed % 12);
      expect(read(xml, true, maxCells), `seed ${seed}: ${xml}`).toEqual(read(xml, false, maxCells));
      if (/<c r="[A-Z]+[1-9]\d*"( s="\d+")?( t="[A-Za-z]+")?(\/>|><v>[^<&]*<\/v><\/c>)/.test(xml)) taken++;
    }
    // Most documents have cells the shortcut takes, and most have some it leaves to the events.
    expect(taken).toBeGreaterThan(2500);
  });

  it('are taken at all (the shortcut is not silently skipped): a plain sheet is read with no event for its cells', () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="2"><v>1.5</v></c><c r="C1" s="1"/></row></sheetData></worksheet>';
    const budget = new ExpansionBudget(DEFAULT_LIMITS);
    const cells = new WorksheetCells({ strings: STRINGS, formats: new NumberFormats(), date1904: false, sheetRows: 4 });
    const expansion = worksheetVisitor('Piano', STRINGS.map((s) => s.length), budget);
    const opened: string[] = [];
    const events = together(expansion, cells.visitor());
    const counting = { ...events, open: (...args: Parameters<NonNullable<typeof events.open>>) => (opened.push(args[0]), events.open!(...args)) };
    scanXml(Buffer.from(xml, 'utf8'), withCellShortcut(counting, expansion, cells));
    expect(opened).toEqual(['worksheet', 'sheetData', 'row']);
    expect(cells.data[0]).toEqual([
      { kind: 'text', text: 'Indicatore' },
      expect.objectContaining({ kind: 'number', value: 1.5 }),
    ]);
  });
});
