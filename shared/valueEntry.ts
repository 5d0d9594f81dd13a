/**
 * What a value typed in the editor means: the forms of domain.md §2, plus the rule that a typed value must fit
 * the indicator's UdM, and the words that show back what was understood (`--` = non previsto, empty = no value).
 * Why: the seed itself holds values that contradict their UdM (65% under `n.`), so import only warns; typing is
 * the moment to refuse, when the officer can write the right thing or fix the UdM first.
 */
import type { Value } from './model';
import { fail, ok, quote, type ParseResult } from './parseResult';
import { formatValue, normaliseUnit, parseTargetCell, parseValue, type TargetCell } from './values';

const DEADLINE_UNITS = new Set(['data', 'entro']);
const COUNT_UNITS = new Set(['n.', 'gg', '€']);

/**
 * What the UdM expects when `value` does not fit it, or null when it fits. Missing marks always fit; a zero
 * fits every numeric UdM and deadlines (`0` = not done, domain.md §2); unknown UdMs accept everything.
 */
export function unitExpectation(value: Value, udm: string): string | null {
  const unit = normaliseUnit(udm);
  const zero = (value.kind === 'number' || value.kind === 'percent') && value.value === 0;
  if (value.kind === 'missing') return null;
  if (unit === '%') return value.kind === 'percent' || zero ? null : 'una percentuale (es. 45%)';
  if (COUNT_UNITS.has(unit)) return value.kind === 'number' ? null : 'un numero (es. 1.234)';
  if (DEADLINE_UNITS.has(unit)) return value.kind === 'date' || value.kind === 'bool' || zero ? null : 'una data (es. 31/12/2024), sì oppure no';
  if (unit === 'si/no') return value.kind === 'bool' ? null : 'sì oppure no';
  return null;
}

/** The kind of a value in words, for messages: "una percentuale", "una data"… */
function kindInWords(value: Value): string {
  switch (value.kind) {
    case 'number':
      return 'un numero';
    case 'percent':
      return 'una percentuale';
    case 'date':
      return 'una data';
    case 'bool':
      return 'un sì/no';
    case 'missing':
      return 'un valore mancante';
  }
}

function fitUnit<T>(text: string, value: Value, udm: string, result: T): ParseResult<T> {
  const expected = unitExpectation(value, udm);
  if (expected === null) return ok(result);
  return fail(
    `${quote(text.trim())} è ${kindInWords(value)}, ma l’unità di misura «${udm.trim()}» richiede ${expected}: ` +
      'scrivere il valore in quella forma oppure cambiare prima l’UdM dell’indicatore',
  );
}

/** A value typed in the editor: the shared grammar, then the fit with the indicator's UdM. */
export function parseEnteredValue(text: string, udm: string): ParseResult<Value> {
  const parsed = parseValue(text, { udm });
  return parsed.ok ? fitUnit(text, parsed.value, udm, parsed.value) : parsed;
}

/** A target typed in the editor (operator merged or not), checked against the UdM like a value. */
export function parseEnteredTarget(text: string, udm: string): ParseResult<TargetCell> {
  const parsed = parseTargetCell(text, { udm });
  return parsed.ok ? fitUnit(text, parsed.value.value, udm, parsed.value) : parsed;
}

/** What a value means, in words shown under the cell: "numero 1.234", "-- = non previsto", "vuoto = nessun valore". */
export function describeValue(value: Value): string {
  switch (value.kind) {
    case 'number':
      return `numero ${formatValue(value)}`;
    case 'percent':
      return `percentuale ${formatValue(value)}`;
    case 'date':
      return `data ${formatValue(value)}`;
    case 'bool':
      return value.value ? 'sì (fatto)' : 'no (non fatto)';
    case 'missing':
      if (value.mark === 'n.d.') return 'n.d. = dato non disponibile (performance n.d.)';
      if (value.mark === '--') return '-- = non previsto (performance n.d.)';
      return 'vuoto = nessun valore (performance n.d.)';
  }
}
