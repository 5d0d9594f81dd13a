/**
 * The unsaved (unreadable) values of a card, described for the card's summary: which field, what was typed.
 * Why: a value that cannot be read is never saved; the card must say so where the officer looks first, not only
 * in red next to the field (issue 8, defect 3).
 */
import type { Card, PlanSettings } from '../../../shared/model';
import { formatDate } from '../../../shared/values';
import { parseDraftKey } from '../../store/draftKeys';
import { usePira } from '../../store/StoreContext';

export interface UnsavedEntry {
  key: string;
  /** `Valore al 30/06/2024 – indicatore 2`, `Codice`. */
  field: string;
  text: string;
}

const CARD_FIELDS: Record<string, string> = { code: 'Codice', weight: 'Peso dell’obiettivo', resources: 'Risorse economiche' };
const INDICATOR_FIELDS: Record<string, string> = { weight: 'Peso', cap: 'Limite massimo', override: 'Performance manuale' };

/** The name of the field a draft belongs to, as its label says it. */
export function draftFieldName(key: string, settings: Pick<PlanSettings, 'monitoringDate'>): string {
  const target = parseDraftKey(key);
  if (target.kind === 'other') return key;
  if (target.kind === 'card') return CARD_FIELDS[target.field] ?? target.field;
  const field = target.field;
  const title =
    field === 'value'
      ? `Valore al ${formatDate(settings.monitoringDate)}`
      : field.startsWith('value.')
        ? `Valore al ${formatDate(field.slice(6))}`
        : field.startsWith('target.')
          ? `Target ${field.slice(7)}`
          : (INDICATOR_FIELDS[field] ?? field);
  return `${title} – indicatore ${target.index + 1}`;
}

export function unsavedEntries(drafts: Record<string, string>, cardId: number, settings: Pick<PlanSettings, 'monitoringDate'>): UnsavedEntry[] {
  return Object.entries(drafts)
    .filter(([key]) => {
      const target = parseDraftKey(key);
      return target.kind !== 'other' && target.cardId === cardId;
    })
    .map(([key, text]) => ({ key, field: draftFieldName(key, settings), text }))
    .sort((a, b) => a.key.localeCompare(b.key, 'it', { numeric: true }));
}

export function useUnsavedEntries(card: Card | undefined, settings: PlanSettings | undefined): UnsavedEntry[] {
  const drafts = usePira((s) => s.drafts);
  return card && settings ? unsavedEntries(drafts, card.id, settings) : [];
}
