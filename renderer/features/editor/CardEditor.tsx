/**
 * The objective card editor: header with the card's weighted performance at the date chosen in "Valori al …"
 * (following what is being typed), the active scoring policy, the card's fields, the indicator grid (a value column
 * per monitoring date), the summary of findings and unsaved values, closed dates and their amendments, and the
 * comparison with the previous date — every change saved at once; an edit the file refused is shown here, with the
 * card back as the file has it. The card is read from the file when it is opened (the list holds only its row).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Card, IsoDate } from '../../../shared/model';
import { closedDates, previousDateWithValuesOf, scoringDateFindings } from '../../../shared/monitoringDates';
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
import { usePlanTally, useScoringDate } from '../monitoring/useScoringDate';

export interface CardEditorProps {
  code: string;
  onBack(): void;
  /** The open card's code changed (an accepted edit, an undo): the address follows it. */
  onCodeChanged(code: string): void;
  /** Where the focus goes on opening: the first field, the first empty one (a new card), or nowhere. */
  initialFocus?: EditorFocus;
}

/** The card at `code` as the list knows it (its row's id), or — once its code changed under the route — the same card by its id. */
function useOpenCardId(code: string): number | undefined {
  const rows = usePira((s) => s.rows);
  const resolveCardId = usePira((s) => s.resolveCardId);
  const openId = useRef<number | null>(null);
  const byCode = rows.find((row) => row.code === code)?.id;
  const byId = openId.current === null ? undefined : resolveCardId(openId.current);
  const id = byCode ?? (byId !== undefined && rows.some((row) => row.id === byId) ? byId : undefined);
  useEffect(() => {
    if (id !== undefined) openId.current = id;
  }, [id]);
  return id;
}

/**
 * The card at `code`: read from the file when it is not loaded yet (a moment, said on screen), then edited. Why apart
 * from the editor below: the editor mounts once per card with the card there, so its first focus lands in a field.
 */
export function CardEditor(props: CardEditorProps) {
  const { code, onBack } = props;
  const id = useOpenCardId(code);
  const card = usePira((s) => (id === undefined ? undefined : s.cards[id]));
  const load = usePira((s) => (id === undefined ? undefined : s.cardLoads[id]));
  const loadCards = usePira((s) => s.loadCards);
  const failed = load?.state === 'error' ? load.message : null;
  useEffect(() => {
    if (id !== undefined && !card && !failed) loadCards([id]).catch(() => undefined); // the error is shown below
  }, [id, card, failed, loadCards]);

  if (card) return <LoadedCardEditor {...props} card={card} />;
  const back = (
    <button type="button" className="link-button" onClick={onBack}>
      Torna all’elenco
    </button>
  );
  return (
    <section className="editor">
      {id === undefined ? (
        <p className="empty-note">
          La scheda «{code}» non esiste in questo piano. {back}
        </p>
      ) : failed ? (
        <p className="banner banner-error" role="alert">
          {failed}{' '}
          <button type="button" className="link-button" onClick={() => loadCards([id]).catch(() => undefined)}>
            Riprova
          </button>{' '}
          {back}
        </p>
      ) : (
        <p className="empty-note loading-note" role="status">
          Caricamento della scheda {code}…
        </p>
      )}
    </section>
  );
}

function LoadedCardEditor({ code, card, onBack, onCodeChanged, initialFocus = 'first' }: CardEditorProps & { card: Card }) {
  const sectionRef = useRef<HTMLElement | null>(null);
  useCardEditorKeys(sectionRef, initialFocus, onBack);
  const plan = usePira((s) => s.plan);
  const rows = usePira((s) => s.rows);
  const tally = usePlanTally();
  const updateCard = usePira((s) => s.updateCard);
  const removeCard = usePira((s) => s.removeCard);
  const { date } = useScoringDate();
  const [live, setLive] = useState<{ index: number; edit: CellEdit } | null>(null);
  const [amending, setAmending] = useState<{ index: number; date: IsoDate } | null>(null);
  const scored = useMemo(() => (live ? updateIndicator(card, live.index, live.edit.apply) : card), [card, live]);
  const score = useMemo(() => (plan && date ? scoreCard(scored, scoringContextAt(plan.settings, date)) : null), [plan, scored, date]);
  const closed = useMemo(() => (plan ? closedDates(plan) : new Set<IsoDate>()), [plan]);
  const findings = useMemo(() => {
    if (!plan) return [];
    const own = validateCard(card, { settings: plan.settings, catalogues: plan.catalogues, cards: rows });
    const atDate = date ? scoringDateFindings(card, plan.settings, date).map((f) => ({ ...f, cardId: card.id, cardCode: card.code })) : [];
    return [...atDate, ...own];
  }, [plan, rows, card, date]);
  const unsaved = useUnsavedEntries(card, plan?.settings);
  useEffect(() => {
    if (card.code !== '' && card.code !== code) onCodeChanged(card.code);
  }, [card, code, onCodeChanged]);

  if (!plan || !date || !score) return null;
  const edit = (recipe: (c: Card) => Card, label: string, note?: EditNote) => updateCard(card.id, recipe, `${label} (${card.code})`, note);
  const onFields = (patch: Partial<Card>, label: string) => edit((c) => ({ ...c, ...patch }), label);
  const status = performanceStatus(score.performance);
  const previous = previousDateWithValuesOf(plan.settings, tally, date);

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
      <CardFields card={card} cards={rows} catalogues={plan.catalogues} findings={findings} onChange={onFields} />
      <IndicatorGrid
        card={card}
        liveCard={scored}
        score={score}
        settings={plan.settings}
        catalogues={plan.catalogues}
        findings={findings}
        onEdit={edit}
        onLive={(index, typed) => setLive(typed && { index, edit: typed })}
        closed={closed}
        onAmend={(index, at) => setAmending({ index, date: at })}
      />
      <CardClosures
        card={card}
        closures={plan.closures ?? []}
        amendments={plan.amendments ?? []}
        performanceAt={(at) => scoreCard(card, scoringContextAt(plan.settings, at)).performance}
      />
      {previous && <CardDateComparison card={scored} settings={plan.settings} from={previous} to={date} />}
      {amending && <AmendDialog planId={plan.id} card={card} index={amending.index} date={amending.date} onClose={() => setAmending(null)} />}
      <p className="policy-note">
        <strong>Regole di calcolo in vigore:</strong> {describePolicy(plan.settings.policy)}
      </p>
      <HistoryPanel card={card} />
    </section>
  );
}
