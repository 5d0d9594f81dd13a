/**
 * SheetJS 0.20.3's date readings, copied so that a workbook read without loading SheetJS gives the same dates:
 * whether a number format shows a date (`SSF.is_date`), the calendar day of a serial number
 * (`SSF.parse_date_code`, local calendar as SheetJS computes it), and an xlsx `t="d"` cell's text as a serial
 * (`parseDate` then `datenum`). test/exchange/sheetJsDates.test.ts holds them against SheetJS's own.
 * Why: loading SheetJS costs the parse process more than reading a plan's whole workbook; readSheet only needs these.
 */

const ABSOLUTE_TIME = /\[[HhMmSs\u0E0A\u0E19\u0E17]*\]/;
const NUMBER_PART = '0#?.,E+-%';

/** `SSF_isgeneral`: "General" in any ASCII case at `i`. */
function isGeneralAt(s: string, i: number): boolean {
  if (s.length < 7 + i) return false;
  for (let k = 0; k < 7; k++) if ((s.charCodeAt(i + k) | 32) !== 'general'.charCodeAt(k)) return false;
  return true;
}

/** `fmt_is_date`, character by character. */
function formatShowsDate(fmt: string): boolean {
  let i = 0;
  let c = '';
  while (i < fmt.length) {
    switch ((c = fmt.charAt(i))) {
      case 'G':
        if (isGeneralAt(fmt, i)) i += 6;
        i++;
        break;
      case '"':
        for (; fmt.charCodeAt(++i) !== 34 && i < fmt.length; );
        ++i;
        break;
      case '\\':
      case '_':
        i += 2;
        break;
      case '@':
        ++i;
        break;
      case 'B': case 'b': // prettier-ignore
      case 'M': case 'D': case 'Y': case 'H': case 'S': case 'E': // prettier-ignore
      case 'm': case 'd': case 'y': case 'h': case 's': case 'e': case 'g': // prettier-ignore
        return true;
      case 'A':
      case 'a':
      case '上':
        if (fmt.substr(i, 3).toUpperCase() === 'A/P') return true;
        if (fmt.substr(i, 5).toUpperCase() === 'AM/PM') return true;
        if (fmt.substr(i, 5).toUpperCase() === '上午/下午') return true;
        ++i;
        break;
      case '[': {
        let o = c;
        while (fmt.charAt(i++) !== ']' && i < fmt.length) o += fmt.charAt(i);
        if (ABSOLUTE_TIME.test(o)) return true;
        break;
      }
      case '.':
      case '0':
      case '#':
        while (i < fmt.length && (NUMBER_PART.indexOf((c = fmt.charAt(++i))) > -1 || (c === '\\' && fmt.charAt(i + 1) === '-' && '0#'.indexOf(fmt.charAt(i + 2)) > -1)));
        break;
      case '?':
        while (fmt.charAt(++i) === c);
        break;
      case '*':
        ++i;
        if (fmt.charAt(i) === ' ' || fmt.charAt(i) === '*') ++i;
        break;
      case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': // prettier-ignore
        while (i < fmt.length && '0123456789'.indexOf(fmt.charAt(++i)) > -1);
        break;
      default:
        ++i;
    }
  }
  return false;
}

const known = new Map<string, boolean>();

/** Whether SheetJS takes `format` for a date format (remembered: a workbook repeats a few formats thousands of times). */
export function isDateFormat(format: string): boolean {
  let answer = known.get(format);
  if (answer === undefined) {
    answer = formatShowsDate(format);
    if (known.size < 10_000) known.set(format, answer);
  }
  return answer;
}

/** `SSF_normalize_xl_unsafe`: the serial rounded to 15 significant digits as Excel does (a string past e±). */
function normalized(v: number): number | string {
  const s = v.toPrecision(16);
  if (s.indexOf('e') > -1) {
    const m = s.slice(0, s.indexOf('e'));
    const digits = m.indexOf('.') > -1 ? m.slice(0, m.slice(0, 2) === '0.' ? 17 : 16) : m.slice(0, 15) + '0'.repeat(Math.max(0, m.length - 15));
    return digits + s.slice(s.indexOf('e'));
  }
  const n = s.indexOf('.') > -1 ? s.slice(0, s.slice(0, 2) === '0.' ? 17 : 16) : s.slice(0, 15) + '0'.repeat(Math.max(0, s.length - 15));
  return Number(n);
}

/** The year, month and day `SSF.parse_date_code` gives a serial (null where it gives none). */
export function dateOfSerial(value: number, date1904: boolean): { y: number; m: number; d: number } | null {
  if (value > 2958465 || value < 0) return null;
  const v = normalized(value) as number; // SheetJS computes on the string form too, through coercion
  let date = v | 0;
  let time = Math.floor(86400 * (v - date));
  const fraction = 86400 * (v - date) - time;
  if (date1904) date += 1462;
  if (Math.abs(fraction) >= 1e-6 && fraction > 0.9999) {
    if (++time === 86400) ++date;
  }
  if (date === 60) return { y: 1900, m: 2, d: 29 };
  if (date === 0) return { y: 1900, m: 1, d: 0 };
  if (date > 60) --date;
  const day = new Date(1900, 0, 1);
  day.setDate(day.getDate() + date - 1);
  return { y: day.getFullYear(), m: day.getMonth() + 1, d: day.getDate() };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30, 0, 0, 0);
const EPOCH_1899_12_31 = Date.UTC(1899, 11, 31, 0, 0, 0);
const EPOCH_1904 = Date.UTC(1904, 0, 1, 0, 0, 0);
const TIME = /^(\d+):(\d+)(:\d+)?(\.\d+)?$/;
const DAY = /^(\d+)-(\d+)-(\d+)$/;
const DAY_AND_TIME = /^(\d+)-(\d+)-(\d+)[T ](\d+):(\d+)(:\d+)?(\.\d+)?$/;

/** SheetJS's `parseDate` (a date string as a UTC date; anything else as `new Date` reads it): xlsx and ods dates. */
export function parseDate(str: string, date1904: boolean): Date {
  let m = str.match(TIME);
  if (m) {
    const seconds = (parseInt(m[1]!, 10) * 60 + parseInt(m[2]!, 10)) * 60 + (m[3] ? parseInt(m[3].slice(1), 10) : 0);
    return new Date((date1904 ? EPOCH_1904 : EPOCH_1899_12_31) + seconds * 1000 + (m[4] ? parseInt((m[4] + '000').slice(1, 4), 10) : 0));
  }
  m = str.match(DAY);
  if (m) return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, 0, 0, 0, 0));
  m = str.match(DAY_AND_TIME);
  if (m) {
    const seconds = (m[6] && parseInt(m[6].slice(1), 10)) || 0;
    const millis = (m[7] && parseInt((m[7] + '0000').slice(1, 4), 10)) || 0;
    return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, seconds, millis));
  }
  return new Date(str);
}

/** The serial SheetJS gives an xlsx `t="d"` cell's text (`datenum(parseDate(text))`; NaN when unreadable). */
export function serialOfDateText(text: string, date1904: boolean): number {
  const res = (parseDate(text, date1904).getTime() - EPOCH_1899_12_30) / DAY_MS;
  if (date1904) {
    const shifted = res - 1462;
    return shifted < -1402 ? shifted - 1 : shifted;
  }
  return res < 60 ? res - 1 : res;
}
