/**
 * The second gate before SheetJS: every XML part of the archive must be well-formed UTF-8 XML without a DTD, the
 * parts the reader needs must be there with the right root element, and the cells must fit the expansion budget.
 * Why: SheetJS reads a garbled sheet as an empty one and expands repeats and shared strings blindly; both must be
 * refused (in Italian, naming the part or the sheet) before it runs.
 */
import type { SpreadsheetKind } from './archiveCheck';
import { ExpansionBudget } from './expansionBudget';
import { ImportRefusedError, formatCount } from './importRefused';
import type { ParseLimits } from './limits';
import { NumberScan, type UnreadableNumber } from './numberScan';
import { odsContentVisitor } from './odsExpansion';
import { attributesVisitor, sharedStringsVisitor, worksheetVisitor } from './xlsxExpansion';
import { XmlProblem, scanXml, type XmlVisitor } from './xmlScan';

const refuse = (message: string): never => {
  throw new ImportRefusedError(message);
};

const XML_PART = /\.(xml|rels)$/i;

/** Scans one part, turning its problem into an Italian refusal; returns the root element's name. */
function scanPart(parts: ReadonlyMap<string, Buffer>, name: string, visitor: XmlVisitor = {}, sheet?: string): string {
  const data = parts.get(name);
  const where = sheet === undefined ? `la parte interna «${name}»` : `il foglio «${sheet}» (parte «${name}»)`;
  const inWhere = sheet === undefined ? `nella parte interna «${name}»` : `nel foglio «${sheet}»`;
  if (!data) return refuse(`Il file è danneggiato: manca ${where}. Salvarlo di nuovo e riprovare.`);
  let root = '';
  const withRoot: XmlVisitor = {
    ...visitor,
    open(element, attributes, selfClosing) {
      if (root === '') root = element;
      visitor.open?.(element, attributes, selfClosing);
    },
  };
  try {
    scanXml(data, withRoot);
  } catch (error) {
    if (!(error instanceof XmlProblem)) throw error;
    if (error.reason === 'dtd') {
      refuse(`Il file contiene una dichiarazione DTD ${inWhere}: le cartelle di lavoro non ne usano e può moltiplicare il testo a dismisura. File sospetto, importazione rifiutata.`);
    }
    const line = error.reason === 'utf8' ? 'non è testo UTF-8 valido' : `non è XML valido (riga ${formatCount(error.line)})`;
    refuse(`Il file è danneggiato: ${where} ${line}. Salvarlo di nuovo e riprovare.`);
  }
  return root;
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
  if (target.startsWith('/')) return target.slice(1);
  const segments = ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

function checkXlsx(parts: ReadonlyMap<string, Buffer>, limits: ParseLimits, budget: ExpansionBudget, numbers: NumberScan): Set<string> {
  const workbook = attributesVisitor('sheet', ['name', 'r:id']);
  expectRoot(scanPart(parts, 'xl/workbook.xml', workbook), 'workbook', 'xl/workbook.xml');
  const rels = attributesVisitor('Relationship', ['Id', 'Target', 'Type']);
  scanPart(parts, 'xl/_rels/workbook.xml.rels', rels);
  const targetOf = new Map(rels.found.map((r) => [r.Id, r]));
  const strings = sharedStringsVisitor();
  const sharedPath = rels.found.find((r) => r.Type?.endsWith('/sharedStrings'))?.Target;
  if (sharedPath !== undefined) expectRoot(scanPart(parts, partPath(sharedPath), strings), 'sst', partPath(sharedPath));
  refuseTooManySheets(workbook.found.length, limits);
  const scanned = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', ...(sharedPath ? [partPath(sharedPath)] : [])]);
  for (const sheet of workbook.found) {
    const relation = targetOf.get(sheet['r:id'] ?? '');
    const name = sheet.name ?? '';
    if (!relation?.Target) refuse(`Il file è danneggiato: il foglio «${name}» non ha una parte interna. Salvarlo di nuovo e riprovare.`);
    if (!relation!.Type?.endsWith('/worksheet')) continue; // chart sheets hold no cells
    const path = partPath(relation!.Target!);
    expectRoot(scanPart(parts, path, worksheetVisitor(name, strings.lengths, budget, numbers), name), 'worksheet', path);
    scanned.add(path);
  }
  return scanned;
}

function checkOds(parts: ReadonlyMap<string, Buffer>, limits: ParseLimits, budget: ExpansionBudget, numbers: NumberScan): Set<string> {
  const content = odsContentVisitor(budget, numbers);
  expectRoot(scanPart(parts, 'content.xml', content), 'document-content', 'content.xml');
  refuseTooManySheets(content.sheets(), limits);
  return new Set(['content.xml']);
}

/**
 * Refuses the file unless every XML part is sound and its cells fit `limits`; throws `ImportRefusedError`. Returns
 * the numeric cells whose number cannot be read (readWorkbook marks them after SheetJS).
 */
export function checkParts(kind: SpreadsheetKind, parts: ReadonlyMap<string, Buffer>, limits: ParseLimits): UnreadableNumber[] {
  const budget = new ExpansionBudget(limits);
  const numbers = new NumberScan();
  const scanned = kind === 'xlsx' ? checkXlsx(parts, limits, budget, numbers) : checkOds(parts, limits, budget, numbers);
  for (const name of parts.keys()) if (XML_PART.test(name) && !scanned.has(name)) scanPart(parts, name);
  return numbers.found;
}
