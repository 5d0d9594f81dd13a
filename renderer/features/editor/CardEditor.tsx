/**
 * The objective card editor: header with the card's weighted performance at the date chosen in "Valori al …"
 * (following what is being typed), the active scoring policy, the card's fields, the indicator grid (a value column
 * per monitoring date), the summary of findings and unsaved values, closed dates and their amendments, and the
 * comparison with the previous date — every change saved at once; an edit the file refused is shown here, with the
 * card back as the file has it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Card, IsoDate } from '../../../shared/model';
import { closedDates, previousDateWithValues, scoringDateFindings } from '../../../shared/monitoringDates';
import { describePolicy, performanceStatus, scoreCard, scoringContextAt } from '../../../shared/scoring';
import { validateCard } from '../../../shared/validation';
import { formatDate, formatPerformance } from '../../../shared/values';
import { useCardEditorKeys, type EditorFocus } from '../../hooks/useCardEditorKeys';
import { usePira } from '../../store/StoreContext';
import type { EditNote } from '../../store/types';
import { CardFields } from './CardFields';
import { updateIndicator } from './cardEdits';
import type { CellEdit } from './cellColumns';
import { HistoryPanel } from '../history/HistoryPanel';
import { FindingsSummary } from './FindingsSummary';
import { IndicatorGrid } from './IndicatorGrid';
import { RefusedEditBanner } from './RefusedEditBanner';
import { useUnsavedEntries } from './unsavedEntries';
import { AmendDialog } from '../monitoring/AmendDialog';
import { CardClosures } from '../monitoring/CardClosures';
import { CardDateComparison } from '../monitoring/CardDateComparison';
import { useScoringDate } from '../monitoring/useScoringDate';

export interface CardEditorProps {
  code: string;
  onBack(): void;
  /** The open card's code changed (an accepted edit, an undo): the address follows it. */
  onCodeChanged(code: string): void;
  /** Where the focus goes on opening: the first field, the first empty one (a new card), or nowhere. */
  initialFocus?: EditorFocus;
}

/** The card at `code`, or — once its code changed under the route — the same card found by its id. */
function useOpenCard(code: string): Card | undefined {
  const doc = usePira((s) => s.doc);
  const resolveCardId = usePira((s) => s.resolveCardId);
  const openId = useRef<number | null>(null);
  const byCode = doc?.cards.find((c) => c.code === code);
  const card = byCode ?? (openId.current === null ? undefined : doc?.cards.find((c) => c.id === resolveCardId(openId.current ?? 0)));
  useEffect(() => {
    if (card) openId.current = card.id;
  }, [card]);
  return card;
}

export function CardEditor({ code, onBack, onCodeChanged, initialFocus = 'first' }: CardEditorProps) {
  const sectionRef = useRef<HTMLElement | null>(null);
  useCardEditorKeys(sectionRef, initialFocus, onBack);
  const doc = usePira((s) => s.doc);
  const updateCard = usePira((s) => s.updateCard);
  const removeCard = usePira((s) => s.removeCard);
  const card = useOpenCard(code);
  const { date } = useScoringDate();
  const [live, setLive] = useState<{ index: number; edit: CellEdit } | null>(null);
  const [amending, setAmending] = useState<{ index: number; date: IsoDate } | null>(null);
  const scored = useMemo(() => (card && live ? updateIndicator(card, live.index, live.edit.apply) : card), [card, live]);
  const score = useMemo(() => (doc && scored && date ? scoreCard(scored, scoringContextAt(doc.settings, date)) : null), [doc, scored, date]);
  const closed = useMemo(() => (doc ? closedDates(doc) : new Set<IsoDate>()), [doc]);
  const findings = useMemo(() => {
    if (!doc || !card) return [];
    const own = validateCard(card, { settings: doc.settings, catalogues: doc.catalogues, cards: doc.cards });
    const atDate = date ? scoringDateFindings(card, doc.settings, date).map((f) => ({ ...f, cardId: card.id, cardCode: card.code })) : [];
    return [...atDate, ...own];
  }, [doc, card, date]);
  const unsaved = useUnsavedEntries(card, doc?.settings);
  useEffect(() => {
    if (card && card.code !== '' && card.code !== code) onCodeChanged(card.code);
  }, [card, code, onCodeChanged]);

  if (!doc || !date) return null;
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

  const edit = (recipe: (c: Card) => Card, label: string, note?: EditNote) => updateCard(card.id, recipe, `${label} (${card.code})`, note);
  const onFields = (patch: Partial<Card>, label: string) => edit((c) => ({ ...c, ...patch }), label);
  const status = performanceStatus(score.performance);
  const previous = previousDateWithValues(doc, date);

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
          <span className="perf-label">Performance obiettivo al {formatDate(date)}</span>
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
      <RefusedEditBanner cardId={card.id} />
      <FindingsSummary findings={findings} unsaved={unsaved} />
      <CardFields card={card} cards={doc.cards} catalogues={doc.catalogues} findings={findings} onChange={onFields} />
      <IndicatorGrid
        card={card}
        liveCard={scored ?? card}
        score={score}
        settings={doc.settings}
        catalogues={doc.catalogues}
        findings={findings}
        onEdit={edit}
        onLive={(index, typed) => setLive(typed && { index, edit: typed })}
        closed={closed}
        onAmend={(index, at) => setAmending({ index, date: at })}
      />
      <CardClosures
        card={card}
        closures={doc.closures ?? []}
        amendments={doc.amendments ?? []}
        performanceAt={(at) => scoreCard(card, scoringContextAt(doc.settings, at)).performance}
      />
      {previous && <CardDateComparison card={scored ?? card} settings={doc.settings} from={previous} to={date} />}
      {amending && <AmendDialog planId={doc.id} card={card} index={amending.index} date={amending.date} onClose={() => setAmending(null)} />}
      <p className="policy-note">
        <strong>Regole di calcolo in vigore:</strong> {describePolicy(doc.settings.policy)}
      </p>
      <HistoryPanel card={card} />
    </section>
  );
}
