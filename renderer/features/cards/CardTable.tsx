/**
 * The table of card rows: a tick box per row (Shift-click for a range, the header box for every filtered row),
 * sortable column headers, one Tab stop for all rows (see useRowFocus) and full texts on hover and on focus.
 * Why: the office selects the cards it exports or prints, and reaches any card from the keyboard in a few keys.
 */
import { useEffect, useMemo, useRef, type Ref } from 'react';
import type { Catalogues } from '../../../shared/model';
import { formatEuro, formatPerformance } from '../../../shared/values';
import type { RowWindow } from '../../hooks/useWindowedRows';
import { unsavedLabel } from '../../store/draftKeys';
import type { SelectionState } from '../../store/listSelection';
import { toggleSort, type CardRow, type SortSpec } from '../../store/listSelectors';
import { COLUMNS } from './columns';
import { STATUS_LABELS } from './statusLabels';
import type { RowFocus } from './useRowFocus';

export const ROW_HEIGHT = 48;

export interface CardTableProps {
  rows: CardRow[];
  catalogues: Catalogues;
  win: RowWindow;
  containerRef: Ref<HTMLDivElement>;
  sort: SortSpec;
  onSort(sort: SortSpec): void;
  selected: ReadonlySet<string>;
  selectionState: SelectionState;
  onToggle(code: string, range: boolean): void;
  onToggleAll(): void;
  rowFocus: RowFocus;
  onOpen(code: string): void;
  /** Values typed but not saved, per card id: flagged on the card's row. */
  unsaved: ReadonlyMap<number, number>;
}

/** Full names behind the codes shown in the narrow columns (line and programma), for the hover text. */
interface CatalogueNames {
  lines: ReadonlyMap<string, string>;
  programmi: ReadonlyMap<string, string>;
  missioni: ReadonlyMap<string, string>;
}

/** Code -> "code – name", once per catalogues instead of a search of every line for each row drawn. */
function namesOf(catalogues: Catalogues): CatalogueNames {
  const named = (items: readonly { code: string; name: string }[]) => {
    const names = new Map<string, string>();
    for (const item of items) if (!names.has(item.code)) names.set(item.code, `${item.code} – ${item.name}`); // the first, as before
    return names;
  };
  return {
    lines: named(catalogues.ambiti.flatMap((a) => a.lines)),
    programmi: named(catalogues.programmi),
    missioni: named(catalogues.missioni),
  };
}
function lineName(names: CatalogueNames, code: string): string {
  return names.lines.get(code) ?? code;
}
function programmaName(names: CatalogueNames, row: CardRow): string {
  return names.programmi.get(row.programma) ?? (row.programma || (names.missioni.get(row.missione) ?? row.missione));
}

export function CardTable(props: CardTableProps) {
  const { rows, catalogues, win, containerRef, sort, onSort, selected, selectionState, onToggle, onToggleAll, rowFocus, onOpen } = props;
  const allBox = useRef<HTMLInputElement | null>(null);
  const names = useMemo(() => namesOf(catalogues), [catalogues]);
  useEffect(() => {
    if (allBox.current) allBox.current.indeterminate = selectionState === 'some';
  }, [selectionState]);

  return (
    <div className="table-scroll" ref={containerRef}>
      <table className="data-table cards-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th className="col-check" scope="col">
              <input
                ref={allBox}
                type="checkbox"
                aria-label={`Seleziona tutte le schede mostrate (${rows.length})`}
                title="Seleziona o deseleziona tutte le schede mostrate dai filtri"
                checked={selectionState === 'all'}
                disabled={rows.length === 0}
                onChange={onToggleAll}
              />
            </th>
            {COLUMNS.map((col) => {
              const current = sort.key === col.key;
              return (
                <th
                  key={col.key}
                  className={col.className}
                  scope="col"
                  aria-sort={current ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  {/* Out of the Tab order: "Ordina per" in the side panel does the same from the keyboard. */}
                  <button type="button" tabIndex={-1} className="sort-button" onClick={() => onSort(toggleSort(sort, col.key))}>
                    {col.label}
                    <span className="sort-mark" aria-hidden="true">
                      {current ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {win.padTop > 0 && <tr style={{ height: win.padTop }} aria-hidden="true" />}
          {rows.slice(win.start, win.end).map((row, i) => {
            const ticked = selected.has(row.code);
            const titleId = `card-title-${row.id}`;
            return (
              <tr
                key={row.id}
                className={`card-row ${ticked ? 'is-selected' : ''}`}
                style={{ height: ROW_HEIGHT }}
                aria-rowindex={win.start + i + 2}
                onClick={() => onOpen(row.code)}
              >
                <td
                  className="col-check"
                  onClick={(e) => e.stopPropagation()}
                  // Shift-click would also select the page's text
                  onMouseDown={(e) => e.shiftKey && e.preventDefault()}
                >
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    aria-label={`Seleziona ${row.code || 'la scheda senza codice'}`}
                    checked={ticked}
                    onChange={(e) => onToggle(row.code, (e.nativeEvent as MouseEvent).shiftKey)}
                  />
                </td>
                <td className="col-code">
                  <a
                    href={`#/scheda/${encodeURIComponent(row.code)}`}
                    data-code={row.code}
                    tabIndex={row.code === rowFocus.active ? 0 : -1}
                    aria-describedby={titleId}
                    onFocus={() => rowFocus.activate(row.code)}
                    onKeyDown={(e) => {
                      if (e.key === ' ') {
                        e.preventDefault();
                        onToggle(row.code, e.shiftKey);
                      } else rowFocus.onRowKeyDown(e, row.code);
                    }}
                    onClick={(e) => {
                      e.preventDefault();
                      e.stopPropagation();
                      onOpen(row.code);
                    }}
                  >
                    {row.code || '(senza codice)'}
                  </a>
                </td>
                <td className="col-title" title={row.title}>
                  {props.unsaved.has(row.id) && <span className="unsaved-mark">{unsavedLabel(props.unsaved.get(row.id) ?? 0)}</span>}
                  <span id={titleId} className="ellipsis">
                    {row.title || '(senza titolo)'}
                  </span>
                </td>
                <td className="col-ambito" title={lineName(names, row.ambitoLine)}>
                  {row.ambitoLine}
                </td>
                <td className="col-missione" title={programmaName(names, row)}>
                  <span className="ellipsis">{row.programma || row.missione}</span>
                </td>
                <td className="col-area" title={row.area}>
                  <span className="ellipsis">{row.area}</span>
                </td>
                <td className="col-num">{row.resources === null ? 'Risorse interne' : formatEuro(row.resources)}</td>
                <td className="col-num col-perf">
                  <span className={`perf-badge status-${row.status}`} title={STATUS_LABELS[row.status]}>
                    {formatPerformance(row.performance)}
                  </span>
                </td>
              </tr>
            );
          })}
          {win.padBottom > 0 && <tr style={{ height: win.padBottom }} aria-hidden="true" />}
        </tbody>
      </table>
      {rows.length === 0 && <p className="empty-note">Nessuna scheda corrisponde alla ricerca.</p>}
    </div>
  );
}
