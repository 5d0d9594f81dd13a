/**
 * Checks on one indicator of a card: name, weight, targets over the horizon, tipologia, UdM, value kinds,
 * deadline operator, override justification. Why: each finding names the indicator (position and name)
 * and the field, so the editor can point at it and the office knows what to fix.
 */
import { catalogueKey, finding, type FindingDraft } from './finding';
import { formatDate } from './dates';
import { isDeadline, targetFor } from './indicatorScore';
import { measurementKey } from './monitoringDates';
import { TIPOLOGIE, UNITS, type Catalogues, type Indicator, type PlanSettings, type Value } from './model';
import { unitExpectation } from './valueEntry';
import { formatValue } from './values';

export function validateIndicator(
  indicator: Indicator,
  index: number,
  settings: PlanSettings,
  catalogues: Catalogues,
): FindingDraft[] {
  const out: FindingDraft[] = [];
  const add = adder(indicator, index, out);
  // Every rule but the two that indicatorErrors repeats only advises: `advise` cannot add an error.
  const advise: Advise = add;
  checkName(indicator, add);
  if (!(indicator.weight > 0)) {
    advise('warning', 'weight-non-positive', 'weight', 'il peso è 0%: l’indicatore non conta nella media; inserire un peso positivo.');
  }
  checkTargets(indicator, settings, advise);
  checkTipologia(indicator.tipologia, catalogues, advise);
  const unitKnown = checkUnit(indicator.udm, catalogues, advise);
  if (unitKnown) {
    // every date's value, each next to its own column (`value` is the monitoring date's)
    for (const { date, value } of indicator.measurements) {
      const expected = unitExpectation(value, indicator.udm);
      if (!expected) continue;
      const message = mismatch(value, indicator.udm, expected);
      advise('warning', 'value-udm-mismatch', measurementKey(date, settings.monitoringDate), date === settings.monitoringDate ? message : `valore al ${formatDate(date)}: ${message}`);
    }
    for (const target of indicator.targets) {
      const expectedTarget = unitExpectation(target.value, indicator.udm);
      if (expectedTarget) {
        advise('warning', 'value-udm-mismatch', `target.${target.year}`, `target ${target.year}: ${mismatch(target.value, indicator.udm, expectedTarget)}`);
      }
    }
  }
  if (isDeadline(indicator, settings.year) && indicator.operator === '>=') {
    advise('warning', 'deadline-operator', 'operator', 'una scadenza va indicata con l’operatore <= (entro la data): correggere l’operatore >=.');
  }
  checkOverride(indicator, add);
  return out;
}

/**
 * validateIndicator's errors alone, in its order. Why: an import checks every card it changes for new errors
 * (shared/requiredFields.ts), and building the warnings' messages there (units, targets, catalogues) was most of
 * that work, thrown away.
 */
export function indicatorErrors(indicator: Indicator, index: number): FindingDraft[] {
  const out: FindingDraft[] = [];
  const add = adder(indicator, index, out);
  checkName(indicator, add);
  checkOverride(indicator, add);
  return out;
}

type Add = (severity: FindingDraft['severity'], code: string, field: string, message: string) => void;
/** An `Add` for the rules that only advise: an error there fails the type check (indicatorErrors would miss it). */
type Advise = (severity: Exclude<FindingDraft['severity'], 'error'>, code: string, field: string, message: string) => void;

/** Adds to `out` a finding on a field of the indicator, its message led by the indicator's position and name. */
function adder(indicator: Indicator, index: number, out: FindingDraft[]): Add {
  const name = indicator.name.trim();
  const who = name === '' ? `Indicatore ${index + 1}` : `Indicatore ${index + 1} «${shorten(name)}»`;
  return (severity, code, field, message) => {
    out.push(finding(severity, code, `indicators.${index}.${field}`, `${who}: ${message}`));
  };
}

function checkName(indicator: Indicator, add: Add): void {
  if (indicator.name.trim() === '') add('error', 'indicator-name-empty', 'name', 'il nome è vuoto: inserire il nome dell’indicatore.');
}

function checkOverride(indicator: Indicator, add: Add): void {
  if (indicator.override && indicator.override.justification.trim() === '') {
    add('error', 'override-justification', 'override', 'la prestazione impostata manualmente richiede una motivazione: scriverla o togliere la correzione.');
  }
}

function checkTargets(indicator: Indicator, settings: PlanSettings, add: Advise): void {
  if (targetFor(indicator, settings.year).kind === 'missing') {
    add('warning', 'target-missing', `target.${settings.year}`, `manca il target ${settings.year}: inserire il valore atteso, altrimenti la prestazione è n.d.`);
  }
  for (let year = Math.max(settings.year + 1, settings.horizonStart); year <= settings.horizonEnd; year += 1) {
    const target = indicator.targets.find((t) => t.year === year)?.value;
    // A later year the office marked `n.d.` or `--` is a deliberate "not set yet"; only an absent or blank one is flagged.
    if (!target || (target.kind === 'missing' && target.mark === '')) {
      add('info', 'target-horizon-missing', `target.${year}`, `manca il target ${year} del triennio (scrivere n.d. se non è ancora definito).`);
    }
  }
}

function checkTipologia(tipologia: string, catalogues: Catalogues, add: Advise): void {
  const key = catalogueKey(tipologia);
  const known = catalogues.tipologie.length > 0 ? catalogues.tipologie.map((t) => t.name) : [...TIPOLOGIE];
  const units = [...UNITS, ...catalogues.unita.map((u) => u.name)].map(catalogueKey);
  if (key === '') {
    add('warning', 'tipologia-empty', 'tipologia', `tipologia mancante: scegliere tra ${known.join(', ')}.`);
  } else if (units.includes(key)) {
    add('warning', 'tipologia-is-unit', 'tipologia', `"${tipologia}" è un’unità di misura, non una tipologia: spostarlo nella colonna UdM e scegliere la tipologia (${known.join(', ')}).`);
  } else if (!known.map(catalogueKey).includes(key)) {
    add('warning', 'tipologia-unknown', 'tipologia', `la tipologia "${shorten(tipologia)}" non è nel catalogo: scegliere tra ${known.join(', ')}.`);
  }
}

function checkUnit(udm: string, catalogues: Catalogues, add: Advise): boolean {
  const known = catalogues.unita.length > 0 ? catalogues.unita.map((u) => u.name) : [...UNITS];
  if (udm.trim() === '') {
    add('warning', 'udm-empty', 'udm', `unità di misura mancante: scegliere tra ${known.join(', ')}.`);
    return false;
  }
  if (!known.map(catalogueKey).includes(catalogueKey(udm))) {
    add('warning', 'udm-unknown', 'udm', `l’unità di misura "${shorten(udm)}" non è nel catalogo: scegliere tra ${known.join(', ')}.`);
    return false;
  }
  return true;
}

function mismatch(value: Value, udm: string, expected: string): string {
  return `il valore ${formatValue(value)} non è coerente con l’unità di misura "${udm}", che richiede ${expected}.`;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
