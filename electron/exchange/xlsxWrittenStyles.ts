/**
 * The cell styles of a written xlsx: one `<xf>` per number format in order of first use (0 is General), and for the
 * fill-in cells of a protected sheet a copy with `<protection locked="0"/>`; styles.xml is written once all sheets are.
 * Why: Excel's built-in format ids for the common formats, custom ids from 164 for the others (`#,##0.00 €`,
 * `dd/mm/yyyy`), so Excel, LibreOffice and SheetJS read back the very format code that was written.
 */
import { escapeXml, isGeneral } from './writtenCells';

const BUILT_IN = new Map([['0', 1], ['0.00', 2], ['#,##0', 3], ['#,##0.00', 4], ['0%', 9], ['0.00%', 10]]);
const FIRST_CUSTOM_ID = 164;
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export class XlsxStyles {
  private readonly formatIds = new Map<string, number>();
  private readonly customFormats: string[] = [];
  /** `numFmtId` and locking of each `<xf>`; the key is `id` or `id:u`. */
  private readonly styles = new Map<string, number>([['0', 0]]);

  /** The `s` index of a cell with `format` (`null`/General: the default), unlocked or not. */
  styleOf(format: string | null | undefined, unlocked = false): number {
    const key = `${this.formatId(format)}${unlocked ? ':u' : ''}`;
    let index = this.styles.get(key);
    if (index === undefined) {
      index = this.styles.size;
      this.styles.set(key, index);
    }
    return index;
  }

  xml(): string {
    const numFmts = this.customFormats.map((code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_ID + i}" formatCode="${escapeXml(code)}"/>`);
    const xfs = [...this.styles.keys()].map((key) => {
      const [id, unlocked] = key.split(':');
      const xf = `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"`;
      return unlocked ? `${xf} applyProtection="1"><protection locked="0"/></xf>` : `${xf}/>`;
    });
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="${MAIN}">` +
      (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
      '<fonts count="1"><font><sz val="12"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>' +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleMedium4"/></styleSheet>'
    );
  }

  private formatId(format: string | null | undefined): number {
    if (isGeneral(format)) return 0;
    const code = format!;
    let id = BUILT_IN.get(code) ?? this.formatIds.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_ID + this.customFormats.length;
      this.customFormats.push(code);
      this.formatIds.set(code, id);
    }
    return id;
  }
}
