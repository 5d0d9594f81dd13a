/**
 * Parsers of the indicator fields that the shared value grammar does not cover alone: cap and override.
 * Why: both are percentages with a special empty meaning ("as the plan" / "no override") that the user types.
 */
import type { Indicator } from '../../../shared/model';
import { formatPercent, parseWeight, type ParseResult } from '../../../shared/values';

/** '' = the plan's cap; `nessuno` = uncapped; `110%` = that cap. */
export function parseCap(text: string): ParseResult<Indicator['cap']> {
  const written = text.trim().toLowerCase();
  if (written === '' || written === 'come da piano') return { ok: true, value: undefined };
  if (/^nessun[oa]?$|^senza limite$/.test(written)) return { ok: true, value: 'none' };
  const parsed = parseWeight(written);
  if (!parsed.ok || parsed.value <= 0) {
    return { ok: false, error: `"${text.trim()}" non è un limite valido: scrivere una percentuale (110%), «nessuno» o lasciare vuoto` };
  }
  return parsed;
}

export function formatCap(cap: Indicator['cap']): string {
  if (cap === undefined) return '';
  return cap === 'none' ? 'nessuno' : formatPercent(cap, 0);
}

/** '' removes the override; otherwise a percentage (57%). */
export function parseOverridePerformance(text: string): ParseResult<number | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const parsed = parseWeight(text);
  if (!parsed.ok) return { ok: false, error: `"${text.trim()}" non è una performance valida: scrivere una percentuale (es. 57%)` };
  return parsed;
}
