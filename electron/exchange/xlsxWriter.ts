/**
 * Writes a `WorkbookSpec` as xlsx in one pass: each worksheet's XML, with its frozen header rows, auto-filter,
 * protection, drop-down lists and unlocked fill-in cells, goes straight into the zip compressor; the shared strings
 * and the styles the cells used follow. Why: SheetJS CE wrote the workbook whole, without these features, and they
 * were patched into its XML afterwards (issue 21: the ×100 export took longer than LibreOffice's open and save).
 */
import type { ListValidation, OutSheet, WorkbookSpec } from '../../shared/exchange/sheetTypes';
import { XlsxStyles } from './xlsxWrittenStyles';
import { cellFormat, checkedText, columnName, dateSerial, escapeXml, sheetExtent, unlockedByRow } from './writtenCells';
import { ZipWriter } from './zipWriter';

const HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
/** SheetJS's column width for a width in characters (maximum digit width 6 px). */
const width = (chars: number) => Math.round(((chars * 6 + 5) / 6) * 256) / 256;
/** Text that keeps its spaces and line breaks only with `xml:space="preserve"`. */
const STRAY_SPACE = /^\s|\s$|[\t\n\r]/;

class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  of(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  write(zip: ZipWriter): void {
    zip.begin('xl/sharedStrings.xml');
    zip.write(`${HEADER}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.index.size}">`);
    for (const text of this.index.keys()) zip.write(`<si><t${STRAY_SPACE.test(text) ? ' xml:space="preserve"' : ''}>${escapeXml(text)}</t></si>`);
    zip.write('</sst>');
    zip.end();
  }
}

/** A sheet name in a formula, quoted when it holds anything but letters, digits and `_`. */
function quotedSheet(name: string): string {
  return /[^\w]/.test(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

function validationXml(v: ListValidation): string {
  const target = `${columnName(v.column)}${v.firstRow}:${columnName(v.column)}${v.lastRow}`;
  const src = v.source;
  const formula = `'${src.sheet.replace(/'/g, "''")}'!$${columnName(src.column)}$${src.firstRow}:$${columnName(src.column)}$${src.lastRow}`;
  const style = v.strict ? '' : ' errorStyle="warning"';
  return `<dataValidation type="list" allowBlank="1" showErrorMessage="1"${style} sqref="${target}"><formula1>${formula.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</formula1></dataValidation>`;
}

function writeSheet(zip: ZipWriter, index: number, sheet: OutSheet, strings: SharedStrings, styles: XlsxStyles): void {
  const { lastRow, lastColumn } = sheetExtent(sheet);
  const ref = `A1:${columnName(lastColumn)}${lastRow + 1}`;
  const top = `A${sheet.frozenRows + 1}`;
  const view =
    sheet.frozenRows > 0
      ? `<sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView>`
      : '<sheetView workbookViewId="0"/>';
  zip.begin(`xl/worksheets/sheet${index + 1}.xml`);
  zip.write(`${HEADER}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="${ref}"/><sheetViews>${view}</sheetViews>`);
  if (sheet.widths.length > 0) {
    zip.write(`<cols>${sheet.widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${width(w)}" customWidth="1"/>`).join('')}</cols>`);
  }
  const names = Array.from({ length: lastColumn + 1 }, (_, c) => columnName(c));
  const unlocked = unlockedByRow(sheet);
  zip.write('<sheetData>');
  sheet.rows.forEach((row, r) => {
    const open = unlocked.get(r);
    const end = Math.max(row.length - 1, ...(open ? open.keys() : []));
    let cells = '';
    for (let c = 0; c <= end; c++) {
      const cell = row[c] ?? null;
      const isOpen = open?.has(c) ?? false;
      if (!cell && !isOpen) continue;
      const at = `${names[c]}${r + 1}`;
      if (!cell) {
        cells += `<c r="${at}" s="${styles.styleOf(open?.get(c), true)}"></c>`;
        continue;
      }
      const format = cellFormat(cell);
      const style = isOpen || format ? styles.styleOf(format, isOpen) : 0;
      const s = style === 0 ? '' : ` s="${style}"`;
      if (cell.kind === 'text') cells += `<c r="${at}"${s} t="s"><v>${strings.of(checkedText(cell.text, sheet.name, r, c))}</v></c>`;
      else cells += `<c r="${at}"${s}><v>${cell.kind === 'number' ? cell.value : dateSerial(cell.iso)}</v></c>`;
    }
    if (cells !== '') zip.write(`<row r="${r + 1}">${cells}</row>`);
  });
  zip.write('</sheetData>');
  if (sheet.protect) zip.write('<sheetProtection sheet="1" formatColumns="0" sort="0" autoFilter="0"/>');
  if (sheet.autoFilter) zip.write(`<autoFilter ref="${ref}"/>`);
  const validations = sheet.validations.filter((v) => v.column >= 0);
  if (validations.length > 0) zip.write(`<dataValidations count="${validations.length}">${validations.map(validationXml).join('')}</dataValidations>`);
  zip.write(`<ignoredErrors><ignoredError numberStoredAsText="1" sqref="${ref}"/></ignoredErrors></worksheet>`);
  zip.end();
}

function workbookXml(spec: WorkbookSpec): string {
  const sheets = spec.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const filters = spec.sheets.flatMap((s, i) => {
    if (!s.autoFilter) return [];
    const { lastRow, lastColumn } = sheetExtent(s);
    const ref = `${quotedSheet(s.name)}!$A$1:$${columnName(lastColumn)}$${lastRow + 1}`;
    return [`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(ref)}</definedName>`];
  });
  const names = filters.length > 0 ? `<definedNames>${filters.join('')}</definedNames>` : '';
  return `${HEADER}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><sheets>${sheets}</sheets>${names}</workbook>`;
}

function packageParts(spec: WorkbookSpec): [string, string][] {
  const n = spec.sheets.length;
  const sheetTypes = spec.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`).join('');
  const sheetRels = spec.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const titles = spec.sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`).join('');
  return [
    [
      '[Content_Types].xml',
      `${HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>${sheetTypes}<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `${HEADER}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${PACKAGE_REL}/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ],
    [
      'docProps/core.xml',
      `${HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>`,
    ],
    [
      'docProps/app.xml',
      `${HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>PIRA Desk</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts></Properties>`,
    ],
    ['xl/workbook.xml', workbookXml(spec)],
    [
      'xl/_rels/workbook.xml.rels',
      `${HEADER}<Relationships xmlns="${PACKAGE_REL}">${sheetRels}<Relationship Id="rId${n + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
  ];
}

export function writeXlsx(spec: WorkbookSpec): Buffer {
  const zip = new ZipWriter();
  for (const [name, xml] of packageParts(spec)) zip.add(name, xml);
  const strings = new SharedStrings();
  const styles = new XlsxStyles();
  spec.sheets.forEach((sheet, i) => writeSheet(zip, i, sheet, strings, styles));
  strings.write(zip);
  zip.add('xl/styles.xml', styles.xml());
  return zip.finish();
}
