/**
 * Numbers read from cells without a number format (many tools drop formats on save): under a `%` indicator `0,8`
 * may be 80% (a percentage cell that lost its format) or 0,8% (points typed by hand); under a date indicator
 * `45473` may be 30/06/2024 (a date cell that lost its format). The reading is kept open here as an `Ambiguity`
 * and decided later with evidence (unformattedEvidence.ts). Why: a misread number must never be applied silently.
 */
import type { IsoDate, Value } from '../model';
import { judgeBarePercent, naturalDecimals, percentReadings } from '../percentEvidence';
import { normaliseUnit } from '../values';
import type { CellPlace } from './sheetLayout';

export type ReadingId = 'frazione' | 'punti' | 'data' | 'numero';

/**
 * `percent` and `date`: the UdM makes the number a guess; `plain`: a count by its UdM, read otherwise only when the
 * plan's value of the same field is a percentage or a date (the format was lost, not the meaning).
 */
export interface Ambiguity {
  kind: 'percent' | 'date' | 'plain';
  written: number;
  readings: { id: ReadingId; value: Value }[];
  /** The reading the number's size suggests when nothing else tells (0,8 → 80%; 45 → 45%; 45473 → a date). */
  bySize: ReadingId;
  place: CellPlace;
  /** A value or target of a `%` indicator: decided by the one rule of shared/percentEvidence.ts (typing and paste too). */
  underPercent?: true;
}

/** 01/01/1990 and 31/12/2100 as spreadsheet serials: a whole number in between under a date indicator may be a date. */
const FIRST_SERIAL = 32_874;
const LAST_SERIAL = 73_415;
const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** True for the "General" format: the cell says nothing about what its number is. */
export function isUnformatted(format: string): boolean {
  return format === '' || /^general$/i.test(format.trim());
}

export function serialToIso(serial: number): IsoDate {
  return new Date(EPOCH_UTC + serial * DAY_MS).toISOString().slice(0, 10);
}

const plainNumber = (n: number): { id: ReadingId; value: Value } => ({ id: 'numero', value: { kind: 'number', value: n, decimals: naturalDecimals(n) } });
const isSerial = (n: number) => Number.isInteger(n) && n >= FIRST_SERIAL && n <= LAST_SERIAL;
const asDate = (n: number): { id: ReadingId; value: Value } => ({ id: 'data', value: { kind: 'date', value: serialToIso(n) } });

/** The open reading of an unformatted number in a value or target cell. */
export function ambiguityOf(n: number, udm: string, place: CellPlace): Ambiguity {
  const unit = normaliseUnit(udm);
  if (unit === '%') return { ...percentAmbiguity(n, place), bySize: judgeBarePercent(n).suggested, underPercent: true };
  if ((unit === 'data' || unit === 'entro') && isSerial(n)) return { kind: 'date', written: n, readings: [asDate(n), plainNumber(n)], bySize: 'data', place };
  return { kind: 'plain', written: n, readings: [plainNumber(n), ...percentReadings(n), ...(isSerial(n) ? [asDate(n)] : [])], bySize: 'numero', place };
}

/** A percentage whatever the UdM (an indicator's cap or manual performance): `1,2` → 120%, `57` → 57%. */
export function percentAmbiguity(n: number, place: CellPlace, fractionUpTo = 10): Ambiguity {
  return { kind: 'percent', written: n, readings: percentReadings(n), bySize: Math.abs(n) <= fractionUpTo ? 'frazione' : 'punti', place };
}

export function readingValue(ambiguity: Ambiguity, id: ReadingId): Value {
  return (ambiguity.readings.find((r) => r.id === id) ?? ambiguity.readings[0]!).value;
}
