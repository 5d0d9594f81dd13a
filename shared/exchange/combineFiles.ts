/**
 * Merges what several returned workbooks change, field by field: a field changed by one file takes its value; the
 * same field changed differently by two files is a conflict the user resolves (never last-writer-wins); a change a
 * data-collection workbook makes outside its fill-in cells is listed apart and applied only when accepted.
 * Why: the office imports the round's workbooks at once and must see, per file, who changed what.
 */
import type { FileChange, ImportDecision } from '../api';
import type { Card, Indicator, PlanDocument } from '../model';
import { CARD_ACCESS, indicatorAccess, withFields, type FieldAccess } from './fieldAccess';
import { quotedOrEmpty } from '../italianText';
import { normalizeHeader } from './headerText';
import type { IndicatorPair } from './mergeIndicators';
import type { CardPair } from './mergePlan';

export interface FileOutcome {
  fileKey: string;
  fileName: string;
  /** For a data-collection workbook, the fields the colleague was asked to fill; `null` = any field. */
  editable: ((field: string) => boolean) | null;
  pairs: CardPair[];
}

export interface Combined {
  pairs: CardPair[];
  decisions: ImportDecision[];
  changes: Map<string, { changes: FileChange[]; outside: FileChange[] }>;
}

interface Proposal {
  file: FileOutcome;
  value: unknown;
}

type Choices = Readonly<Record<string, string>>;

const KEEP = 'piano';
const APPLY = 'applica';
const IGNORE = 'ignora';

class Combiner {
  readonly decisions: ImportDecision[] = [];
  readonly changes = new Map<string, { changes: FileChange[]; outside: FileChange[] }>();

  constructor(
    files: readonly FileOutcome[],
    private readonly choices: Choices,
  ) {
    for (const file of files) this.changes.set(file.fileKey, { changes: [], outside: [] });
  }

  /** True when the file's change is to be applied: always for a free workbook, once accepted for a protected cell. */
  private accepted(file: FileOutcome, change: FileChange, editable: boolean, id: string): boolean {
    const lists = this.changes.get(file.fileKey);
    if (editable) {
      lists?.changes.push(change);
      return true;
    }
    lists?.outside.push(change);
    const chosen = this.choices[id] === APPLY ? APPLY : IGNORE;
    const what = change.indicator ? `«${change.indicator}», ${change.field}` : change.field;
    this.decisions.push({
      id,
      kind: 'outside',
      message: `«${file.fileName}» cambia una cella protetta della raccolta dati: scheda ${change.card}, ${what}: «${change.before}» → «${change.after}».`,
      options: [
        { id: IGNORE, label: 'Non applicare (resta il valore del piano)' },
        { id: APPLY, label: 'Applica la modifica' },
      ],
      suggested: IGNORE,
      chosen,
      required: false,
    });
    return chosen === APPLY;
  }

  /** The value of one field after every file: unchanged, the one file's value, or the value chosen in a conflict. */
  field<T>(access: FieldAccess<T>, old: T, proposals: Proposal[], where: { card: string; indicator?: string; id: string; scope: string }): unknown {
    const before = access.get(old);
    // The common case, every file leaving the field as stored: nothing to list, compare or decide.
    if (proposals.every((p) => access.same(before, p.value))) return before;
    const applied = proposals.filter((p) => {
      if (access.same(before, p.value)) return false;
      const change: FileChange = { card: where.card, ...(where.indicator ? { indicator: where.indicator } : {}), field: access.label, before: access.show(before), after: access.show(p.value) };
      const editable = p.file.editable === null || p.file.editable(where.scope === 'card' ? `card:${access.key}` : access.key);
      return this.accepted(p.file, change, editable, `fuori|${p.file.fileKey}|${where.id}|${access.key}`);
    });
    const distinct: { value: unknown; files: FileOutcome[] }[] = [];
    for (const p of applied) {
      const same = distinct.find((d) => access.same(d.value, p.value));
      if (same) same.files.push(p.file);
      else distinct.push({ value: p.value, files: [p.file] });
    }
    if (distinct.length === 0) return before;
    if (distinct.length === 1) return distinct[0]?.value;
    const id = `conflitto|${where.id}|${access.key}`;
    const options = [
      ...distinct.map((d, i) => ({ id: `v${i + 1}`, label: `${access.show(d.value) || '(vuoto)'} (${d.files.map((f) => `«${f.fileName}»`).join(', ')})` })),
      { id: KEEP, label: `${access.show(before) || '(vuoto)'} (lascia il valore del piano)` },
    ];
    const chosen = options.some((o) => o.id === this.choices[id]) ? (this.choices[id] ?? null) : null;
    const what = where.indicator ? `«${where.indicator}», ${access.label}` : access.label;
    this.decisions.push({
      id,
      kind: 'conflict',
      message: `Scheda ${where.card}, ${what}: i file scrivono valori diversi (${options.slice(0, -1).map((o) => o.label).join('; ')}); nel piano: ${quotedOrEmpty(access.show(before))}.`,
      options,
      suggested: null,
      chosen,
      required: true,
    });
    const index = chosen && chosen !== KEEP ? Number(chosen.slice(1)) - 1 : -1;
    return index >= 0 ? distinct[index]?.value : before;
  }

  /** A card or indicator added by some files: one version (identical in every file) or the one chosen. */
  added<T>(versions: { file: FileOutcome; item: T }[], where: { card: string; indicator?: string; id: string; label: string; name: string }): T | null {
    const accepted = versions.filter(({ file }) => {
      const change: FileChange = { card: where.card, ...(where.indicator ? { indicator: where.indicator } : {}), field: where.label, before: '', after: where.name };
      return this.accepted(file, change, file.editable === null, `fuori|${file.fileKey}|${where.id}|nuovo`);
    });
    const first = accepted[0];
    if (!first) return null;
    if (accepted.every((v) => JSON.stringify(v.item) === JSON.stringify(first.item))) return first.item;
    const id = `conflitto|${where.id}|nuovo`;
    const options = accepted.map((v, i) => ({ id: `v${i + 1}`, label: `la versione di «${v.file.fileName}»` }));
    const chosen = options.some((o) => o.id === this.choices[id]) ? (this.choices[id] ?? null) : null;
    this.decisions.push({
      id,
      kind: 'conflict',
      message: `${where.label} «${where.name}» (scheda ${where.card}) compare in più file con contenuti diversi: scegliere quale versione aggiungere.`,
      options,
      suggested: null,
      chosen,
      required: true,
    });
    return accepted[chosen ? Number(chosen.slice(1)) - 1 : 0]?.item ?? first.item;
  }
}

function combineIndicators(c: Combiner, card: Card, perFile: { file: FileOutcome; pair: CardPair }[]): IndicatorPair[] {
  const mentioned = perFile.some(({ pair }) => pair.indicators.length > 0);
  // Each stored indicator's rows in the files, in file order then row order: one pass instead of a scan per indicator.
  const rowsOf = new Map<Indicator, { file: FileOutcome; p: IndicatorPair }[]>();
  for (const { file, pair } of perFile) {
    for (const p of pair.indicators) {
      if (!p.old || !p.inFile) continue;
      const rows = rowsOf.get(p.old);
      if (rows) rows.push({ file, p });
      else rowsOf.set(p.old, [{ file, p }]);
    }
  }
  const pairs: IndicatorPair[] = card.indicators.map((old, index) => {
    const inFile = rowsOf.get(old) ?? [];
    // One loop for the first match note and whether every file gave back the stored indicator (no callback per indicator).
    let match: string | undefined;
    let asStored = true;
    for (let r = 0; r < inFile.length; r++) {
      const { p } = inFile[r]!;
      if (match === undefined && p.match) match = p.match;
      if (p.next !== old) asStored = false;
    }
    // Every file giving back the stored indicator itself (mergeIndicators.ts: nothing changed) proposes nothing.
    if (asStored) return match ? { old, next: old, inFile: inFile.length > 0, match } : { old, next: old, inFile: inFile.length > 0 };
    const access = indicatorAccess([old, ...inFile.map(({ p }) => p.next)]);
    const where = { card: card.code, indicator: old.name, id: `${card.code}|${index}`, scope: 'indicator' };
    const next = withFields(old, access, access.map((a) => c.field(a, old, inFile.map(({ file, p }) => ({ file, value: a.get(p.next) })), where)));
    return { old, next, inFile: inFile.length > 0, ...(match ? { match } : {}) };
  });
  const added = new Map<string, { file: FileOutcome; item: Indicator }[]>();
  for (const { file, pair } of perFile) {
    for (const p of pair.indicators) {
      if (p.old) continue;
      const key = normalizeHeader(p.next.name);
      added.set(key, [...(added.get(key) ?? []), { file, item: p.next }]);
    }
  }
  for (const [key, versions] of added) {
    const name = versions[0]?.item.name ?? key;
    const item = c.added(versions, { card: card.code, indicator: name, id: `${card.code}|+${key}`, label: 'Indicatore nuovo', name });
    if (item) pairs.push({ old: null, next: item, inFile: true });
  }
  return mentioned ? pairs : [];
}

/** The indicators a card keeps (stored or in a file), in one pass rather than a filter and a map per card. */
function keptIndicators(pairs: readonly IndicatorPair[]): Indicator[] {
  const kept: Indicator[] = [];
  for (let i = 0; i < pairs.length; i++) if (pairs[i]!.old || pairs[i]!.inFile) kept.push(pairs[i]!.next);
  return kept;
}

/** The plan after every workbook: pairs stored → final for the diff, the decisions, each file's changes. */
export function combineFiles(base: PlanDocument, files: readonly FileOutcome[], choices: Choices): Combined {
  const c = new Combiner(files, choices);
  const pairs: CardPair[] = base.cards.map((card, k) => {
    // The files that mention the card: a loop, not a pair made per file for each of the plan's cards.
    const perFile: { file: FileOutcome; pair: CardPair }[] = [];
    for (const file of files) {
      const pair = file.pairs[k];
      if (pair?.old === card && pair.inFile) perFile.push({ file, pair });
    }
    // A card no file mentions stays as stored, with nothing to combine (most cards of a single round workbook).
    if (perFile.length === 0) return { old: card, next: card, inFile: false, indicators: [] };
    const where = { card: card.code, id: card.code, scope: 'card' };
    const unchanged = perFile.every(({ pair }) => pair.next === card);
    const fields = unchanged ? card : withFields(card, CARD_ACCESS, CARD_ACCESS.map((a) => c.field(a, card, perFile.map(({ file, pair }) => ({ file, value: a.get(pair.next) })), where)));
    const indicators = combineIndicators(c, card, perFile);
    const kept = indicators.length > 0 ? keptIndicators(indicators) : card.indicators;
    const same = fields === card && kept.length === card.indicators.length && kept.every((indicator, i) => indicator === card.indicators[i]);
    const next = same ? card : { ...fields, indicators: kept };
    return { old: card, next, inFile: perFile.length > 0, indicators };
  });
  const newCards = new Map<string, { file: FileOutcome; item: Card }[]>();
  for (const file of files) {
    for (const pair of file.pairs) if (!pair.old) newCards.set(pair.next.code, [...(newCards.get(pair.next.code) ?? []), { file, item: pair.next }]);
  }
  let position = Math.max(0, ...base.cards.map((card) => card.position));
  for (const [code, versions] of newCards) {
    const item = c.added(versions, { card: code, id: `${code}|nuova`, label: 'Scheda nuova', name: versions[0]?.item.title ?? code });
    if (!item) continue;
    const next = { ...item, position: ++position };
    pairs.push({ old: null, next, inFile: true, indicators: next.indicators.map((i) => ({ old: null, next: i, inFile: true })) });
  }
  return { pairs, decisions: c.decisions, changes: c.changes };
}
