/**
 * What a value typed in the editor means: the forms of domain.md §2, plus the rule that a typed value must fit
 * the indicator's UdM, and the words that show back what was understood (`--` = non previsto, empty = no value).
 * Why: the seed itself holds values that contradict their UdM (65% under `n.`), so import only warns; typing is
 * the moment to refuse, when the officer can write the right thing or fix the UdM first.
 */
import type { Value } from './model';
import { fail, ok, quote, type ParseResult } from './parseResult';
import { barePercentQuestion } from './percentEvidence';
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

/**
 * A value typed in the editor: the shared grammar, then the fit with the indicator's UdM. A bare number under `%`
 * that could be a fraction or points (`0,85`, `85`) is not stored until written with its `%` (percentEvidence.ts).
 */
export function parseEnteredValue(text: string, udm: string): ParseResult<Value> {
  const question = barePercentQuestion(text, udm);
  if (question) return fail(question.message);
  const parsed = parseValue(text, { udm });
  return parsed.ok ? fitUnit(text, parsed.value, udm, parsed.value) : parsed;
}

/** A target typed in the editor (operator merged or not), checked against the UdM like a value. */
export function parseEnteredTarget(text: string, udm: string): ParseResult<TargetCell> {
  const parsed = parseTargetCell(text, { udm });
  if (!parsed.ok) return parsed;
  const bare = text.trim().replace(/^[<>=≤≥\s]+/, '');
  const question = barePercentQuestion(bare, udm);
  if (question) return fail(question.message);
  return fitUnit(text, parsed.value.value, udm, parsed.value);
}

/**
 * The two readings of a typed or pasted bare number under `%`, as the texts that store them unambiguously
 * (`0,85` → `85%` proposed, `0,85%` the other; `>= 80` → `>= 80%`, `>= 8.000%`), or null when there is no question.
 */
export function percentChoices(text: string, udm: string): { proposal: string; alternative: string } | null {
  const trimmed = text.trim();
  const operator = /^[<>=≤≥]+\s*/.exec(trimmed)?.[0] ?? '';
  const question = barePercentQuestion(trimmed.slice(operator.length), udm);
  return question ? { proposal: `${operator}${formatValue(question.proposal)}`, alternative: `${operator}${formatValue(question.alternative)}` } : null;
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
