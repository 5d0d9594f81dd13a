/**
 * Whether two values have the same JSON text (`JSON.stringify(a) === JSON.stringify(b)`), answered by walking them
 * instead of writing both texts, and at once where both sides hold the very same object.
 * Why: the change log compares the cards an import wrote with the ones they replaced, and checks each stored
 * difference, by their JSON text; the text of a card is made of dozens of rows its import left alone (the same
 * objects on both sides, changeJournal.ts), and writing it out each time was most of what logging 123 cards cost.
 * Anything the walk does not follow exactly as JSON.stringify does (undefined, functions, toJSON, non-finite numbers,
 * objects other than plain ones and arrays) is answered by comparing the two texts, so the answer is always the texts'.
 */

type Kind = 'text' | 'number' | 'boolean' | 'null' | 'array' | 'object' | 'other';

/** What a value is written as; 'other' for what only the texts can answer (undefined, functions, toJSON, classes). */
function kindOf(x: unknown): Kind {
  switch (typeof x) {
    case 'string':
      return 'text';
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isFinite(x) ? 'number' : 'null';
    case 'object': {
      if (x === null) return 'null';
      const proto = Object.getPrototypeOf(x) as unknown;
      if (Array.isArray(x)) return proto === Array.prototype ? 'array' : 'other';
      return (proto === Object.prototype || proto === null) && typeof (x as { toJSON?: unknown }).toJSON !== 'function' ? 'object' : 'other';
    }
    default:
      return 'other';
  }
}

/** Whether a value of `x` may be left out of its text (undefined, a function, a toJSON...): the walk cannot tell. */
const unwritten = (x: Record<string, unknown>, keys: readonly string[]) => keys.some((key) => kindOf(x[key]) === 'other');

/** true/false when the walk can tell, undefined when only the texts can. */
function walk(a: unknown, b: unknown): boolean | undefined {
  if (a === b && typeof a === 'object') return true;
  const kind = kindOf(a);
  const other = kindOf(b);
  if (kind === 'other' || other === 'other') return undefined;
  if (kind !== other) return false;
  if (kind === 'array') {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) {
      const same = walk(x[i], y[i]);
      if (same !== true) return same;
    }
    return true;
  }
  if (kind !== 'object') return kind === 'null' || a === b;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  const others = Object.keys(y);
  // Other keys, or in another order, write another text, unless a value JSON leaves out hides the difference.
  if (keys.length !== others.length) return unwritten(x, keys) || unwritten(y, others) ? undefined : false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== others[i]) return unwritten(x, keys) || unwritten(y, others) ? undefined : false;
    const same = walk(x[key], y[key]);
    if (same !== true) return same;
  }
  return true;
}

/** `JSON.stringify(a) === JSON.stringify(b)`. */
export function sameJsonText(a: unknown, b: unknown): boolean {
  return walk(a, b) ?? JSON.stringify(a) === JSON.stringify(b);
}
