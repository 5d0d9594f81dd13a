/**
 * SheetJS 0.20.3's `parse_ods_styles`, copied step for step: the number format string (`0.00%`, `dd/mm/yyyy`,
 * `#,##0.00" €"`) of each ODS data style (`<number:*-style>`), from the same regular expression over the same
 * text (styles.xml whole, and each data style of content.xml as odsCells.ts meets it). A map is a plain object, as
 * SheetJS's is, so that even a style named `constructor` is looked up the same way. SheetJS writes two warnings to
 * the console here (week-of-year, quarter, complex maps) and changes nothing: they are left out.
 * Why: the own ods reader gives a cell the same format as SheetJS, which decides dates, percentages and decimals.
 */
import { sheetJsAttribute, sheetJsUnescape } from './sheetJsSyntax';

/** Something written in a way whose SheetJS reading is not copied: SheetJS must read the workbook. */
export class OdsNotCopied extends Error {}

/** Format strings by data style name (a plain object, shared by styles.xml and content.xml as in SheetJS). */
export type FormatMap = Record<string, string>;

/** SheetJS's `xlmlregex`: the tags of a part, as its ods parser sees them. */
export const xlmlTag = () => /<([\/]?)([^\s?><!\/:"]*:|)([^\s?<>:\/"]+)(?:\s+[^<>=?"'\s]+="[^"]*?")*\s*[\/]?>/gm;

/** SheetJS's `parsexmltag(tag)[key]` for one key: the attribute text starts at the first space, CR or LF. */
export function tagAttribute(tag: string, key: string): string | undefined {
  let eq = 0;
  for (; eq < tag.length; eq++) {
    const c = tag.charCodeAt(eq);
    if (c === 32 || c === 10 || c === 13) break;
  }
  if (eq === tag.length) return undefined;
  return sheetJsAttribute(tag.slice(eq, tag.endsWith('/>') ? -2 : -1), key);
}

/** `parsexmltag(tag)[0]`: `<` and the element's name as written. */
function tagRoot(tag: string): string {
  const space = tag.search(/[ \n\r]/);
  return space < 0 ? tag : tag.slice(0, space);
}

const fill = (c: string, l: number) => {
  let o = '';
  while (o.length < l) o += c;
  return o;
};

function commaify(s: string): string {
  const w = 3;
  if (s.length <= w) return s;
  let j = s.length % w;
  let o = s.substr(0, j);
  for (; j !== s.length; j += w) o += (o.length > 0 ? ',' : '') + s.substr(j, w);
  return o;
}

function xmlBool(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

const num = (value: string | undefined) => +(value as string);

/** Adds the data styles written in `str` to `map` (and returns it), as `parse_ods_styles(str, opts, map)`. */
export function parseOdsStyles(str: string, map: FormatMap): FormatMap {
  const pattern = xlmlTag();
  let NF = '';
  let NFname: string | undefined;
  let NFroot = '';
  let NFtruncate: string | undefined;
  let tidx = -1;
  let etpos = 0;
  let payload = '';
  let opened = false;
  let Rn: RegExpExecArray | null;
  const attr = (key: string) => tagAttribute(Rn![0], key);
  const closing = () => Rn![1] === '/';
  const selfClosing = () => Rn![0].charAt(Rn![0].length - 2) === '/';
  const inner = () => str.slice(tidx, pattern.lastIndex - Rn![0].length);
  while ((Rn = pattern.exec(str))) {
    const element = Rn[3]!.replace(/_[\s\S]*$/, '');
    switch (element) {
      case 'number-style':
      case 'currency-style':
      case 'percentage-style':
      case 'date-style':
      case 'time-style':
      case 'text-style':
        if (closing()) {
          if (NFtruncate == 'false') {
            if (NF.match(/h/)) NF = NF.replace(/h+/, '[$&]');
            else if (NF.match(/m/)) NF = NF.replace(/m+/, '[$&]');
            else if (NF.match(/s/)) NF = NF.replace(/s+/, '[$&]');
          }
          map[NFname as string] = NF;
          NF = '';
        } else if (!selfClosing()) {
          NF = '';
          NFname = attr('name');
          NFroot = tagRoot(Rn[0]);
          NFtruncate = attr('truncate-on-overflow');
          opened = true;
        }
        break;
      case 'boolean-style':
        if (closing()) {
          map[NFname as string] = 'General';
          NF = '';
        } else if (!selfClosing()) {
          NF = '';
          NFname = attr('name');
          NFroot = tagRoot(Rn[0]);
          NFtruncate = attr('truncate-on-overflow');
          opened = true;
        }
        break;
      case 'boolean':
        NF += 'General';
        break;
      case 'text':
        if (closing()) {
          payload = inner();
          // SheetJS fails here (it reads the tag of a data style not yet met): not copied.
          if (payload == '%' && !opened) throw new OdsNotCopied('a % text before any data style');
          if (payload == '%' && NFroot == '<number:percentage-style') NF += '%';
          else NF += '"' + payload.replace(/"/g, '""') + '"';
        } else if (!selfClosing()) tidx = pattern.lastIndex;
        break;
      case 'day':
        NF += attr('style') === 'short' ? 'd' : 'dd';
        break;
      case 'day-of-week':
        NF += attr('style') === 'long' ? 'dddd' : 'ddd';
        break;
      case 'era':
        NF += attr('style') === 'short' ? 'ee' : 'eeee';
        break;
      case 'hours':
        NF += attr('style') === 'short' ? 'h' : 'hh';
        break;
      case 'minutes':
        NF += attr('style') === 'short' ? 'm' : 'mm';
        break;
      case 'month':
        if (attr('textual')) NF += 'mm';
        NF += attr('style') === 'long' ? 'mm' : 'm';
        break;
      case 'seconds': {
        NF += attr('style') === 'short' ? 's' : 'ss';
        const places = attr('decimal-places');
        if (places) NF += '.' + fill('0', +places);
        break;
      }
      case 'year':
        NF += attr('style') === 'long' ? 'yyyy' : 'yy';
        break;
      case 'am-pm':
        NF += 'AM/PM';
        break;
      case 'fill-character':
        if (closing()) NF += '"' + inner().replace(/"/g, '""') + '"*';
        else if (!selfClosing()) tidx = pattern.lastIndex;
        break;
      case 'scientific-number':
        NF +=
          '0.' +
          fill('0', num(attr('min-decimal-places')) || num(attr('decimal-places')) || 2) +
          fill('?', num(attr('decimal-places')) - num(attr('min-decimal-places')) || 0) +
          'E' +
          (xmlBool(attr('forced-exponent-sign')) ? '+' : '') +
          fill('0', num(attr('min-exponent-digits')) || 2);
        break;
      case 'fraction': {
        if (!num(attr('min-integer-digits'))) NF += '#';
        else NF += fill('0', num(attr('min-integer-digits')));
        NF += ' ' + fill('?', num(attr('min-numerator-digits')) || 1) + '/';
        const denominator = attr('denominator-value');
        if (num(denominator)) NF += denominator;
        else NF += fill('?', num(attr('min-denominator-digits')) || 1);
        break;
      }
      case 'currency-symbol':
        if (closing()) NF += '"' + inner().replace(/"/g, '""') + '"';
        else if (!selfClosing()) tidx = pattern.lastIndex;
        else NF += '$';
        break;
      case 'text-properties':
        switch ((attr('color') || '').toLowerCase().replace('#', '')) {
          case 'ff0000':
          case 'red':
            NF = '[Red]' + NF;
        }
        break;
      case 'text-content':
        NF += '@';
        break;
      case 'map':
        if (sheetJsUnescape(String(attr('condition'))) == 'value()>=0') NF = map[attr('apply-style-name') as string] + ';' + NF;
        break;
      case 'number': {
        if (closing()) break;
        let tNF = fill('0', num(attr('min-integer-digits')) || 1);
        if (xmlBool(attr('grouping'))) tNF = commaify(fill('#', Math.max(0, 4 - tNF.length)) + tNF);
        const min = num(attr('min-decimal-places'));
        const places = num(attr('decimal-places'));
        if (min || places) tNF += '.';
        if (min) tNF += fill('0', min || 1);
        if (places - (min || 0)) tNF += fill('0', places - (min || 0));
        NF += tNF;
        break;
      }
      case 'embedded-text':
        if (closing()) {
          const text = '"' + inner().replace(/"/g, '""') + '"';
          NF = etpos == 0 ? NF + text : NF.slice(0, etpos) + text + NF.slice(etpos);
        } else if (!selfClosing()) {
          tidx = pattern.lastIndex;
          etpos = -num(attr('position')) || 0;
        }
        break;
    }
  }
  return map;
}
