/**
 * The ODS data style (`<number:…-style>`) of each number format the export writes: counts (`#,##0.0`, `0`),
 * amounts with a text after the number (`#,##0.00 €`), percentages with their own decimals (`0.0%`), dates
 * (`dd/mm/yyyy`) and text (`@`). Why: the ODS must show, and re-import with, the decimals the office published;
 * SheetJS CE wrote two decimals for every percentage and dropped the euro sign, which had to be patched afterwards.
 */
import { formatDecimals } from '../../shared/exchange/valueCells';
import { escapeXml } from './writtenCells';

const DATE_PARTS: Record<string, string> = {
  d: '<number:day number:style="short"/>',
  dd: '<number:day number:style="long"/>',
  m: '<number:month number:style="short" number:textual="false"/>',
  mm: '<number:month number:style="long" number:textual="false"/>',
  mmm: '<number:month number:style="short" number:textual="true"/>',
  mmmm: '<number:month number:style="long" number:textual="true"/>',
  yy: '<number:year/>',
  yyyy: '<number:year number:style="long"/>',
};

/** Literal text of a format: quotes removed, `\x` unescaped. */
function literal(code: string): string {
  return code.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
}

const textPart = (text: string) => (text === '' ? '' : `<number:text>${escapeXml(text)}</number:text>`);

function dateStyle(name: string, code: string): string | null {
  const parts = code.toLowerCase().match(/d+|m+|y+|[^dmy]+/g) ?? [];
  const body = parts.map((p) => DATE_PARTS[p] ?? (/^[dmy]/.test(p) ? null : textPart(literal(p))));
  if (body.some((p) => p === null)) return null;
  return `<number:date-style style:name="${name}">${body.join('')}</number:date-style>`;
}

/** The data style named `name` of `format`; `null` when the format is General or not one the export writes. */
export function odsNumberStyle(name: string, format: string): string | null {
  const code = format.split(';')[0] ?? '';
  if (code === '@') return `<number:text-style style:name="${name}"><number:text-content/></number:text-style>`;
  if (/^[dmy][dmy/.\- ]*$/i.test(code)) return dateStyle(name, code);
  const number = /([#0][#0,]*)(\.[#0]*)?/.exec(code);
  if (!number) return null;
  const integer = (number[1] ?? '').replace(/,/g, '');
  const digits = integer.includes('0') ? integer.length - integer.indexOf('0') : 0;
  const before = textPart(literal(code.slice(0, number.index)));
  const after = literal(code.slice(number.index + number[0].length));
  if (after.startsWith('%')) {
    const decimals = formatDecimals(code) ?? 0;
    return `<number:percentage-style style:name="${name}">${before}<number:number number:decimal-places="${decimals}" number:min-decimal-places="${decimals}" number:min-integer-digits="${digits}"/>${textPart(after)}</number:percentage-style>`;
  }
  const grouping = number[1]?.includes(',') ? ' number:grouping="true"' : '';
  const decimals = number[2] ? number[2].length - 1 : 0;
  return `<number:number-style style:name="${name}">${before}<number:number number:min-integer-digits="${digits}"${grouping} number:decimal-places="${decimals}"></number:number>${textPart(after)}</number:number-style>`;
}
