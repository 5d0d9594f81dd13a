/**
 * Calendar dates as the office writes them (`31/12/2024`, `30.11.2024`, `2024-12-31`) and as ISO strings.
 * Why: dates are values, targets and monitoring dates; everything is computed on `yyyy-mm-dd` in UTC days.
 */
import type { IsoDate } from './model';
import { fail, ok, quote, type ParseResult } from './parseResult';

const DAY_MONTH_YEAR = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written `yyyy-mm-dd` between the years 1900 and 2199. */
export function isValidIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** True when the text has the shape of a date (so that it is not read as a number). */
export function looksLikeDate(text: string): boolean {
  const t = text.trim();
  return DAY_MONTH_YEAR.test(t) || ISO_DATE.test(t);
}

export function parseDate(text: string): ParseResult<IsoDate> {
  const written = text.trim();
  if (written === '') return fail('data mancante: scrivere gg/mm/aaaa (es. 31/12/2024)');
  const iso = ISO_DATE.exec(written);
  const dmy = DAY_MONTH_YEAR.exec(written);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (!parts) return fail(`${quote(written)} non è una data valida: scrivere gg/mm/aaaa (es. 31/12/2024)`);
  const [yearText = '', monthText = '', dayText = ''] = parts;
  if (yearText.length !== 4) return fail(`${quote(written)}: scrivere l'anno con quattro cifre (es. 31/12/2024)`);
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (!isRealDate(year, month, day)) return fail(`${quote(written)} non è una data esistente`);
  return ok(`${yearText}-${pad2(month)}-${pad2(day)}`);
}

/** `2024-01-31` → `31/01/2024`; text that is not an ISO date is returned unchanged. */
export function formatDate(iso: IsoDate): string {
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** Whole days from `from` to `to` (positive when `to` is later). Both must be valid ISO dates. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDay(to) - utcDay(from)) / MS_PER_DAY);
}

function utcDay(iso: IsoDate): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO date and time (`2024-07-15T08:30:00.000Z`) in local time: `15/07/2024 alle 10:30`; other text unchanged. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${date.getFullYear()} alle ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}
