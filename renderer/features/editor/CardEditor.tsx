/**
 * The objective card editor: header with the card's weighted performance, the active scoring policy,
 * the card's fields, the indicator grid and the validation summary — every change saved at once.
 */
import { useMemo, useRef } from 'react';
import type { Card } from '../../../shared/model';
import { describePolicy, performanceStatus, scoreCard, scoringContext } from '../../../shared/scoring';
import { validateCard } from '../../../shared/validation';
import { formatPerformance } from '../../../shared/values';
import { useCardEditorKeys, type EditorFocus } from '../../hooks/useCardEditorKeys';
import { usePira } from '../../store/StoreContext';
import { CardFields } from './CardFields';
import { FindingsSummary } from './FindingsSummary';
import { IndicatorGrid } from './IndicatorGrid';

export interface CardEditorProps {
  code: string;
  onBack(): void;
  onCodeChanged(code: string): void;
  /** Where the focus goes on opening: the first field, the first empty one (a new card), or nowhere. */
  initialFocus?: EditorFocus;
}

export function CardEditor({ code, onBack, onCodeChanged, initialFocus = 'first' }: CardEditorProps) {
  const sectionRef = useRef<HTMLElement | null>(null);
  useCardEditorKeys(sectionRef, initialFocus, onBack);
  const doc = usePira((s) => s.doc);
  const updateCard = usePira((s) => s.updateCard);
  const removeCard = usePira((s) => s.removeCard);
  const card = doc?.cards.find((c) => c.code === code);
  const score = useMemo(() => (doc && card ? scoreCard(card, scoringContext(doc.settings)) : null), [doc, card]);
  const findings = useMemo(
    () => (doc && card ? validateCard(card, { settings: doc.settings, catalogues: doc.catalogues, cards: doc.cards }) : []),
    [doc, card],
  );
  if (!doc) return null;
  if (!card || !score) {
    return (
      <section className="editor">
        <p className="empty-note">
          La scheda «{code}» non esiste in questo piano.{' '}
          <button type="button" className="link-button" onClick={onBack}>
            Torna all’elenco
          </button>
        </p>
      </section>
    );
  }

  const edit = (recipe: (c: Card) => Card, label: string) => updateCard(card.id, recipe, `${label} (${card.code})`);
  const onFields = (patch: Partial<Card>, label: string) => {
    edit((c) => ({ ...c, ...patch }), label);
    if (patch.code !== undefined && patch.code !== card.code && patch.code !== '') onCodeChanged(patch.code);
  };
  const status = performanceStatus(score.performance);

  return (
    <section ref={sectionRef} className="editor" aria-label={`Scheda ${card.code}`}>
      <header className="editor-head">
        <button type="button" className="link-button back" onClick={onBack} title="Torna all’elenco delle schede (Esc)" aria-keyshortcuts="Escape">
          ← Schede
        </button>
        <div className="editor-title">
          <span className="code-chip">{card.code || 'senza codice'}</span>
          <h1 title={card.title}>{card.title || 'Nuova scheda'}</h1>
        </div>
        <div className={`card-performance status-${status}`} title={score.reason}>
          <span className="perf-label">Performance obiettivo</span>
          <strong data-testid="card-performance">{formatPerformance(score.performance)}</strong>
        </div>
        <button
          type="button"
          className="button danger-outline"
          onClick={() => {
            if (window.confirm(`Eliminare la scheda ${card.code}? L’operazione si può annullare con Ctrl+Z.`)) {
              removeCard(card.id);
              onBack();
            }
          }}
        >
          Elimina scheda
        </button>
      </header>
      <FindingsSummary findings={findings} />
      <CardFields card={card} catalogues={doc.catalogues} cards={doc.cards} findings={findings} onChange={onFields} />
      <IndicatorGrid card={card} score={score} settings={doc.settings} catalogues={doc.catalogues} findings={findings} onEdit={edit} />
      <p className="policy-note">
        <strong>Regole di calcolo in vigore:</strong> {describePolicy(doc.settings.policy)}
      </p>
    </section>
  );
}
