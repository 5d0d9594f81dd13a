/**
 * The value and target cells of a workbook that change the plan only once the user confirms (issue 22, point 4),
 * as decisions of the preview (kind `reading`, like the numbers read without a format):
 * - a number the cell cannot hold but can stand for (an empty number that shows 4, a signed zero): read as what it
 *   shows once confirmed, else the plan's value is kept;
 * - an empty cell where the plan holds a value: the value is cleared once confirmed, else kept.
 * `--confirm` on the command line takes the proposals (read as shown, clear). Why: an unreadable number used to
 * clear the stored value with no sign but a preview line «4» → «».
 */
import type { ImportDecision } from '../api';
import { formatDate } from '../dates';
import type { Indicator, Value } from '../model';
import { formatValue } from '../values';
import { sameValue } from './fieldAccess';
import type { FileIndicator } from './indicatorRows';
import { unreadableMessage, type UnreadableCell } from './numberTexts';
import { problemAt, type CellPlace } from './sheetLayout';

/** An unreadable cell with the reading it can be given (numberTexts.ts `proposedReading`). */
export interface PendingReading {
  place: CellPlace;
  cell: UnreadableCell;
  proposal: Value;
}

/** The value a key (`value:2024-06-30`, `target:2025`) of a stored indicator holds, when it holds one. */
function storedAt(old: Indicator | null, key: string): Value | undefined {
  if (!old) return undefined;
  // Scans without callbacks: asked for every empty value cell of an import.
  let value: Value | undefined;
  if (key.startsWith('value:')) {
    const date = key.slice(6);
    for (const m of old.measurements) if (m.date === date) {
      value = m.value;
      break;
    }
  } else {
    const year = Number(key.slice(7));
    for (const t of old.targets) if (t.year === year) {
      value = t.value;
      break;
    }
  }
  return value && !(value.kind === 'missing' && value.mark === '') ? value : undefined;
}

const fieldOf = (key: string) => (key.startsWith('value:') ? `Valore al ${formatDate(key.slice(6))}` : `Target ${key.slice(7)}`);
const whereOf = (row: FileIndicator, old: Indicator | null, key: string) => `scheda ${row.cardCode}, «${old?.name ?? row.name}», ${fieldOf(key)}`;
const idOf = (prefix: string, what: string, place: CellPlace) => `${prefix}|${what}|${place.sheet}|${place.row}|${place.column?.index ?? -1}`;

interface Decided {
  decision: ImportDecision;
  take: boolean;
}

function decide(id: string, message: string, options: ImportDecision['options'], choices: Readonly<Record<string, string>>): Decided {
  const valid = options.some((o) => o.id === choices[id]);
  const chosen = valid ? choices[id]! : null;
  const suggested = options[0]!.id;
  return { decision: { id, kind: 'reading', message, options, suggested, chosen, required: true }, take: (chosen ?? suggested) === suggested };
}

/**
 * The decisions for the rows of one workbook, each row with the stored indicator it updates (null: a new one), and
 * `apply`, which gives a row the outcome of those decisions (the proposal until one is chosen).
 */
export function confirmCells(
  rows: readonly { row: FileIndicator; old: Indicator | null }[],
  choices: Readonly<Record<string, string>>,
  prefix: string,
): { decisions: ImportDecision[]; apply(row: FileIndicator): FileIndicator } {
  const decisions: ImportDecision[] = [];
  const outcome = new Map<FileIndicator, { read: Map<string, Value>; kept: Set<string> }>();
  for (const { row, old } of rows) {
    // Made only for a row with something to decide: most rows of a large import have none.
    let read: Map<string, Value> | undefined;
    let kept: Set<string> | undefined;
    for (const [key, pending] of row.confirmations) {
      const stored = storedAt(old, key);
      if (stored && sameValue(stored, pending.proposal)) continue; // what it shows is what the plan holds: no change
      const proposed = formatValue(pending.proposal);
      const message = `${whereOf(row, old, key)}: ${unreadableMessage(pending.cell).replace(/:[^:]*\.$/, '')}; letto ${proposed}: confermare.`;
      const options = [
        { id: 'mostrato', label: `${proposed} (come mostrato)` },
        { id: 'piano', label: stored ? `tenere ${formatValue(stored)} (valore del piano)` : 'lasciare vuoto' },
      ];
      const decided = decide(idOf(prefix, 'illeggibile', pending.place), problemAt(pending.place, message, 'warning').message, options, choices);
      decisions.push(decided.decision);
      if (decided.take) (read ??= new Map()).set(key, pending.proposal);
    }
    for (const [key, column] of row.blanks) {
      const stored = storedAt(old, key);
      if (!stored) continue;
      const place: CellPlace = { sheet: row.place.sheet, row: row.place.row, column };
      const message = `${whereOf(row, old, key)}: la cella è vuota e il piano ha ${formatValue(stored)}: svuotare il valore del piano? Confermare.`;
      const options = [
        { id: 'svuota', label: 'svuotare' },
        { id: 'piano', label: `tenere ${formatValue(stored)}` },
      ];
      const decided = decide(idOf(prefix, 'vuota', place), problemAt(place, message, 'warning').message, options, choices);
      decisions.push(decided.decision);
      if (!decided.take) (kept ??= new Set()).add(key);
    }
    if (read || kept) outcome.set(row, { read: read ?? new Map(), kept: kept ?? new Set() });
  }
  return {
    decisions,
    apply(row) {
      const found = outcome.get(row);
      if (!found) return row;
      const next: FileIndicator = { ...row, targets: new Map(row.targets), measurements: new Map(row.measurements) };
      for (const [key, value] of found.read) {
        if (key.startsWith('value:')) next.measurements.set(key.slice(6), value);
        else next.targets.set(Number(key.slice(7)), value);
      }
      for (const key of found.kept) {
        if (key.startsWith('value:')) next.measurements.delete(key.slice(6));
        else next.targets.delete(Number(key.slice(7)));
      }
      return next;
    },
  };
}
