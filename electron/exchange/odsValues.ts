/**
 * The pieces of SheetJS 0.20.3 that turn what an ODS cell writes into its value, copied as they are: a paragraph's
 * text from its XML (`parse_text_p`: whitespace folded before the `text:s` / `text:tab` / `text:line-break` tags
 * are expanded, then every other tag dropped), a `date-value` into a serial number (`parseDate` of sheetJsDates.ts,
 * then `datenum`), a `time-value` into a fraction of a day (`parse_isodur`), and the error texts LibreOffice writes
 * (`RBErr`) with the test that makes a cell an error cell.
 * Why: the own ods reader (odsCells.ts) must give every cell exactly the value SheetJS gives it.
 */
import { OdsNotCopied } from './odsStyles';
import { sheetJsUnescape } from './sheetJsSyntax';

/** Text that `parse_text_p` returns unchanged: no tag, entity, `_x`, tab or line end, no doubled or outer space. */
const PLAIN = /[<&\t\r\n]|_x| {2}/i;
/** Text that its replacements leave as it is (with no outer space), unescaping aside: most text with an entity. */
const UNTOUCHED = /[<\t\r\n]| {2}/;

/** More spaces than any cell may hold (the budget refuses a cell past 32.767 characters when it ends). */
const MAX_SPACES = 100_000;

/**
 * `parse_text_p(xml)[0]`: the text of a paragraph from the XML between its start and end tags. A run of spaces past
 * `MAX_SPACES` is not written out (the paragraph closes before its cell, whose budget then refuses it).
 */
export function parseTextP(xml: string): string {
  if (!PLAIN.test(xml) && xml.trim() === xml) return xml;
  if (!UNTOUCHED.test(xml) && xml.trim() === xml) return sheetJsUnescape(xml);
  if (xml.includes('text:c=')) {
    for (const run of xml.matchAll(/<text:s text:c="(\d+)"\/>/g)) {
      if (parseInt(run[1]!, 10) > MAX_SPACES) throw new OdsNotCopied('a run of spaces longer than any cell');
    }
  }
  const fixed = xml
    .replace(/[\t\r\n]/g, ' ')
    .trim()
    .replace(/ +/g, ' ')
    .replace(/<text:s\/>/g, ' ')
    .replace(/<text:s text:c="(\d+)"\/>/g, (_, count: string) => Array(parseInt(count, 10) + 1).join(' '))
    .replace(/<text:tab[^<>]*\/>/g, '\t')
    .replace(/<text:line-break\/>/g, '\n');
  return sheetJsUnescape(fixed.replace(/<[^<>]*>/g, ''));
}

const dnthresh = Date.UTC(1899, 11, 30, 0, 0, 0);

/** SheetJS's `datenum`: a date as a serial number. */
export function datenum(v: Date, date1904: boolean): number {
  const epoch = v.getTime();
  let res = (epoch - dnthresh) / (24 * 60 * 60 * 1000);
  if (date1904) {
    res -= 1462;
    return res < -1402 ? res - 1 : res;
  }
  return res < 60 ? res - 1 : res;
}

/** SheetJS's `parse_isodur`: an ISO 8601 duration in seconds; what SheetJS refuses is not copied. */
export function parseIsoDuration(s: string): number {
  let sec = 0;
  let time = false;
  const m = s.match(/P([0-9\.]+Y)?([0-9\.]+M)?([0-9\.]+D)?T([0-9\.]+H)?([0-9\.]+M)?([0-9\.]+S)?/);
  if (!m) throw new OdsNotCopied('a time that is not an ISO 8601 duration');
  for (let i = 1; i !== m.length; ++i) {
    const part = m[i];
    if (!part) continue;
    if (i > 3) time = true;
    const unit = part.slice(part.length - 1);
    if (unit === 'Y') throw new OdsNotCopied('a duration in years');
    // SheetJS multiplies days into hours into minutes and refuses each before the T (days always).
    if (unit !== 'S' && !time) throw new OdsNotCopied('a duration in days or months');
    const mt = unit === 'D' ? 86400 : unit === 'H' ? 3600 : unit === 'M' ? 60 : 1;
    sec += mt * parseInt(part, 10);
  }
  return sec;
}

/**
 * SheetJS's `RBErr`: the error texts it reads as error cells. A plain object, as in SheetJS, whose lookup also finds
 * what every object inherits (`constructor`): the own reader then reads such a text as SheetJS does.
 */
export const RB_ERR: Record<string, unknown> = {
  '#NULL!': 0x00,
  '#DIV/0!': 0x07,
  '#VALUE!': 0x0f,
  '#REF!': 0x17,
  '#NAME?': 0x1d,
  '#NUM!': 0x24,
  '#N/A': 0x2a,
  '#GETTING_DATA': 0x2b,
  '#WTF?': 0xff,
};

/**
 * `RB_ERR[text] != null`: only RB_ERR's own texts and the names every object inherits answer (all but null), so a
 * Set of them, most texts ruled out by their length or first character. This runs for every cell: `RB_ERR[text]` itself was a
 * property load of ever new names, which V8 leaves megamorphic.
 */
const ERROR_TEXTS = new Set([...Object.keys(RB_ERR), ...Object.getOwnPropertyNames(Object.prototype)].filter((name) => RB_ERR[name] != null));
const ERROR_STARTS = new Set([...ERROR_TEXTS].map((name) => name.charCodeAt(0)));
const LONGEST_ERROR = Math.max(...[...ERROR_TEXTS].map((name) => name.length));
export const isErrorText = (text: string) => text.length <= LONGEST_ERROR && ERROR_STARTS.has(text.charCodeAt(0)) && ERROR_TEXTS.has(text);

/** `parsexmltagraw(tag)['calcext:value-type']`: the full name (prefix kept, cut at `_`), in any case, the last one. */
function calcextValueType(attributes: string): string | undefined {
  if (!/calcext:value-type/i.test(attributes)) return undefined;
  let value: string | undefined;
  for (const pair of attributes.matchAll(/\s([^\s=]+)="([^"]*)"/g)) {
    const underscore = pair[1]!.indexOf('_');
    const name = underscore > 0 ? pair[1]!.slice(0, underscore) : pair[1]!;
    if (name.toLowerCase() === 'calcext:value-type') value = pair[2];
  }
  return value;
}

/**
 * Whether SheetJS makes a cell an error cell: its text is one of `RB_ERR`'s and its tag's `calcext:value-type` is
 * `error` (SheetJS's two tests, both pure, in the cheaper order).
 */
export const isErrorCell = (text: string, tag: string) => isErrorText(text) && calcextValueType(tag) == 'error';
