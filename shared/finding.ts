/**
 * A validation finding on a card or a plan: severity, stable code, Italian message and the field it concerns.
 * Why: the editor highlights fields by `field` path, the import preview and the CLI list findings by card.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  /** Stable identifier of the check (`code-duplicate`, `weight-sum`…), for tests and filters. */
  code: string;
  /** Italian: what is wrong, where, and what to do. */
  message: string;
  cardId?: number;
  cardCode?: string;
  /** Path in the card: `code`, `ambitoLine`, `indicators.2.weight`, `indicators.2.target.2025`, `indicators.2.value`. */
  field?: string;
}

export type FindingDraft = Omit<Finding, 'cardId' | 'cardCode'>;

/** A draft that cannot be an error: what the rules that only advise return (validation.ts's cardErrors skips them). */
export type AdviceDraft = FindingDraft & { severity: Exclude<Severity, 'error'> };

export const finding = <S extends Severity>(severity: S, code: string, field: string | undefined, message: string): FindingDraft & { severity: S } =>
  field === undefined ? { severity, code, message } : { severity, code, message, field };

/** Case- and space-insensitive lookup key for catalogue names (`Efficienza`, ` efficienza `). */
export function catalogueKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
