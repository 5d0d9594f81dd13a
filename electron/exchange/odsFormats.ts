/**
 * The number formats of an ODS as SheetJS's `parse_ods_styles` builds them, measured instead of built: each
 * `number:*-style` becomes a format string (digits attributes expand: `decimal-places="47194782"` is 47 million
 * zeros; `style:map` prepends the whole format of another style, so a chain of them doubles at each step), and
 * every cell with a style copies its format once per repetition. The budget charges a cell the length of its
 * format; a format longer than any spreadsheet writes, or a digits attribute past a hundred, is refused.
 * Why: found by `npm run fuzz` (issue 19): numbers changed at random in content.xml made SheetJS build formats of
 * millions of characters, copied into every repeated cell, up to the parse process's heap cap.
 */
import { ImportRefusedError, formatCount } from './importRefused';
import { sheetJsAttribute, sheetJsUnescape } from './sheetJsSyntax';

/** Excel's own limit on a format code is 255 characters; LibreOffice writes far less. */
const MAX_FORMAT_CHARS = 1000;
const MAX_DIGITS = 100;

const STYLES = new Set(['number-style', 'currency-style', 'percentage-style', 'date-style', 'time-style', 'text-style', 'boolean-style']);
const DIGITS = ['min-integer-digits', 'decimal-places', 'min-decimal-places', 'min-exponent-digits', 'min-numerator-digits', 'min-denominator-digits'] as const;
/** What any other element of a format adds at most ("yyyy", "AM/PM", quotes, a separator). */
const ELEMENT_CHARS = 12;

const refuse = (message: string): never => {
  throw new ImportRefusedError(`Il file è danneggiato: ${message}. Salvarlo di nuovo e riprovare.`);
};

export class OdsFormats {
  /** Format lengths by data style name, and by the name of the cell style that uses them. */
  private readonly formats = new Map<string, number>();
  private readonly cellStyles = new Map<string, number>();
  private current: { name: string; chars: number } | null = null;

  /** An element of styles.xml or content.xml, its name as `odsElement` gives it. */
  open(element: string, attributes: string, selfClosing: boolean): void {
    if (STYLES.has(element)) {
      const name = sheetJsAttribute(attributes, 'name') ?? '';
      if (element === 'boolean-style') this.formats.set(name, 'General'.length);
      else if (!selfClosing) this.current = { name, chars: 0 };
      return;
    }
    if (element === 'style') {
      // SheetJS's content.xml: a cell style takes the format of its data style.
      const data = sheetJsAttribute(attributes, 'data-style-name');
      if (data !== undefined && sheetJsAttribute(attributes, 'family') === 'table-cell') {
        this.cellStyles.set(sheetJsAttribute(attributes, 'name') ?? '', this.formats.get(data) ?? 0);
      }
      return;
    }
    const format = this.current;
    if (!format) return;
    let chars = ELEMENT_CHARS;
    for (const key of DIGITS) {
      const written = sheetJsAttribute(attributes, key);
      if (written === undefined) continue;
      const digits = Math.max(0, +written || 0);
      if (digits > MAX_DIGITS) refuse(`il formato numerico «${format.name}» chiede ${formatCount(digits)} cifre`);
      chars += digits;
    }
    if (element === 'fraction') chars += sheetJsAttribute(attributes, 'denominator-value')?.length ?? 0;
    if (element === 'map' && sheetJsUnescape(sheetJsAttribute(attributes, 'condition') ?? '') === 'value()>=0') {
      chars += this.formats.get(sheetJsAttribute(attributes, 'apply-style-name') ?? '') ?? 'undefined'.length;
    }
    this.add(chars);
  }

  /** Whether no format is being read: a cell's elements then change nothing here (odsLane.ts). */
  get idle(): boolean {
    return this.current === null;
  }

  close(element: string): void {
    if (!STYLES.has(element) || !this.current) return;
    this.formats.set(this.current.name, this.current.chars);
    this.current = null;
  }

  /** Text inside a format is copied in, its quotes doubled. */
  text(length: number): void {
    if (this.current) this.add(2 * length + 2);
  }

  /** The length of the format a cell with this `style-name` gets (0 without one). */
  cellFormat(styleName: string | undefined): number {
    return styleName === undefined ? 0 : (this.cellStyles.get(styleName) ?? 0);
  }

  private add(chars: number): void {
    const format = this.current!;
    format.chars += chars;
    if (format.chars > MAX_FORMAT_CHARS) refuse(`il formato numerico «${format.name}» supera ${formatCount(MAX_FORMAT_CHARS)} caratteri`);
  }
}
