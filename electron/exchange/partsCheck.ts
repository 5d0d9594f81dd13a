/**
 * The second gate before SheetJS: the parts the reader needs must be there, be well-formed UTF-8 XML without a DTD
 * and with the right root element, and their cells must fit the expansion budget. Returns exactly those parts, in
 * the roles they were checked in: the parser is then handed these and nothing else (sheetJsInput.ts).
 * Why: SheetJS reads a garbled sheet as an empty one, expands repeats and shared strings blindly, and finds its
 * parts by its own rules ([Content_Types].xml, case-insensitive names); the checks and the parser must not be
 * able to disagree on which part is what.
 */
import type { SpreadsheetKind } from './archiveCheck';
import { ExpansionBudget } from './expansionBudget';
import { ImportRefusedError, formatCount } from './importRefused';
import type { ParseLimits } from './limits';
import { NumberScan, type UnreadableNumber } from './numberScan';
import { odsContentVisitor } from './odsExpansion';
import { OdsFormats } from './odsFormats';
import { OdsReading } from './odsReader';
import { withOdsCellShortcut } from './odsLane';
import { odsXmlVisitor } from './odsTag';
import { odsElement } from './sheetJsSyntax';
import { attributesVisitor, sharedStringsVisitor } from './xlsxExpansion';
import { worksheetVisitor } from './worksheetExpansion';
import { XlsxReading, type SheetsRead } from './xlsxReader';
import { withCellShortcut } from './worksheetLane';
import { XmlProblem, canonicalXml, scanXml, unescapeXml, type XmlVisitor } from './xmlScan';

const refuse = (message: string): never => {
  throw new ImportRefusedError(message);
};

/** An xlsx as the checks saw it: the sheet names and each worksheet's checked part. */
export interface XlsxParts {
  kind: 'xlsx';
  date1904: boolean;
  /** `part` is null for sheets that hold no cells (chart, macro and dialog sheets). */
  sheets: { name: string; part: Buffer | null }[];
  sharedStrings: Buffer | null;
  styles: Buffer | null;
  /** The cells read on the same scan (xlsxReader.ts), or why SheetJS must read them. */
  read: SheetsRead | { fallback: string };
}

export interface OdsParts {
  kind: 'ods';
  content: Buffer;
  styles: Buffer | null;
  /** The cells read on the same scan (odsReader.ts), or why SheetJS must read them. */
  read: SheetsRead | { fallback: string };
}

/** The checked parts and the numeric cells whose number cannot be read (readWorkbook marks them after SheetJS). */
export type WorkbookParts = (XlsxParts | OdsParts) & { unreadable: UnreadableNumber[] };

/**
 * Scans one part, turning its problem into an Italian refusal; returns the root element's name and the part as
 * SheetJS will be given it (rewritten by `canonicalXml` when SheetJS would not read it the way the scan did).
 */
function scanPart(parts: ReadonlyMap<string, Buffer>, name: string, visitor: XmlVisitor = {}, sheet?: string): { root: string; data: Buffer; canonical: boolean } {
  const data = parts.get(name);
  const where = sheet === undefined ? `la parte interna «${name}»` : `il foglio «${sheet}» (parte «${name}»)`;
  const inWhere = sheet === undefined ? `nella parte interna «${name}»` : `nel foglio «${sheet}»`;
  if (!data) return refuse(`Il file è danneggiato: manca ${where}. Salvarlo di nuovo e riprovare.`);
  let scanned = { canonical: true, root: '' };
  try {
    scanned = scanXml(data, visitor);
  } catch (error) {
    if (!(error instanceof XmlProblem)) throw error;
    if (error.reason === 'dtd') {
      refuse(`Il file contiene una dichiarazione DTD ${inWhere}: le cartelle di lavoro non ne usano e può moltiplicare il testo a dismisura. File sospetto, importazione rifiutata.`);
    }
    const line = error.reason === 'utf8' ? 'non è testo UTF-8 valido' : `non è XML valido (riga ${formatCount(error.line)})`;
    refuse(`Il file è danneggiato: ${where} ${line}. Salvarlo di nuovo e riprovare.`);
  }
  const { root, canonical } = scanned;
  return { root, data: canonical ? data : canonicalXml(data), canonical };
}

function expectRoot(root: string, expected: string, part: string): void {
  if (root.slice(root.indexOf(':') + 1) !== expected) {
    refuse(`Il file è danneggiato: la parte interna «${part}» non contiene ciò che dovrebbe («${expected}»). Salvarlo di nuovo e riprovare.`);
  }
}

function refuseTooManySheets(count: number, limits: ParseLimits): void {
  if (count > limits.maxSheets) refuse(`Il file ha ${formatCount(count)} fogli: il limite è ${formatCount(limits.maxSheets)}.`);
}

/** `Target` of a workbook relationship as a path inside the archive. */
function partPath(target: string): string {
  const written = unescapeXml(target);
  if (written.startsWith('/')) return written.slice(1);
  const segments = ['xl'];
  for (const segment of written.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/**
 * Both visitors on one scan, `first` first (the expansion budget refuses before the reader reads on). Their
 * callbacks are read once: looked up on every event, visitors of many shapes cost more than the calls.
 */
export function together(first: XmlVisitor, second: XmlVisitor): XmlVisitor {
  const [open1, close1, text1] = [first.open, first.close, first.text];
  const [open2, close2, text2] = [second.open, second.close, second.text];
  return {
    source(xml) {
      first.source?.(xml);
      second.source?.(xml);
    },
    open(name, attributes, selfClosing, start, end) {
      open1?.call(first, name, attributes, selfClosing, start, end);
      open2?.call(second, name, attributes, selfClosing, start, end);
    },
    close(name, start, end) {
      close1?.call(first, name, start, end);
      close2?.call(second, name, start, end);
    },
    text(text) {
      text1?.call(first, text);
      text2?.call(second, text);
    },
  };
}

/** The checked part a relationship of `type` points to, if any (its root must be `root`); the reader reads it too. */
function relatedPart(
  parts: ReadonlyMap<string, Buffer>,
  rels: Record<string, string>[],
  type: string,
  root: string,
  visitor: XmlVisitor,
  reading: XlsxReading,
): Buffer | null {
  const target = rels.find((r) => r.Type?.endsWith(type))?.Target;
  if (target === undefined) return null;
  const path = partPath(target);
  const scanned = scanPart(parts, path, visitor);
  expectRoot(scanned.root, root, path);
  reading.partRead(path, scanned.canonical);
  return scanned.data;
}

function checkXlsx(parts: ReadonlyMap<string, Buffer>, limits: ParseLimits, budget: ExpansionBudget, numbers: NumberScan): XlsxParts {
  const workbook = attributesVisitor('sheet', ['name', 'r:id']);
  const properties = attributesVisitor('workbookPr', ['date1904']);
  expectRoot(scanPart(parts, 'xl/workbook.xml', together(workbook, properties)).root, 'workbook', 'xl/workbook.xml');
  const rels = attributesVisitor('Relationship', ['Id', 'Target', 'Type']);
  scanPart(parts, 'xl/_rels/workbook.xml.rels', rels);
  const targetOf = new Map(rels.found.map((r) => [unescapeXml(r.Id ?? ''), r]));
  const strings = sharedStringsVisitor();
  const reading = new XlsxReading(limits);
  const sharedStrings = relatedPart(parts, rels.found, '/sharedStrings', 'sst', together(strings, reading.sharedStringsVisitor()), reading);
  const styles = relatedPart(parts, rels.found, '/styles', 'styleSheet', reading.stylesVisitor(), reading);
  const date1904 = /^(1|true)$/.test(properties.found[0]?.date1904 ?? '');
  reading.tablesRead(date1904);
  refuseTooManySheets(workbook.found.length, limits);
  const sheets = workbook.found.map((sheet) => {
    const name = unescapeXml(sheet.name ?? '');
    const relation = targetOf.get(unescapeXml(sheet['r:id'] ?? ''));
    if (!relation?.Target) refuse(`Il file è danneggiato: il foglio «${name}» non ha una parte interna. Salvarlo di nuovo e riprovare.`);
    if (!relation!.Type?.endsWith('/worksheet')) {
      reading.emptySheet(name);
      return { name, part: null }; // chart sheets hold no cells
    }
    const path = partPath(relation!.Target!);
    const cells = reading.sheetVisitor(name);
    const expansion = worksheetVisitor(name, strings.lengths, budget, numbers);
    const scanned = scanPart(parts, path, withCellShortcut(together(expansion, cells.visitor()), expansion, cells), name);
    expectRoot(scanned.root, 'worksheet', path);
    reading.partRead(path, scanned.canonical);
    reading.sheetRead(cells, scanned.data);
    return { name, part: scanned.data };
  });
  return { kind: 'xlsx', date1904, sheets, sharedStrings, styles, read: reading.result() };
}

function checkOds(parts: ReadonlyMap<string, Buffer>, limits: ParseLimits, budget: ExpansionBudget, numbers: NumberScan): OdsParts {
  if (parts.has('META-INF/manifest.xml')) {
    const encryption = attributesVisitor('encryption-data', []);
    scanPart(parts, 'META-INF/manifest.xml', encryption);
    if (encryption.found.length > 0) refuse('Il file è protetto da password (cifrato): rimuovere la password in LibreOffice e riprovare.');
  }
  // SheetJS reads the number formats of styles.xml first, then content.xml with its own.
  const formats = new OdsFormats();
  const stylesVisitor: XmlVisitor = {
    open: (name, attributes, selfClosing) => formats.open(odsElement(name), attributes, selfClosing),
    close: (name) => formats.close(odsElement(name)),
    text: (text) => formats.text(text.length),
  };
  const reading = new OdsReading(limits);
  const styles = parts.has('styles.xml') ? scanPart(parts, 'styles.xml', together(stylesVisitor, reading.stylesVisitor())) : null;
  if (styles) {
    expectRoot(styles.root, 'document-styles', 'styles.xml');
    reading.stylesRead(styles.data, styles.canonical);
  }
  const visitor = odsContentVisitor(budget, formats, numbers);
  const cells = reading.contentVisitor();
  const content = scanPart(parts, 'content.xml', withOdsCellShortcut(odsXmlVisitor(visitor, cells), [visitor, cells]));
  expectRoot(content.root, 'document-content', 'content.xml');
  reading.contentRead(content.canonical);
  refuseTooManySheets(visitor.sheets(), limits);
  return { kind: 'ods', content: content.data, styles: styles?.data ?? null, read: reading.result() };
}

/** The parts the reader will be given, once each is sound and the cells fit `limits`; throws `ImportRefusedError`. */
export function checkParts(kind: SpreadsheetKind, parts: ReadonlyMap<string, Buffer>, limits: ParseLimits): WorkbookParts {
  const budget = new ExpansionBudget(limits);
  const numbers = new NumberScan();
  const checked = kind === 'xlsx' ? checkXlsx(parts, limits, budget, numbers) : checkOds(parts, limits, budget, numbers);
  return { ...checked, unreadable: numbers.found };
}
