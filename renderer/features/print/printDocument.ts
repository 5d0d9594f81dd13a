/**
 * What a print job contains, scored at one monitoring date (the one asked, else the latest date with values): for
 * the whole plan the front matter (title page, premessa, ambiti and obiettivi strategici, summary of all objectives
 * with the rollups), the dashboard and every card; for a selection just those cards; for the dashboard job only it.
 * Why: one pure function decides content and order (plan order, as in the official document) for every host.
 */
import type { Card, IsoDate, PlanDocument } from '../../../shared/model';
import { objectivesLabel, scoringDateOf } from '../../../shared/monitoringDates';
import { rollupKey } from '../../../shared/rollups';
import { describePolicy, scoreCard, scorePlan, scoringContextAt, type CardScore } from '../../../shared/scoring';
import { formatDate, formatPerformance } from '../../../shared/values';
import { horizonYears } from '../../../shared/planDefaults';
import { buildDashboard, type DashboardView } from '../dashboard/dashboardModel';
import { buildCardSheet, type CardSheetView } from './cardSheet';

export interface SummaryRow {
  code: string;
  title: string;
  programma: string;
  area: string;
  indicatorCount: number;
  performance: string;
}

export interface SummaryGroup {
  code: string;
  label: string;
  performance: string;
  rows: SummaryRow[];
}

export interface FrontMatterView {
  ente: string;
  title: string;
  year: number;
  horizon: string;
  monitoringDate: string;
  premessa: string;
  ambiti: PlanDocument['catalogues']['ambiti'];
  obiettiviStrategici: PlanDocument['catalogues']['obiettiviStrategici'];
  groups: SummaryGroup[];
  overall: string;
  /** "5 di 18 obiettivi valutabili": what the overall figure is the mean of. */
  scored: string;
  policy: string;
}

export interface PrintDocumentView {
  front: FrontMatterView | null;
  /** The Cruscotto's pages: after the summary in the whole plan, or alone. */
  dashboard: DashboardView | null;
  cards: CardSheetView[];
  /** Requested codes that the plan does not have (shown on paper, never silently dropped). */
  missingCodes: string[];
}

export function cardsInPlanOrder(doc: PlanDocument): Card[] {
  return [...doc.cards].sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));
}

function frontMatter(doc: PlanDocument, date: IsoDate, cards: Card[], scores: Map<Card, CardScore>, policy: string): FrontMatterView {
  const plan = scorePlan(doc, date);
  const groups = plan.rollups.ambito.map((rollup) => ({
    code: rollup.key,
    label: rollup.key === '' ? rollup.label : `Ambito strategico ${rollup.key} – ${rollup.label}`,
    performance: formatPerformance(rollup.performance),
    rows: cards
      .filter((card) => rollupKey('ambito', card) === rollup.key)
      .map((card) => ({
        code: card.code,
        title: card.title,
        programma: card.programma,
        area: card.area,
        indicatorCount: card.indicators.length,
        performance: formatPerformance(scores.get(card)?.performance ?? null),
      })),
  }));
  const years = horizonYears(doc.settings);
  return {
    ente: doc.settings.ente,
    title: doc.settings.title,
    year: doc.settings.year,
    horizon: years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(doc.settings.year),
    monitoringDate: formatDate(date),
    premessa: doc.settings.premessa,
    ambiti: doc.catalogues.ambiti,
    obiettiviStrategici: doc.catalogues.obiettiviStrategici,
    groups,
    overall: formatPerformance(plan.performance),
    scored: objectivesLabel(plan.cards.filter((c) => c.score.performance !== null).length, plan.cards.length),
    policy,
  };
}

export interface PrintDocumentRequest {
  wholePlan: boolean;
  codes: string[];
  /** The dashboard alone (no front matter, no cards). */
  dashboard?: boolean;
  /** The monitoring date scored (absent or not the plan's: the latest date with values). */
  date?: IsoDate;
}

export function buildPrintDocument(doc: PlanDocument, request: PrintDocumentRequest): PrintDocumentView {
  const date = scoringDateOf(doc, request.date);
  const ctx = scoringContextAt(doc.settings, date);
  const policy = `Criteri di calcolo della performance. ${describePolicy(doc.settings.policy)}`;
  const ordered = cardsInPlanOrder(doc);
  const wanted = new Set(request.codes);
  const cards = request.wholePlan ? ordered : ordered.filter((card) => wanted.has(card.code));
  const known = new Set(doc.cards.map((card) => card.code));
  const scores = new Map(ordered.map((card) => [card, scoreCard(card, ctx)] as const));
  return {
    front: request.wholePlan ? frontMatter(doc, date, ordered, scores, policy) : null,
    dashboard: request.wholePlan || request.dashboard ? buildDashboard(doc, date) : null,
    cards: cards.map((card) => buildCardSheet(doc, card, scores.get(card) ?? scoreCard(card, ctx), ctx, policy)),
    missingCodes: request.wholePlan ? [] : request.codes.filter((code) => !known.has(code)),
  };
}
