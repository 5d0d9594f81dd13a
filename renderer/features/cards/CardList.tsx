/**
 * The list of objective cards of the open plan: search, the card table (selection, sorting, windowed rows, keyboard)
 * and a side panel with the selection, the filters and the sort order.
 * Why: the office finds a card by code, title or indicator name, sees its resources and performance at a glance,
 * and ticks the cards an export or a print is about. It shows the rows the back end scored (no whole card is needed).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { countOf } from '../../../shared/italianText';
import { formatNumber } from '../../../shared/values';
import { useWindowedRows } from '../../hooks/useWindowedRows';
import { selectedInPlanOrder, selectionState, selectRange, toggleAllShown, toggleCode } from '../../store/listSelection';
import { cardRowsAt, distinctValues, filterRows, sortRows } from '../../store/listSelectors';
import { unsavedByCard } from '../../store/draftKeys';
import { usePira } from '../../store/StoreContext';
import { ScoringDateSelect } from '../monitoring/ScoringDateSelect';
import { useScoringDate } from '../monitoring/useScoringDate';
import { CardFilters } from './CardFilters';
import { CardTable, ROW_HEIGHT } from './CardTable';
import { SelectionBox } from './SelectionBox';
import { useRowFocus } from './useRowFocus';

/** Where the keyboard focus goes when the list appears: the search box (Ctrl+F) or a row (back from its card). */
export type ListFocusRequest = { kind: 'search' } | { kind: 'row'; code: string };

export interface CardListProps {
  onOpen(code: string): void;
  onNewCard(): void;
  onExportSelected(): void;
  onPrintSelected(): void;
  focusRequest: ListFocusRequest | null;
  onFocusDone(): void;
}

export function CardList({ onOpen, onNewCard, onExportSelected, onPrintSelected, focusRequest, onFocusDone }: CardListProps) {
  const plan = usePira((s) => s.plan);
  const listed = usePira((s) => s.rows);
  const filters = usePira((s) => s.filters);
  const sort = usePira((s) => s.sort);
  const selection = usePira((s) => s.selection);
  const activeCode = usePira((s) => s.activeCode);
  const setFilters = usePira((s) => s.setFilters);
  const setSort = usePira((s) => s.setSort);
  const setSelection = usePira((s) => s.setSelection);
  const setActiveCode = usePira((s) => s.setActiveCode);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const [anchor, setAnchor] = useState<string | null>(null);
  const drafts = usePira((s) => s.drafts);
  const unsaved = useMemo(() => unsavedByCard(drafts), [drafts]);
  const readOnly = usePira((s) => Boolean(s.session?.readOnly));

  const scoring = useScoringDate();
  const rows = useMemo(() => (scoring.date ? cardRowsAt(listed, scoring.date) : []), [listed, scoring.date]);
  const areas = useMemo(() => distinctValues(rows, (r) => r.area), [rows]);
  const shown = useMemo(() => sortRows(filterRows(rows, filters), sort), [rows, filters, sort]);
  const shownCodes = useMemo(() => shown.map((r) => r.code), [shown]);
  const selected = useMemo(
    () => (plan && selection.planId === plan.id ? selectedInPlanOrder(selection.codes, listed) : []),
    [plan, listed, selection],
  );
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const { containerRef, window: win } = useWindowedRows(shown.length, ROW_HEIGHT);
  const focusSearch = useCallback(() => searchRef.current?.focus(), []);
  const rowFocus = useRowFocus(shownCodes, containerRef, ROW_HEIGHT, activeCode, setActiveCode, focusSearch);

  useEffect(() => {
    if (!focusRequest || !plan) return;
    if (focusRequest.kind === 'search') focusSearch();
    else rowFocus.focusRow(focusRequest.code);
    onFocusDone();
  }, [focusRequest, plan, focusSearch, rowFocus, onFocusDone]);

  if (!plan) return null;
  const select = (codes: string[]) => setSelection(plan.id, codes);
  const toggle = (code: string, range: boolean) => {
    select(range ? selectRange(selected, shownCodes, anchor, code) : toggleCode(selected, code));
    setAnchor(code);
  };
  const hidden = selected.filter((code) => !shownCodes.includes(code)).length;

  return (
    <section className="card-list" aria-label="Schede obiettivo">
      <div className="list-toolbar">
        <div role="search" className="search">
          <input
            ref={searchRef}
            type="search"
            className="search-box"
            aria-label="Cerca schede (codice, obiettivo, indicatori)"
            placeholder="Cerca per codice, obiettivo o indicatore… (Ctrl+F)"
            aria-keyshortcuts="Control+F"
            value={filters.query}
            onChange={(e) => setFilters({ query: e.target.value })}
            onKeyDown={(e) => {
              const first = shownCodes[0];
              if ((e.key === 'ArrowDown' || e.key === 'Enter') && first !== undefined) {
                e.preventDefault();
                rowFocus.focusRow(first);
              }
            }}
          />
        </div>
        <div className="list-count" aria-live="polite">
          {shown.length === rows.length
            ? countOf(rows.length, 'scheda', 'schede')
            : `${formatNumber(shown.length, 0)} di ${countOf(rows.length, 'scheda', 'schede')}`}
        </div>
        <span className="hint list-keys">↑/↓ scorre · Invio apre · Spazio seleziona</span>
        <button type="button" className="button" disabled={readOnly} onClick={onNewCard}>
          + Nuova scheda
        </button>
      </div>
      <div className="list-body">
        <CardTable
          rows={shown}
          catalogues={plan.catalogues}
          win={win}
          containerRef={containerRef}
          sort={sort}
          onSort={setSort}
          selected={selectedSet}
          selectionState={selectionState(selected, shownCodes)}
          onToggle={toggle}
          onToggleAll={() => select(toggleAllShown(selected, shownCodes))}
          rowFocus={rowFocus}
          onOpen={onOpen}
          unsaved={unsaved}
        />
        <aside className="list-side" aria-label="Selezione e filtri">
          {/* after the rows in the Tab order, like the filters: the first card stays a few keys from the top bar */}
          {scoring.date && <ScoringDateSelect date={scoring.date} options={scoring.options} onChoose={scoring.choose} />}
          <SelectionBox count={selected.length} hidden={hidden} onExport={onExportSelected} onPrint={onPrintSelected} onClear={() => select([])} />
          <CardFilters filters={filters} catalogues={plan.catalogues} areas={areas} onChange={setFilters} sort={sort} onSort={setSort} />
        </aside>
      </div>
    </section>
  );
}
