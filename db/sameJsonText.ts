/**
 * `JSON.stringify(a) === JSON.stringify(b)`, answered by walking the two values side by side and writing them out only
 * when the walk cannot be sure. Why: the change log compares each card an import wrote with the card before it as JSON
 * text (db/changeJournal.ts, its row version aside), and checks each stored difference the same way
 * (db/changeLogRows.ts); at ×100 an import of 1% writes 123 cards, and writing each side out cost more than the rest
 * of the comparison. A changed card differs early in the walk; an unchanged one is walked once instead of written twice.
 */

/** `same`: surely the same text; `differ`: surely not; `unsure`: JSON.stringify decides. */
type Verdict = 'same' | 'differ' | 'unsure';

/** A value JSON writes as itself, the same text exactly when `===` (0 and -0 both write `0`). */
const isSimple = (x: unknown) => x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x));

/** An array or object JSON writes element by element: no toJSON of its own, no prototype but the plain ones. */
function isPlainContainer(x: object): boolean {
  if (typeof (x as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(x);
  return Array.isArray(x) ? proto === Array.prototype : proto === Object.prototype || proto === null;
}

/** Written under its key (not left out): a simple value or a plain container. */
const isWritten = (x: unknown) => isSimple(x) || (typeof x === 'object' && x !== null && isPlainContainer(x));

function compare(a: unknown, b: unknown): Verdict {
  if (isSimple(a) && isSimple(b)) return a === b ? 'same' : 'differ';
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return 'unsure'; // undefined, NaN, a function…
  if (!isPlainContainer(a) || !isPlainContainer(b)) return 'unsure';
  const arrays = Array.isArray(a);
  if (arrays !== Array.isArray(b)) return 'differ';
  return arrays ? compareArrays(a as unknown[], b as unknown[]) : compareObjects(a as Record<string, unknown>, b as Record<string, unknown>);
}

/** Every element is written, a hole or undefined as null: a surely different element makes surely different texts. */
function compareArrays(a: unknown[], b: unknown[]): Verdict {
  if (a.length !== b.length) return 'differ';
  let verdict: Verdict = 'same';
  for (let i = 0; i < a.length; i++) {
    const element = compare(a[i], b[i]);
    if (element === 'differ') return 'differ';
    if (element === 'unsure') verdict = 'unsure';
  }
  return verdict;
}

/** Keys are written in order, those holding undefined or a function left out: sure only when every key is written. */
function compareObjects(a: Record<string, unknown>, b: Record<string, unknown>): Verdict {
  const keys = Object.keys(a);
  const others = Object.keys(b);
  let sameKeys = keys.length === others.length;
  for (let i = 0; sameKeys && i < keys.length; i++) sameKeys = keys[i] === others[i];
  if (!sameKeys) {
    const written = (o: Record<string, unknown>, k: readonly string[]) => k.every((key) => isWritten(o[key]));
    return written(a, keys) && written(b, others) ? 'differ' : 'unsure';
  }
  let verdict: Verdict = 'same';
  for (const key of keys) {
    const value = compare(a[key], b[key]);
    if (value === 'differ') return 'differ';
    if (value === 'unsure') verdict = 'unsure';
  }
  return verdict;
}

export function sameJsonText(a: unknown, b: unknown): boolean {
  const verdict = compare(a, b);
  return verdict === 'unsure' ? JSON.stringify(a) === JSON.stringify(b) : verdict === 'same';
}
