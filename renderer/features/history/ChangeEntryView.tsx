/**
 * One entry of the change log on screen: what kind of change, its label, number, when, who and from which computer,
 * the reason of a variation, then each field before → after; the button that reverts it.
 * Why one component: the card's "Storico" panel and the plan's history screen show entries alike.
 */
import { useState } from 'react';
import type { ChangeDetail, ChangeEntry } from '../../../shared/changeLog';
import { kindLabel } from '../../../shared/changeLog';
import { formatInstant } from '../../../shared/fileHolder';

const SHOWN_DETAILS = 8;
const shown = (text: string) => (text === '' ? '—' : text);

function where(d: ChangeDetail, withCard: boolean): string {
  const card = withCard && d.cardCode ? `Scheda ${d.cardCode}` : '';
  const indicator = d.indicator && d.key !== 'indicator' ? d.indicator : '';
  if (d.scope === 'plan') return 'Piano';
  if (d.scope === 'catalogues') return 'Cataloghi';
  return [card, indicator].filter(Boolean).join(' · ') || 'Scheda';
}

function value(d: ChangeDetail, side: 'before' | 'after'): string {
  if (d.action === 'added') return side === 'before' ? '' : d.after;
  if (d.action === 'removed') return side === 'before' ? d.before : '';
  return shown(d[side]);
}

export interface ChangeEntryViewProps {
  entry: ChangeEntry;
  /** Show the card of each detail (the plan-wide screen). */
  withCard: boolean;
  /**
   * A card's own history: only the details of that card (by its codes in the entry), and how many other cards the
   * same change touched. Why: an import of 4 cards listed the other 3 cards' rows under this one.
   */
  onlyCard?: { id: number; code: string };
  onRevert?(entry: ChangeEntry): void;
  disabled?: boolean;
}

/** The details of `entry` that are about card `card` (its code now or at the time of the entry), and the other cards. */
export function cardDetails(entry: ChangeEntry, card: { id: number; code: string }): { details: ChangeDetail[]; others: number } {
  const codes = new Set([card.code, ...entry.cards.filter((c) => c.id === card.id).map((c) => c.code)]);
  const details = entry.details.filter((d) => d.cardCode !== undefined && codes.has(d.cardCode));
  const others = new Set(entry.cards.filter((c) => c.id !== card.id && !codes.has(c.code)).map((c) => c.code)).size;
  return { details, others };
}

export function ChangeEntryView({ entry, withCard, onlyCard, onRevert, disabled }: ChangeEntryViewProps) {
  const [all, setAll] = useState(false);
  const own = onlyCard ? cardDetails(entry, onlyCard) : { details: entry.details, others: 0 };
  const details = all ? own.details : own.details.slice(0, SHOWN_DETAILS);
  return (
    <article className={`hist-entry hist-kind-${entry.kind}`} aria-label={`Modifica n. ${entry.id}`} data-change={entry.id}>
      <header className="hist-head">
        <span className="hist-kind">{kindLabel(entry.kind)}</span>
        <strong className="hist-label">{entry.label}</strong>
        {entry.variation && <span className="hist-badge">variazione al piano</span>}
        {entry.revertedBy !== null && <span className="hist-reverted">annullata con la n. {entry.revertedBy}</span>}
        <span className="hist-meta">
          n. {entry.id} · {formatInstant(entry.at)} · {entry.user} su {entry.computer}
        </span>
        {onRevert && (
          <button type="button" className="button secondary small" disabled={disabled} aria-label={`Annulla la modifica n. ${entry.id}`} onClick={() => onRevert(entry)}>
            Annulla la modifica…
          </button>
        )}
      </header>
      {entry.reason && <p className="hist-reason">Motivo: {entry.reason}</p>}
      {entry.info?.files && <p className="hist-info">File: {entry.info.files.join(', ')}{entry.info.summary ? ` — ${entry.info.summary}` : ''}</p>}
      {own.others > 0 && (
        <p className="hist-info" data-testid="hist-other-cards">
          La stessa modifica ha cambiato anche {own.others === 1 ? 'un’altra scheda' : `altre ${own.others} schede`}: sono nello storico del piano.
        </p>
      )}
      {details.length > 0 && (
        <table className="diff-table hist-table">
          <caption className="visually-hidden">Campi cambiati dalla modifica n. {entry.id}</caption>
          <thead>
            <tr>
              <th scope="col" className="hist-w-where">Dove</th>
              <th scope="col" className="hist-w-field">Campo</th>
              <th scope="col">Prima</th>
              <th scope="col">Dopo</th>
            </tr>
          </thead>
          <tbody>
            {details.map((d, i) => (
              <tr key={i} data-field={d.key}>
                <td>{where(d, withCard)}</td>
                <td>{d.action === 'changed' ? d.field : `${d.field} ${d.action === 'added' ? 'aggiunto' : 'tolto'}`}</td>
                <td className="hist-value">{value(d, 'before')}</td>
                <td className="hist-value">{value(d, 'after')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {own.details.length > SHOWN_DETAILS && (
        <button type="button" className="link-button" aria-label={`Campi della modifica n. ${entry.id}: ${all ? 'mostra meno' : 'mostra tutti'}`} onClick={() => setAll(!all)}>
          {all ? 'Mostra meno' : `Mostra tutti i ${own.details.length} campi`}
        </button>
      )}
    </article>
  );
}
