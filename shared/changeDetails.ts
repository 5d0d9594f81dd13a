/**
 * What a change did, field by field, in the words of the screen: computed from the rows it replaced with the same
 * labels and formats as the comparison and the import preview (fieldChanges.ts, planCompare.ts's settings fields).
 * Why pure and here: the db stores these details with each log entry, and the rules on approved plans read them.
 */
import type { ChangeDetail, ChangeRows, RowChange, TouchedCard } from './changeLog';
import { cardFieldChanges, indicatorFieldChanges, type TypedFieldChange } from './fieldChanges';
import { formatDate, formatDateTime } from './dates';
import type { Card, Catalogues, Closure, Indicator, PlanSettings, PlanStatus } from './model';
import { planChanges } from './planCompare';
import { samePlainData } from './samePlainData';
import { indicatorKey } from './planMatching';
import { countOf } from './italianText';
import { describeStatus } from './planStatus';
import { formatPerformance } from './values';

const fieldDetail = (base: Omit<ChangeDetail, 'field' | 'key' | 'before' | 'after' | 'action'>) => (c: TypedFieldChange): ChangeDetail => ({
  ...base,
  action: 'changed',
  field: c.field,
  key: c.key,
  before: c.before,
  after: c.after,
});

/** Indicators of two versions of one card paired by id, then (ids handed out again by a save) by name. */
export function pairIndicators(before: readonly Indicator[], after: readonly Indicator[]): RowChange<Indicator>[] {
  const left = new Set(before);
  const pairs: RowChange<Indicator>[] = [];
  const byId = new Map(before.filter((i) => i.id !== 0).map((i) => [i.id, i]));
  const unpaired: Indicator[] = [];
  for (const a of after) {
    const partner = a.id === 0 ? undefined : byId.get(a.id);
    if (partner && left.delete(partner)) pairs.push({ before: partner, after: a });
    else unpaired.push(a);
  }
  for (const a of unpaired) {
    const partner = [...left].find((b) => indicatorKey(b) === indicatorKey(a));
    if (partner) left.delete(partner);
    pairs.push({ before: partner ?? null, after: a });
  }
  for (const b of left) pairs.push({ before: b, after: null });
  return pairs;
}

const cardLabel = (card: Card) => `${card.code}${card.title ? ` – ${card.title}` : ''}`;

function cardDetails({ before, after }: RowChange<Card>): ChangeDetail[] {
  const shown = after ?? before;
  if (!shown) return [];
  const cardCode = shown.code;
  if (!before || !after) {
    const action = before ? 'removed' : 'added';
    return [{ scope: 'card', action, cardCode, field: 'Scheda', key: 'card', before: before ? cardLabel(before) : '', after: after ? cardLabel(after) : '' }];
  }
  const details = cardFieldChanges(before, after).map(fieldDetail({ scope: 'card', cardCode }));
  for (const pair of pairIndicators(before.indicators, after.indicators)) {
    const indicator = (pair.after ?? pair.before)?.name ?? '';
    if (pair.before && pair.after) {
      // An indicator equal to what it was has no field changed: not formatted field by field (a card changed by one
      // value of one indicator would format every field of all the others).
      if (samePlainData(pair.before, pair.after, false) === true) continue;
      details.push(...indicatorFieldChanges(pair.before, pair.after).map(fieldDetail({ scope: 'indicator', cardCode, indicator })));
    } else {
      const action = pair.before ? 'removed' : 'added';
      details.push({ scope: 'indicator', action, cardCode, indicator, field: 'Indicatore', key: 'indicator', before: pair.before?.name ?? '', after: pair.after?.name ?? '' });
    }
  }
  return details;
}

function settingsDetails(before: PlanSettings, after: PlanSettings): ChangeDetail[] {
  const year: ChangeDetail[] =
    before.year === after.year ? [] : [{ scope: 'plan', action: 'changed', field: 'Anno del piano', key: 'plan.year', before: String(before.year), after: String(after.year) }];
  return [...year, ...planChanges(before, after, 0).map(fieldDetail({ scope: 'plan' }))];
}

const CATALOGUE_NAMES: Record<Exclude<keyof Catalogues, 'version'>, string> = {
  missioni: 'Missioni',
  programmi: 'Programmi',
  ambiti: 'Ambiti strategici',
  obiettiviStrategici: 'Obiettivi strategici',
  aree: 'Aree',
  uffici: 'Uffici',
  tipologie: 'Tipologie',
  unita: 'Unità di misura',
};

function entryTexts(catalogues: Catalogues, list: keyof typeof CATALOGUE_NAMES): string[] {
  if (list === 'ambiti') {
    return catalogues.ambiti.flatMap((a) => [`${a.code} – ${a.name}`, ...a.lines.map((l) => `${l.code} – ${l.name}`)]);
  }
  return (catalogues[list] as { code?: string; name: string }[]).map((e) => (e.code ? `${e.code} – ${e.name}` : e.name));
}

/** Entries added to or removed from each catalogue (a renamed entry is one removed and one added). */
function catalogueDetails(before: Catalogues, after: Catalogues): ChangeDetail[] {
  const details: ChangeDetail[] = [];
  for (const list of Object.keys(CATALOGUE_NAMES) as (keyof typeof CATALOGUE_NAMES)[]) {
    const was = entryTexts(before, list);
    const now = entryTexts(after, list);
    const field = CATALOGUE_NAMES[list];
    for (const text of was.filter((t) => !now.includes(t))) details.push({ scope: 'catalogues', action: 'removed', field, key: `catalogues.${list}`, before: text, after: '' });
    for (const text of now.filter((t) => !was.includes(t))) details.push({ scope: 'catalogues', action: 'added', field, key: `catalogues.${list}`, before: '', after: text });
  }
  if (details.length === 0) details.push({ scope: 'catalogues', action: 'changed', field: 'Cataloghi', key: 'catalogues', before: '', after: 'voci riordinate o alias modificati' });
  return details;
}

/** `Monitoraggio al 30/06/2024: aperto → chiuso il 15/07/2024 alle 10:30 da mrossi (ente 61%)`. */
function closureDetail({ date, before, after }: NonNullable<ChangeRows['closures']>[number]): ChangeDetail {
  const state = (c: Closure | null) =>
    c ? `chiuso il ${formatDateTime(c.closedAt)} da ${c.closedBy} (performance dell’ente ${formatPerformance(c.snapshot.performance)})` : 'aperto';
  return { scope: 'plan', action: 'changed', field: `Monitoraggio al ${formatDate(date)}`, key: `closure.${date}`, before: state(before), after: state(after) };
}

/** Every detail of a change, plan first, then catalogues, then card by card in the order the rows are listed. */
export function changeDetails(rows: ChangeRows): ChangeDetail[] {
  const details: ChangeDetail[] = [];
  if (rows.plan) {
    const { before } = rows.plan;
    details.push({
      scope: 'plan',
      action: before ? 'removed' : 'added',
      field: 'Piano',
      key: 'plan',
      before: before ? `piano ${before.settings.year}: ${countOf(before.cards.length, 'scheda', 'schede')}` : '',
      after: before ? '' : `piano creato: ${countOf(rows.plan.afterCards?.length ?? 0, 'scheda', 'schede')}`,
    });
  }
  if (rows.status) {
    const shown = (s: PlanStatus | null) => describeStatus(s ?? { stage: 'bozza' });
    details.push({ scope: 'plan', action: 'changed', field: 'Stato del piano', key: 'status', before: shown(rows.status.before), after: shown(rows.status.after) });
  }
  for (const closure of rows.closures ?? []) details.push(closureDetail(closure));
  const { settings, catalogues } = rows;
  if (settings?.before && settings.after) details.push(...settingsDetails(settings.before, settings.after));
  if (catalogues?.before && catalogues.after) details.push(...catalogueDetails(catalogues.before, catalogues.after));
  for (const card of rows.cards) details.push(...cardDetails(card));
  return details;
}

/** The cards of a change (their ids and codes after it, or before it for a removed card). */
export function touchedCards(rows: ChangeRows): TouchedCard[] {
  const seen = new Map<string, TouchedCard>();
  const add = (card: Card | null) => {
    if (card) seen.set(`${card.id}:${card.code}`, { id: card.id, code: card.code });
  };
  for (const { before, after } of rows.cards) {
    add(after ?? before);
    if (before && after && before.code !== after.code) add(before);
  }
  for (const card of rows.plan?.before?.cards ?? []) add(card);
  for (const card of rows.plan?.afterCards ?? []) seen.set(`${card.id}:${card.code}`, card);
  return [...seen.values()];
}

/** A label for a change whose caller gave none: what it touched, in a few words. */
export function defaultLabel(rows: ChangeRows, year: number): string {
  if (rows.plan) return rows.plan.before ? `eliminazione del piano ${year}` : `piano ${year}`;
  const parts: string[] = [];
  if (rows.status) parts.push('stato del piano');
  for (const c of rows.closures ?? []) parts.push(`monitoraggio al ${formatDate(c.date)} ${c.after ? 'chiuso' : 'riaperto'}`);
  if (rows.settings) parts.push('impostazioni del piano');
  if (rows.catalogues) parts.push('cataloghi');
  const [only] = rows.cards;
  if (rows.cards.length === 1 && only) {
    const card = only.after ?? only.before;
    const what = !only.before ? 'nuova scheda' : !only.after ? 'eliminazione della scheda' : 'modifica della scheda';
    parts.push(`${what} ${card?.code ?? ''}`.trim());
  } else if (rows.cards.length > 1) {
    parts.push(`modifica di ${countOf(rows.cards.length, 'scheda', 'schede')}`);
  }
  return parts.join(', ') || 'modifica';
}
