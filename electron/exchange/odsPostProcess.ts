/**
 * Repairs two number formats that SheetJS CE writes wrongly in ODS: percentages always get two decimals
 * (`0.0%` becomes `0.00%`) and the euro sign of `#,##0.00 €` is dropped. The data styles are numbered N69, N70…
 * in the order SheetJS first meets each format (sheets, then rows, then columns); each is checked before editing.
 * Why: the ODS export must show, and re-import with, the decimals the office published.
 */
import type { WorkbookSpec } from '../../shared/exchange/sheetTypes';
import { formatDecimals } from '../../shared/exchange/valueCells';
import type { XmlEdits } from './zipXml';

const FIRST_STYLE = 69;

/** Number formats in SheetJS's order of first use (dates are written with `dd/mm/yyyy`). */
function formatsInWriteOrder(spec: WorkbookSpec): string[] {
  const seen = new Set<string>();
  for (const sheet of spec.sheets) {
    const width = Math.max(0, ...sheet.rows.map((r) => r.length));
    for (const row of sheet.rows) {
      for (let c = 0; c < width; c++) {
        const cell = row[c];
        const format = cell?.kind === 'number' ? cell.format : cell?.kind === 'date' ? 'dd/mm/yyyy' : null;
        if (format && format.toLowerCase() !== 'general') seen.add(format);
      }
    }
  }
  return [...seen];
}

function fixStyle(xml: string, name: string, format: string): string {
  const open = `<number:percentage-style style:name="${name}">`;
  if (format.includes('%')) {
    const at = xml.indexOf(open);
    if (at < 0) return xml;
    const end = xml.indexOf('</number:percentage-style>', at);
    const decimals = String(formatDecimals(format) ?? 0);
    const body = xml
      .slice(at, end)
      .replace(/number:decimal-places="\d+"/, `number:decimal-places="${decimals}"`)
      .replace(/number:min-decimal-places="\d+"/, `number:min-decimal-places="${decimals}"`);
    return xml.slice(0, at) + body + xml.slice(end);
  }
  if (format.endsWith(' €')) {
    const pattern = new RegExp(`(<number:number-style style:name="${name}">.*?</number:number>)(</number:number-style>)`);
    return xml.replace(pattern, '$1<number:text> €</number:text>$2');
  }
  return xml;
}

/** The data style SheetJS gives each number format (`0%` → `N69`). */
export function odsDataStyles(spec: WorkbookSpec): Map<string, string> {
  return new Map(formatsInWriteOrder(spec).map((format, i) => [format, `N${FIRST_STYLE + i}`]));
}

/**
 * The edit of content.xml. The data styles sit in its `<office:automatic-styles>` head: only that is edited, and the
 * (large) sheets after it are joined back once.
 */
export function odsNumberFormatEdits(spec: WorkbookSpec): XmlEdits {
  const styles = odsDataStyles(spec);
  const fixAll = (xml: string) => {
    const end = xml.indexOf('</office:automatic-styles>');
    const head = end < 0 ? xml : xml.slice(0, end);
    const fixed = [...styles].reduce((out, [format, name]) => fixStyle(out, name, format), head);
    return end < 0 ? fixed : fixed + xml.slice(end);
  };
  return new Map([['/content.xml', fixAll]]);
}
