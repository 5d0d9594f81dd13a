/**
 * The printable view of one objective card: catalogue names, Italian-formatted cells, performances and the
 * numbered footnotes, computed once from the plan so the React components only lay text out.
 * Why: every figure on paper comes from here, which keeps it testable without a DOM.
 */
import { formatDateTime } from '../../../shared/dates';
import type { Card, Catalogues, Indicator, PlanDocument } from '../../../shared/model';
import { closureOf, formatMeasured, valueAt } from '../../../shared/monitoringDates';
import { snapshotCard } from '../../../shared/scoreSnapshot';
import {
  scoreIndicator,
  targetFor,
  type CardScore,
  type IndicatorScore,
  type ScoringContext,
} from '../../../shared/scoring';
import { formatDate, formatPercent, formatPerformance, formatResources, formatValue } from '../../../shared/values';
import { horizonYears } from '../../../shared/planDefaults';
import { amendmentNoteText, capNoteText, indicatorNoteText, numberCardFootnotes, overrideNoteText, type Footnote } from './footnotes';

export interface IndicatorRowView {
  name: string;
  algoritmo: string;
  tipologia: string;
  udm: string;
  value: string;
  operator: string;
  targets: string[];
  performance: string;
  overridden: boolean;
  weight: string;
  nameRefs: number[];
  valueRefs: number[];
  performanceRefs: number[];
}

/** The closing of the printed date: "valori chiusi al …" with the objective's performance kept then. */
export interface ClosedValuesView {
  closedAt: string;
  closedBy: string;
  /** The objective's performance kept at closing ('—' when the card did not exist then). */
  performance: string;
  /** True when the performance printed now differs from the one kept (amendments or later changes). */
  moved: boolean;
}

export interface CardSheetView {
  code: string;
  title: string;
  missione: string;
  programma: string;
  ambito: string;
  obiettivoStrategico: string | null;
  description: string;
  resources: string;
  area: string;
  office: string;
  monitoringDate: string;
  years: number[];
  rows: IndicatorRowView[];
  performance: string;
  /** Present when the printed date is closed. */
  closed: ClosedValuesView | null;
  policyRef: number;
  notes: Footnote[];
  cardNotes: string[];
}

const label = (code: string, name: string | undefined) => (name ? `${code} – ${name}` : code);

export function catalogueLabels(catalogues: Catalogues, card: Card) {
  const os = card.obiettivoStrategico.trim();
  return {
    missione: label(card.missione, catalogues.missioni.find((m) => m.code === card.missione)?.name),
    programma: label(card.programma, catalogues.programmi.find((p) => p.code === card.programma)?.name),
    ambito: label(card.ambitoLine, catalogues.ambiti.flatMap((a) => a.lines).find((l) => l.code === card.ambitoLine)?.name),
    obiettivoStrategico: os ? label(os, catalogues.obiettiviStrategici.find((o) => o.code === os)?.name) : null,
  };
}


/** `Risorse interne` with a capital letter on paper (it fills a cell on its own). */
function resourcesText(card: Card): string {
  const text = formatResources(card.resources);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type RowCells = Omit<IndicatorRowView, 'nameRefs' | 'valueRefs' | 'performanceRefs'>;

function rowCells(indicator: Indicator, score: IndicatorScore | undefined, ctx: ScoringContext, years: number[]): RowCells {
  return {
    name: indicator.name,
    algoritmo: indicator.algoritmo,
    tipologia: indicator.tipologia,
    udm: indicator.udm,
    value: formatMeasured(valueAt(indicator, ctx.monitoringDate)),
    operator: indicator.operator,
    targets: years.map((year) => formatValue(targetFor(indicator, year))),
    performance: formatPerformance(score?.performance ?? null),
    overridden: score?.status === 'override',
    weight: formatPercent(indicator.weight, 1),
  };
}

/** The override's footnote also shows what the rules would have given without it. */
function overrideNote(indicator: Indicator, ctx: ScoringContext): string | null {
  if (!indicator.override) return null;
  const computed = scoreIndicator({ ...indicator, override: undefined }, ctx).performance;
  return overrideNoteText(indicator.override, computed);
}

export function buildCardSheet(
  doc: PlanDocument,
  card: Card,
  score: CardScore,
  ctx: ScoringContext,
  policyText: string,
): CardSheetView {
  const years = horizonYears(doc.settings);
  const amendments = (doc.amendments ?? []).filter((a) => a.cardId === card.id && a.date === ctx.monitoringDate);
  const footnotes = numberCardFootnotes(
    policyText,
    card.indicators.map((indicator) => ({
      note: indicatorNoteText(indicator.note),
      amendments: amendments.filter((a) => a.indicatorId === indicator.id).map(amendmentNoteText),
      override: overrideNote(indicator, ctx),
      cap: capNoteText(indicator.cap, ctx.policy.cap),
    })),
  );
  const rows = card.indicators.map((indicator, i) => ({
    ...rowCells(indicator, score.indicators[i], ctx, years),
    ...(footnotes.rows[i] ?? { nameRefs: [], valueRefs: [], performanceRefs: [] }),
  }));
  const closure = closureOf(doc, ctx.monitoringDate);
  const kept = closure && snapshotCard(closure.snapshot, card);
  const performance = formatPerformance(score.performance);
  return {
    code: card.code,
    title: card.title,
    ...catalogueLabels(doc.catalogues, card),
    description: card.description,
    resources: resourcesText(card),
    area: card.area,
    office: card.office,
    monitoringDate: formatDate(ctx.monitoringDate),
    years,
    rows,
    performance,
    closed: closure
      ? {
          closedAt: formatDateTime(closure.closedAt),
          closedBy: closure.closedBy,
          performance: kept ? formatPerformance(kept.performance) : '—',
          moved: kept ? formatPerformance(kept.performance) !== performance : false,
        }
      : null,
    policyRef: footnotes.policyRef,
    notes: footnotes.notes,
    cardNotes: card.footnotes.map((note) => note.trim()).filter(Boolean),
  };
}
