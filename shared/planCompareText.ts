/**
 * A plan comparison in Italian sentences: what was compared (the shift of years, what is only counted), the counts,
 * then every difference. Why shared: the CLI prints these lines, the comparison screen and its print show the same
 * explanation of the scope.
 */
import type { TypedFieldChange } from './fieldChanges';
import type { CardComparison, IndicatorComparison, PlanComparison } from './planCompare';
import { countOf } from './italianText';
import { formatDate, formatNumber } from './values';

const n = (count: number) => formatNumber(count, 0);
const years = (list: readonly number[]) => list.join(', ');

/** What was compared and what was only counted. */
export function describeScope(c: PlanComparison): string[] {
  const { scope, before, after } = c;
  const lines: string[] = [];
  if (scope.yearShift !== 0) {
    const amount = Math.abs(scope.yearShift) === 1 ? '1 anno' : `${Math.abs(scope.yearShift)} anni`;
    lines.push(
      `Spostamento di ${amount} (${before.year} → ${after.year}): triennio ${before.horizon.join('–')} → ${after.horizon.join('–')}, ` +
        `data di monitoraggio ${formatDate(before.monitoringDate)} → ${formatDate(after.monitoringDate)}.`,
    );
  }
  lines.push(
    scope.comparedYears.length > 0
      ? `Target confrontati anno per anno: ${years(scope.comparedYears)} (il target di un anno di un piano con quello dello stesso anno dell'altro).`
      : 'Nessun anno in comune tra i due trienni: i target non sono confrontati.',
  );
  for (const only of scope.onlyBefore) {
    lines.push(`Target ${only.year} solo nel ${before.label} (${countOf(only.written, 'scritto', 'scritti')}): non confrontati.`);
  }
  for (const only of scope.onlyAfter) {
    lines.push(`Target ${only.year} solo nel ${after.label} (${countOf(only.written, 'scritto', 'scritti')}): non confrontati.`);
  }
  if (!scope.yearBoundCompared) {
    lines.push(
      `Valori rilevati e performance impostate a mano appartengono all'anno del piano e non sono confrontati: ` +
        `valori ${n(scope.values.before)} nel ${before.year} e ${n(scope.values.after)} nel ${after.year}, ` +
        `performance a mano ${n(scope.overrides.before)} nel ${before.year} e ${n(scope.overrides.after)} nel ${after.year}.`,
    );
  }
  return lines;
}

export function describeCounts(c: PlanComparison): string {
  const { counts } = c;
  const paired = counts.changed + counts.unchanged;
  return (
    `Schede: ${n(paired)} abbinate (${n(counts.pairedByOrigin)} per collegamento d'origine, ${n(counts.pairedByCode)} per codice), ` +
    `${n(counts.changed)} modificate, ${n(counts.added)} aggiunte, ${n(counts.removed)} tolte.`
  );
}

export const CARD_STATUS: Record<CardComparison['status'], string> = {
  added: 'aggiunta',
  removed: 'tolta',
  changed: 'modificata',
  unchanged: 'invariata',
};
export const INDICATOR_STATUS: Record<IndicatorComparison['status'], string> = {
  added: 'aggiunto',
  removed: 'tolto',
  changed: 'modificato',
};

const shown = (value: string) => (value === '' ? '(vuoto)' : `«${value.replace(/\s*\n\s*/g, ' ⏎ ')}»`);
const changeLine = (indent: string, ch: TypedFieldChange) => `${indent}${ch.field}: ${shown(ch.before)} → ${shown(ch.after)}`;

/** Every difference, one line each: plan settings, then each card added, removed or changed with its fields. */
export function describeDifferences(c: PlanComparison): string[] {
  const lines: string[] = [];
  if (c.plan.length > 0) {
    lines.push('Piano:');
    lines.push(...c.plan.map((ch) => changeLine('  ', ch)));
  }
  for (const card of c.cards) {
    if (card.status === 'unchanged') continue;
    const where = card.status === 'added' ? ` (solo nel ${c.after.label})` : card.status === 'removed' ? ` (solo nel ${c.before.label})` : '';
    lines.push(`Scheda ${card.code} «${card.title}»: ${CARD_STATUS[card.status]}${where}.`);
    lines.push(...card.changes.map((ch) => changeLine('  ', ch)));
    for (const indicator of card.indicators) {
      lines.push(`  Indicatore ${indicator.position} «${indicator.name}»: ${INDICATOR_STATUS[indicator.status]}.`);
      lines.push(...indicator.changes.map((ch) => changeLine('    ', ch)));
    }
  }
  return lines;
}

/** The whole comparison as the CLI prints it. */
export function describeComparison(c: PlanComparison): string[] {
  const differences = describeDifferences(c);
  return [
    `Confronto tra il ${c.before.label} e il ${c.after.label}.`,
    ...describeScope(c),
    describeCounts(c),
    ...(differences.length > 0 ? differences : [c.scope.yearShift !== 0 ? "Nessun'altra differenza." : 'Nessuna differenza.']),
  ];
}
