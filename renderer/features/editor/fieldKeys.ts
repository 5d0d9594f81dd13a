/**
 * Keys of draft texts and of validation paths for the editor's fields, built in one place.
 * Why: a draft (unparsable text) must find its field again, and validation `field` paths
 * (`indicators.2.weight`, `indicators.2.target.2025`) must land next to the right input.
 */
import type { Finding } from '../../../shared/validation';

export { cardDraftKey, indicatorDraftKey } from '../../store/draftKeys';

export const indicatorPath = (index: number, field: string) => `indicators.${index}.${field}`;

/**
 * Messages of the errors and warnings attached exactly to `path`; notes (`info`, e.g. a later horizon year
 * without target, normal in the seed) stay in the summary so the grid is not covered in red.
 */
export function messagesAt(findings: readonly Finding[], path: string): string[] {
  return findings.filter((f) => f.field === path && f.severity !== 'info').map((f) => f.message);
}

/** Findings of one indicator row, whatever its field (shown in the row's detail and as a row marker). */
export function indicatorFindings(findings: readonly Finding[], index: number): Finding[] {
  const prefix = `indicators.${index}.`;
  return findings.filter((f) => f.field === `indicators.${index}` || f.field?.startsWith(prefix));
}
