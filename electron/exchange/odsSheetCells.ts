/**
 * Where the own ods reader (odsCells.ts) puts the cells it makes, as SheetJS 0.20.3's `parse_content_xml` does: the
 * sheets with their dense rows, the row and column counters, the cell styles of content.xml with their formats, and
 * the cells made once and shared (every text cell of one text without a format; SheetJS copies each, nothing
 * downstream writes to a cell). What is not copied sets `unusual` and SheetJS reads the workbook instead.
 * Why: the cells come both from content.xml's events and from its plain-cell shortcut (odsLane.ts); one place for
 * what the two make keeps them alike, and odsCells.ts small.
 */
import { detached } from './odsTag';

/** A cell as SheetJS makes it (what sheetCells.ts reads of it), `z` always present (undefined without a format). */
export interface OdsCell {
  t: string;
  v: unknown;
  z: string | undefined;
  w?: string;
}

/** A sheet read: its name as SheetJS gives it (the attribute as written) and its dense rows. */
export interface OdsSheet {
  name: string | undefined;
  data: OdsCell[][];
}

export class OdsSheetCells {
  /** Why SheetJS must read this workbook instead, once something not copied is met. */
  unusual: string | null = null;
  readonly sheets: OdsSheet[] = [];
  date1904 = false;
  /** Cell styles of content.xml with the format of their data style (a plain object, as SheetJS's `styles`). */
  protected readonly styles: Record<string, string> = {};
  protected sheet: OdsSheet | null = null;
  protected R = -1;
  protected C = -1;
  protected rowpeat = 1;
  /** Changes with the cell styles and the date system, which a number cell is made with. */
  protected version = 0;
  /** The text cells without a format made so far, by text. */
  private readonly texts = new Map<string, OdsCell>();

  constructor(protected readonly sheetRows: number) {}

  protected note(reason: string): void {
    this.unusual ??= reason;
  }

  /** The format of a cell of this style, if its style has one. */
  protected formatOf(style: string | undefined): string | undefined {
    return style && this.styles[style] ? this.styles[style] : undefined;
  }

  /** A text cell: shared by every cell of the same text when it has no format. */
  protected textCell(text: string, z: string | undefined): OdsCell {
    if (z) return { t: 's', v: detached(text), z };
    let cell = this.texts.get(text);
    if (!cell) {
      const v = detached(text);
      cell = { t: 's', v, z: undefined };
      this.texts.set(v, cell);
    }
    return cell;
  }

  /** `cell` at every place of the block from the current row and column, `columns` wide and the row's repeat high. */
  protected putRepeated(cell: OdsCell, columns: number): void {
    for (let rpt = 0; rpt < this.rowpeat; ++rpt) {
      for (let c = 0; c < columns; c++) this.put(this.R + rpt, this.C + c, cell);
    }
  }

  protected put(r: number, c: number, cell: OdsCell): void {
    const data = this.sheet?.data;
    if (!data) return this.note('a cell outside a sheet');
    (data[r] ??= [])[c] = cell;
  }
}
