/**
 * JSON columns (values, policy, footnotes): written in a canonical shape, checked when read back.
 * Why: a value that does not decode means a damaged or hand-edited file; saying so beats scoring garbage.
 */
import type { MissingMark, ScoringPolicy, Value } from '../shared/model';
import { PlanFileError } from './planFileError';

type Json = unknown;

/** Where a stored datum is, for the message; a function when building the text costs (hot loops). */
type Place = string | (() => string);

function unreadable(where: Place): PlanFileError {
  const place = typeof where === 'string' ? where : where();
  return new PlanFileError('corrupt', `Il file contiene un dato non leggibile (${place}): ripristinare una copia di sicurezza.`);
}

function parse(text: string, where: Place): Record<string, Json> {
  let parsed: Json;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw unreadable(where);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw unreadable(where);
  return parsed as Record<string, Json>;
}

const MISSING_MARKS: readonly MissingMark[] = ['n.d.', '--', ''];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isFiniteNumber = (x: Json): x is number => typeof x === 'number' && Number.isFinite(x);
const isDecimals = (x: Json): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 10;

export function encodeValue(value: Value): string {
  switch (value.kind) {
    case 'number':
    case 'percent':
      return JSON.stringify({ kind: value.kind, value: value.value, decimals: value.decimals });
    case 'date':
    case 'bool':
      return JSON.stringify({ kind: value.kind, value: value.value });
    case 'missing':
      return JSON.stringify({ kind: 'missing', mark: value.mark });
  }
}

export function decodeValue(text: string, where: Place): Value {
  const o = parse(text, where);
  if ((o.kind === 'number' || o.kind === 'percent') && isFiniteNumber(o.value) && isDecimals(o.decimals)) {
    return { kind: o.kind, value: o.value, decimals: o.decimals };
  }
  if (o.kind === 'date' && typeof o.value === 'string' && ISO_DATE.test(o.value)) return { kind: 'date', value: o.value };
  if (o.kind === 'bool' && typeof o.value === 'boolean') return { kind: 'bool', value: o.value };
  if (o.kind === 'missing' && MISSING_MARKS.includes(o.mark as MissingMark)) {
    return { kind: 'missing', mark: o.mark as MissingMark };
  }
  throw unreadable(where);
}

/** Decodes the stored value of card `card`, indicator `indicator`, `what` `key` (`target` 2024, `valore al` …). */
export type ValueDecoder = (text: string, card: string, indicator: string, what: string, key: number | string) => Value;

/**
 * `decodeValue` remembering what it decoded: a plan repeats the same few stored texts (`n.d.`, `0`, `80%`) thousands
 * of times, and values are never changed in place, so one decoded object can stand for every copy. The place of an
 * unreadable value is written only then.
 */
export function valueDecoder(): ValueDecoder {
  const seen = new Map<string, Value>();
  return (text, card, indicator, what, key) => {
    let value = seen.get(text);
    if (value === undefined) {
      value = decodeValue(text, () => `scheda ${card}, indicatore «${indicator}», ${what} ${key}`);
      seen.set(text, value);
    }
    return value;
  };
}

export function encodePolicy(policy: ScoringPolicy): string {
  const lateDeadline =
    policy.lateDeadline.mode === 'linear' ? { mode: 'linear', days: policy.lateDeadline.days } : { mode: 'zero' };
  return JSON.stringify({
    cap: policy.cap,
    lateDeadline,
    notYetDue: policy.notYetDue,
    missingInObjective: policy.missingInObjective,
  });
}

function decodeLateDeadline(x: Json, where: string): ScoringPolicy['lateDeadline'] {
  const o = typeof x === 'object' && x !== null ? (x as Record<string, Json>) : {};
  if (o.mode === 'zero') return { mode: 'zero' };
  if (o.mode === 'linear' && isFiniteNumber(o.days) && o.days > 0) return { mode: 'linear', days: o.days };
  throw unreadable(where);
}

export function decodePolicy(text: string, where: string): ScoringPolicy {
  const o = parse(text, where);
  const capOk = o.cap === null || (isFiniteNumber(o.cap) && o.cap > 0);
  const notYetDueOk = o.notYetDue === 'score' || o.notYetDue === 'nd';
  const missingOk = o.missingInObjective === 'exclude' || o.missingInObjective === 'zero';
  if (!capOk || !notYetDueOk || !missingOk) throw unreadable(where);
  return {
    cap: o.cap as number | null,
    lateDeadline: decodeLateDeadline(o.lateDeadline, where),
    notYetDue: o.notYetDue as ScoringPolicy['notYetDue'],
    missingInObjective: o.missingInObjective as ScoringPolicy['missingInObjective'],
  };
}

export function encodeFootnotes(footnotes: string[]): string {
  return JSON.stringify(footnotes);
}

export function decodeFootnotes(text: string, where: string): string[] {
  let parsed: Json;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw unreadable(where);
  }
  if (!Array.isArray(parsed) || !parsed.every((f) => typeof f === 'string')) throw unreadable(where);
  return parsed;
}
