/**
 * Findings on objective cards and whole plans (domain.md §3, last paragraphs): codes, classification,
 * weights, targets, tipologie, units, overrides. Why: the seed has real mistakes (a code under the wrong
 * ambito, `data` as tipologia); they are flagged with what to fix, never silently corrected.
 */
import { codeKey, codeShapeProblem } from './cardCodes';
import { catalogueKey, finding, type AdviceDraft, type Finding, type FindingDraft } from './finding';
import { indicatorErrors, validateIndicator } from './indicatorValidation';
import type { Card, Catalogues, PlanDocument, PlanSettings } from './model';
import { formatPercent } from './values';
import { checkWeightSum } from './weights';

export type { Finding, Severity } from './finding';

/** What duplicate codes are checked against: a card's id, code and title (whole cards, or the list's rows). */
export type CodedCard = Pick<Card, 'id' | 'code' | 'title'>;

export interface CardValidationContext {
  settings: PlanSettings;
  catalogues: Catalogues;
  /** All cards of the plan (the card itself may be among them), for duplicate codes. */
  cards: readonly CodedCard[];
  /** `codeIndexOf(cards)`, when many cards are checked against the same list (else each check scans `cards`). */
  codes?: CodeIndex;
}

/** The cards of a list by code key (`codeKey`), each key's cards in list order: what `cardWithCode` scans, made once. */
export type CodeIndex = ReadonlyMap<string, readonly CodedCard[]>;

export function codeIndexOf(cards: readonly CodedCard[]): CodeIndex {
  const index = new Map<string, CodedCard[]>();
  for (const card of cards) {
    const key = codeKey(card.code);
    const same = index.get(key);
    if (same) same.push(card);
    else index.set(key, [card]);
  }
  return index;
}

export function validateCard(card: Card, ctx: CardValidationContext): Finding[] {
  const drafts: FindingDraft[] = [
    ...checkIdentity(card, ctx),
    ...checkClassification(card, ctx.catalogues),
    ...checkWeights(card),
    ...card.indicators.flatMap((indicator, index) => validateIndicator(indicator, index, ctx.settings, ctx.catalogues)),
  ];
  return drafts.map((draft) => ({ ...draft, cardId: card.id, cardCode: card.code }));
}

/**
 * validateCard's errors alone, in its order: identity and the indicators' own (classification and weights give none:
 * their type, AdviceDraft, has no error).
 * Why: what an import or a save checks for new errors, without building every warning's message to discard it.
 */
export function cardErrors(card: Card, ctx: CardValidationContext): Finding[] {
  const drafts: FindingDraft[] = [
    ...checkIdentity(card, ctx).filter((draft) => draft.severity === 'error'),
    ...card.indicators.flatMap((indicator, index) => indicatorErrors(indicator, index)),
  ];
  return drafts.map((draft) => ({ ...draft, cardId: card.id, cardCode: card.code }));
}

/** Every card's findings plus the plan's own (horizon, monitoring date, ente). */
export function validatePlan(doc: PlanDocument): Finding[] {
  const ctx: CardValidationContext = { settings: doc.settings, catalogues: doc.catalogues, cards: doc.cards, codes: codeIndexOf(doc.cards) };
  return [...checkSettings(doc.settings, doc.cards.length), ...doc.cards.flatMap((card) => validateCard(card, ctx))];
}

/** Another card of `cards` (not `card` itself) whose code is `code`, ignoring surrounding spaces and case. */
export function cardWithCode<C extends CodedCard>(code: string, card: CodedCard, cards: readonly C[]): C | undefined {
  const wanted = codeKey(code);
  return cards.find((other) => other !== card && (card.id === 0 || other.id !== card.id) && codeKey(other.code) === wanted);
}

function checkIdentity(card: Card, { cards, codes }: CardValidationContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  const code = card.code.trim();
  if (card.title.trim() === '') out.push(finding('error', 'title-empty', 'title', 'Il titolo dell’obiettivo è vuoto: inserire il titolo.'));
  if (code === '') {
    out.push(finding('error', 'code-empty', 'code', 'Il codice dell’obiettivo è vuoto: inserire un codice come 01_01_OS01.'));
    return out;
  }
  const shape = codeShapeProblem(code, card.ambitoLine);
  if (shape) out.push(finding('warning', shape.kind, 'code', shape.message));
  const twin = cardWithCode(code, card, codes ? (codes.get(codeKey(code)) ?? []) : cards);
  if (twin) {
    out.push(finding('error', 'code-duplicate', 'code', `Il codice "${code}" è usato anche dall’obiettivo «${twin.title}»: ogni obiettivo deve avere un codice diverso.`));
  }
  return out;
}

/** Advice only (AdviceDraft): cardErrors relies on it. */
function checkClassification(card: Card, catalogues: Catalogues): AdviceDraft[] {
  const out: AdviceDraft[] = [];
  const missione = card.missione.trim();
  const programma = card.programma.trim();
  const line = card.ambitoLine.trim();
  if (missione === '') out.push(finding('warning', 'missione-empty', 'missione', 'Missione mancante: sceglierla dal catalogo.'));
  else if (!catalogues.missioni.some((m) => m.code === missione)) {
    out.push(finding('warning', 'missione-unknown', 'missione', `La missione "${missione}" non è nel catalogo: sceglierne una esistente (es. 011).`));
  }
  if (programma === '') out.push(finding('warning', 'programma-empty', 'programma', 'Programma mancante: sceglierlo dal catalogo.'));
  else {
    const current = catalogues.programmi.find((p) => p.code === programma);
    const renamed = catalogues.programmi.find((p) => p.aliases.includes(programma));
    if (!current && renamed) {
      out.push(finding('warning', 'programma-alias', 'programma', `Il programma "${programma}" è un codice superato: usare ${renamed.code} (${renamed.name}).`));
    } else if (!current) {
      out.push(finding('warning', 'programma-unknown', 'programma', `Il programma "${programma}" non è nel catalogo: sceglierne uno esistente (es. 011.005).`));
    }
    if (missione !== '' && !programma.startsWith(`${missione}.`)) {
      out.push(finding('warning', 'programma-missione', 'programma', `Il programma ${programma} non appartiene alla missione ${missione}: correggere la missione o il programma.`));
    }
  }
  const lines = catalogues.ambiti.flatMap((ambito) => ambito.lines.map((l) => l.code));
  if (line === '') out.push(finding('warning', 'ambito-empty', 'ambitoLine', 'Linea dell’ambito strategico mancante: sceglierla dal catalogo (es. 01_01).'));
  else if (!lines.includes(line)) {
    out.push(finding('warning', 'ambito-unknown', 'ambitoLine', `La linea strategica "${line}" non è nel catalogo degli ambiti: sceglierne una esistente.`));
  }
  const os = card.obiettivoStrategico.trim();
  if (os !== '' && !catalogues.obiettiviStrategici.some((o) => o.code === os)) {
    out.push(finding('warning', 'obiettivo-strategico-unknown', 'obiettivoStrategico', `L’obiettivo strategico "${os}" non è nel catalogo.`));
  }
  const named = (value: string, entries: { name: string }[]) =>
    value.trim() === '' || entries.length === 0 || entries.some((e) => catalogueKey(e.name) === catalogueKey(value));
  if (!named(card.area, catalogues.aree)) {
    out.push(finding('info', 'area-unknown', 'area', `L’area di responsabilità "${card.area}" non è nel catalogo delle aree.`));
  }
  if (!named(card.office, catalogues.uffici)) {
    out.push(finding('info', 'ufficio-unknown', 'office', `L’ufficio "${card.office}" non è nel catalogo degli uffici.`));
  }
  return out;
}

/** Advice only (AdviceDraft): cardErrors relies on it. */
function checkWeights(card: Card): AdviceDraft[] {
  if (card.indicators.length === 0) {
    return [finding('warning', 'no-indicators', 'indicators', 'L’obiettivo non ha indicatori: aggiungerne almeno uno, altrimenti la prestazione è n.d.')];
  }
  const check = checkWeightSum(card.indicators.map((indicator) => indicator.weight));
  if (check.withinRounding) return [];
  const sum = formatPercent(check.sum, check.displayedDecimals);
  return [
    finding('warning', 'weight-sum', 'indicators', `I pesi degli indicatori sommano a ${sum} invece di 100%, più di quanto spieghi l’arrotondamento: correggerli. Il calcolo usa comunque le quote normalizzate.`),
  ];
}

function checkSettings(settings: PlanSettings, cardCount: number): Finding[] {
  const out: Finding[] = [];
  if (settings.ente.trim() === '') out.push(finding('warning', 'plan-ente-empty', 'settings.ente', 'Ente mancante: indicare la Camera di Commercio.'));
  if (settings.horizonStart > settings.horizonEnd) {
    out.push(finding('error', 'plan-horizon', 'settings.horizonEnd', `Il triennio ${settings.horizonStart}-${settings.horizonEnd} non è valido: l’anno finale precede quello iniziale.`));
  } else if (settings.year < settings.horizonStart || settings.year > settings.horizonEnd) {
    out.push(finding('warning', 'plan-year-horizon', 'settings.year', `L’anno ${settings.year} è fuori dal triennio ${settings.horizonStart}-${settings.horizonEnd}.`));
  }
  if (!settings.monitoringDate.startsWith(`${settings.year}-`)) {
    out.push(finding('warning', 'plan-monitoring-year', 'settings.monitoringDate', `La data di monitoraggio non cade nell’anno ${settings.year}: i valori correnti sono quelli di un altro anno.`));
  }
  if (cardCount === 0) out.push(finding('info', 'plan-no-cards', 'cards', 'Il piano non contiene obiettivi.'));
  return out;
}
