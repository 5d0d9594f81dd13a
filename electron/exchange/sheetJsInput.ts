/**
 * What SheetJS is given to parse: a container of the parts partsCheck.ts validated, in the roles it validated them
 * in, built from the verified entries in memory. For an xlsx the package's own [Content_Types].xml, workbook.xml and
 * its relationships are replaced by minimal ones naming exactly the checked sheets, shared strings and styles (at
 * fixed paths); for an ods only content.xml and styles.xml are there, with a minimal manifest.
 * Why: SheetJS finds parts by its own rules (content types, case-insensitive names, the relationships of each
 * sheet: comments, drawings) and re-reads the zip; handed the checked parts only, it cannot parse anything the
 * checks did not count. It also skips SheetJS's own zip reading and its JavaScript inflate.
 */
import XLSX from 'xlsx';
import type { OdsParts, WorkbookParts, XlsxParts } from './partsCheck';
import { escapeXml } from './sheetJsSyntax';

interface Container {
  FullPaths: string[];
  FileIndex: unknown[];
}
const CFB = (XLSX as unknown as {
  CFB: { utils: { cfb_new(): Container; cfb_add(zip: Container, name: string, content: Buffer, options: { unsafe: true }): unknown } };
}).CFB;
/** `XLSX.parse_zip`: the workbook parser behind `XLSX.read`, given an already opened container. */
const parseContainer = (XLSX as unknown as { parse_zip(zip: Container, options: XLSX.ParsingOptions): XLSX.WorkBook }).parse_zip;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const EMPTY_SHEET = Buffer.from(`${DECLARATION}<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);

function xlsxContainer(parts: XlsxParts): Container {
  const zip = CFB.utils.cfb_new();
  const add = (name: string, content: Buffer | string) => CFB.utils.cfb_add(zip, name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content, { unsafe: true });
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>`,
    parts.sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/>` : '',
    parts.styles ? `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>` : '',
  ];
  add('[Content_Types].xml', `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${overrides.join('')}</Types>`);
  const sheets = parts.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  add('xl/workbook.xml', `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><workbookPr date1904="${parts.date1904 ? 1 : 0}"/><sheets>${sheets.join('')}</sheets></workbook>`);
  const rels = parts.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  add('xl/_rels/workbook.xml.rels', `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  if (parts.sharedStrings) add('xl/sharedStrings.xml', parts.sharedStrings);
  if (parts.styles) add('xl/styles.xml', parts.styles);
  parts.sheets.forEach((s, i) => add(`xl/worksheets/sheet${i + 1}.xml`, s.part ?? EMPTY_SHEET));
  return zip;
}

function odsContainer(parts: OdsParts): Container {
  const zip = CFB.utils.cfb_new();
  const manifest = '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>';
  CFB.utils.cfb_add(zip, 'META-INF/manifest.xml', Buffer.from(`${DECLARATION}${manifest}`, 'utf8'), { unsafe: true });
  if (parts.styles) CFB.utils.cfb_add(zip, 'styles.xml', parts.styles, { unsafe: true });
  CFB.utils.cfb_add(zip, 'content.xml', parts.content, { unsafe: true });
  return zip;
}

/** SheetJS's parse of exactly the checked parts (may throw SheetJS's own English errors: the caller translates). */
export function parseCheckedParts(parts: WorkbookParts, options: XLSX.ParsingOptions): XLSX.WorkBook {
  return parseContainer(parts.kind === 'xlsx' ? xlsxContainer(parts) : odsContainer(parts), options);
}
