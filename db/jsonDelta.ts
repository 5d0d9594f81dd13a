/**
 * The difference between two JSON values and its application: what the change log stores instead of whole cards
 * (a card of a few KB whose one target changed becomes a few dozen bytes). Arrays of rows are matched by their key
 * (`id`, `date`, `year`, `code`) when every element has a distinct one, so inserting an indicator does not rewrite
 * the ones after it. `applyDelta(a, jsonDelta(a, b))` gives back `b` exactly, key order included (a revert compares
 * rows as JSON text); the log checks this on every write and keeps the whole value when it would not.
 * Why pure: the rule is table-tested apart from SQLite.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * `s`: the value itself; `o`: changed keys, `d` deleted ones, `k` the key order when it is not the base's with new
 * keys last; `a`: one item per element, the base element's index (same), `[index, delta]` (changed) or `{ s }` (new).
 */
export type Delta = { s: Json } | { o: Record<string, Delta>; d?: string[]; k?: string[] } | { a: (number | [number, Delta] | { s: Json })[] };

const isObject = (v: Json): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);
const KEYS = ['id', 'date', 'year', 'code'];

/** The key the elements of both arrays are matched by, or null (then by position). */
function matchKey(a: Json[], b: Json[]): string | null {
  return (
    KEYS.find((key) =>
      [a, b].every((list) => {
        const seen = new Set<Json>();
        return list.every((v) => isObject(v) && (typeof v[key] === 'number' || typeof v[key] === 'string') && v[key] !== 0 && !seen.has(v[key]!) && seen.add(v[key]!));
      }),
    ) ?? null
  );
}

/**
 * Whether `jsonDelta(a, b)` is null, answered without building anything: the same keys in the same order and the same
 * values, all the way down. Why: a card changed by one value holds dozens of unchanged rows, each walked here instead
 * of through the delta's intermediate lists.
 */
function noDelta(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!noDelta(a[i]!, b[i]!)) return false;
    return true;
  }
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== others[i] || !noDelta(a[key]!, b[key]!)) return false;
  }
  return true;
}

/** Null when the arrays hold the same elements in the same order. */
function arrayDelta(a: Json[], b: Json[]): Delta | null {
  if (noDelta(a, b)) return null;
  const key = matchKey(a, b);
  const index = new Map<Json, number>();
  if (key) a.forEach((v, i) => index.set((v as Record<string, Json>)[key]!, i));
  const items = b.map((value, j): number | [number, Delta] | { s: Json } => {
    const i = key ? index.get((value as Record<string, Json>)[key]!) : j < a.length ? j : undefined;
    if (i === undefined) return { s: value };
    const delta = noDelta(a[i]!, value) ? null : jsonDelta(a[i]!, value);
    return delta === null ? i : [i, delta];
  });
  return items.length === a.length && items.every((item, j) => item === j) ? null : { a: items };
}

const sameKeys = (a: readonly string[], b: readonly string[]) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** Null when the objects hold the same keys, in the same order, with the same values. */
function objectDelta(a: { [key: string]: Json }, b: { [key: string]: Json }): Delta | null {
  const o: Record<string, Delta> = {};
  let changed = false;
  const keys = Object.keys(b);
  for (const key of keys) {
    const delta = Object.hasOwn(a, key) ? jsonDelta(a[key]!, b[key]!) : { s: b[key]! };
    if (delta !== null) {
      o[key] = delta;
      changed = true;
    }
  }
  // The same keys in the same order (a card and the card it replaced): nothing deleted, nor any order to keep.
  if (sameKeys(Object.keys(a), keys)) return changed ? { o } : null;
  const d = Object.keys(a).filter((key) => !Object.hasOwn(b, key));
  const order = [...Object.keys(a).filter((key) => Object.hasOwn(b, key)), ...Object.keys(b).filter((key) => !Object.hasOwn(a, key))];
  const sameOrder = sameKeys(order, keys);
  if (!changed && d.length === 0 && sameOrder) return null;
  return { o, ...(d.length > 0 ? { d } : {}), ...(sameOrder ? {} : { k: keys }) };
}

/** The delta from `a` to `b`; null when they are the same (compared part by part, never as whole texts). */
export function jsonDelta(a: Json, b: Json): Delta | null {
  if (a === b) return null;
  if (Array.isArray(a) && Array.isArray(b)) return arrayDelta(a, b);
  if (isObject(a) && isObject(b)) return objectDelta(a, b);
  return { s: b };
}

/** `base` changed by `delta` (null: unchanged). Never edits `base`. */
export function applyDelta(base: Json, delta: Delta | null): Json {
  if (delta === null) return base;
  if ('s' in delta) return delta.s;
  if ('a' in delta) {
    const list = Array.isArray(base) ? base : [];
    return delta.a.map((item) => (typeof item === 'number' ? list[item]! : Array.isArray(item) ? applyDelta(list[item[0]]!, item[1]) : item.s));
  }
  const object = isObject(base) ? base : {};
  const deleted = new Set(delta.d ?? []);
  const order = delta.k ?? [...Object.keys(object).filter((key) => !deleted.has(key)), ...Object.keys(delta.o).filter((key) => !Object.hasOwn(object, key))];
  const out: { [key: string]: Json } = {};
  for (const key of order) out[key] = Object.hasOwn(delta.o, key) ? applyDelta(object[key] ?? null, delta.o[key]!) : object[key]!;
  return out;
}
