/**
 * The editor's text rules applied to imported cells: control characters the editor refuses (shared/schemas.ts) are
 * removed from every text cell, each removal reported with its cell; and two texts that differ only in line endings
 * or in spaces at the start and end of lines are the same text, so a round trip never shows them as changed.
 * Why: a stored name with U+0001 made every later save of its card fail; an ODS round trip turned CRLF into LF.
 */
import type { Problem } from '../api';
import { problemAt } from './sheetLayout';
import type { SheetCell, WorkbookData } from './sheetTypes';

/** The characters `text()` in shared/schemas.ts refuses: C0 controls except tab, line feed and carriage return. */
const REFUSED_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
/** The same characters for `test`, which a global expression would make depend on the cell tested before. */
const HAS_REFUSED = new RegExp(REFUSED_CONTROLS.source);
const refused = (cell: SheetCell | null | undefined) => cell?.kind === 'text' && HAS_REFUSED.test(cell.text);

/** `row.some(refused)` without a callback per row: every row of every sheet is asked. */
function anyRefused(row: readonly (SheetCell | null)[]): boolean {
  for (let c = 0; c < row.length; c++) if (refused(row[c])) return true;
  return false;
}

function codePoints(text: string): string {
  const found = [...new Set(text.match(REFUSED_CONTROLS) ?? [])];
  return found.map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}

/**
 * A copy of the workbook whose text cells hold no refused control character, and one warning per cleaned cell. A row
 * with nothing to clean is the file's own row (nothing changes the rows once read), not a copy of it.
 */
export function withoutControlCharacters(workbook: WorkbookData): { workbook: WorkbookData; problems: Problem[] } {
  const problems: Problem[] = [];
  const sheets = workbook.sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.rows.map((row, r) =>
      !anyRefused(row)
        ? row
        : row.map((cell, c) => {
            if (cell?.kind !== 'text' || !refused(cell)) return cell;
            const cleaned = cell.text.replace(REFUSED_CONTROLS, '');
            const place = { sheet: sheet.name, row: r + 1, column: { index: c, header: '' } };
            problems.push(problemAt(place, `caratteri di controllo (${codePoints(cell.text)}) rimossi dal testo, come fa l'editor: controllare «${cleaned.slice(0, 60)}».`, 'warning'));
            return cleaned.trim() === '' ? null : { kind: 'text' as const, text: cleaned };
          }),
    ),
  }));
  return { workbook: { sheets }, problems };
}

/** Line endings unified, each line and the whole text trimmed: what a spreadsheet may change without meaning to. */
export function comparableText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

export function sameText(a: string, b: string): boolean {
  return a === b || comparableText(a) === comparableText(b);
}
