/**
 * Adds to an xlsx written by SheetJS CE what it cannot write: frozen header rows (`<pane>` in the sheet view) and
 * list data validations (`<dataValidations>`), by editing the worksheet XML inside the zip (zipXml.ts).
 * Why: ExcelJS is not a dependency and writes no ODS; the two XML fragments are small, documented and tested.
 */
import XLSX from 'xlsx';
import type { ListValidation, OutSheet, WorkbookSpec } from '../../shared/exchange/sheetTypes';
import type { XmlEdits } from './zipXml';

/** Elements that must follow `<dataValidations>` in CT_Worksheet (ECMA-376 §18.3.1.99). */
const AFTER_VALIDATIONS = ['<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter', '<rowBreaks', '<colBreaks', '<customProperties', '<cellWatches', '<ignoredErrors', '<smartTags', '<drawing', '<legacyDrawing', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];


/** The edits of each worksheet's XML (applied with the other post-processors' in one pass, writeWorkbook.ts). */
export function viewsAndValidationsEdits(spec: WorkbookSpec): XmlEdits {
  return new Map(
    spec.sheets.map((sheet, i) => [`/xl/worksheets/sheet${i + 1}.xml`, (xml: string) => withValidations(withFrozenRows(xml, sheet), sheet)] as const),
  );
}

function withFrozenRows(xml: string, sheet: OutSheet): string {
  if (sheet.frozenRows <= 0) return xml;
  const topLeft = `A${sheet.frozenRows + 1}`;
  const pane = `<pane ySplit="${sheet.frozenRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>`;
  const replaced = xml.replace(/<sheetView([^>]*?)\/>/, `<sheetView$1>${pane}</sheetView>`);
  if (replaced === xml) throw new Error('xlsx: vista del foglio non trovata');
  return replaced;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function column(index: number): string {
  return XLSX.utils.encode_col(index);
}

function validationXml(v: ListValidation): string {
  const target = `${column(v.column)}${v.firstRow}:${column(v.column)}${v.lastRow}`;
  const src = v.source;
  const formula = `'${src.sheet.replace(/'/g, "''")}'!$${column(src.column)}$${src.firstRow}:$${column(src.column)}$${src.lastRow}`;
  const style = v.strict ? '' : ' errorStyle="warning"';
  return `<dataValidation type="list" allowBlank="1" showErrorMessage="1"${style} sqref="${target}"><formula1>${escapeXml(formula)}</formula1></dataValidation>`;
}

function withValidations(xml: string, sheet: OutSheet): string {
  const valid = sheet.validations.filter((v) => v.column >= 0);
  if (valid.length === 0) return xml;
  const block = `<dataValidations count="${valid.length}">${valid.map(validationXml).join('')}</dataValidations>`;
  const at = AFTER_VALIDATIONS.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (at === undefined) throw new Error('xlsx: fine del foglio non trovata');
  return xml.slice(0, at) + block + xml.slice(at);
}
