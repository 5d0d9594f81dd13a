/**
 * The list of objective cards of the open plan: search, filters, sortable columns, windowed rows.
 * Why: the office finds a card by code, title or indicator name and sees its resources and performance at a glance.
 */
import { useMemo, type Ref } from 'react';
import { formatEuro, formatPerformance } from '../../../shared/values';
import { useWindowedRows } from '../../hooks/useWindowedRows';
import { buildCardRows, distinctValues, filterRows, sortRows, toggleSort, type SortKey } from '../../store/listSelectors';
import { usePira } from '../../store/StoreContext';
import { CardFilters } from './CardFilters';
import { STATUS_LABELS } from './statusLabels';
import { formatNumber } from '../../../shared/values';

const ROW_HEIGHT = 48;

const COLUMNS: { key: SortKey; label: string; className: string }[] = [
  { key: 'code', label: 'Codice', className: 'col-code' },
  { key: 'title', label: 'Obiettivo', className: 'col-title' },
  { key: 'ambito', label: 'Ambito', className: 'col-ambito' },
  { key: 'missione', label: 'Missione / programma', className: 'col-missione' },
  { key: 'area', label: 'Area', className: 'col-area' },
  { key: 'resources', label: 'Risorse', className: 'col-num' },
  { key: 'performance', label: 'Performance', className: 'col-num col-perf' },
];

export interface CardListProps {
  onOpen(code: string): void;
  onNewCard(): void;
  searchRef?: Ref<HTMLInputElement>;
}

export function CardList({ onOpen, onNewCard, searchRef }: CardListProps) {
  const doc = usePira((s) => s.doc);
  const filters = usePira((s) => s.filters);
  const sort = usePira((s) => s.sort);
  const setFilters = usePira((s) => s.setFilters);
  const setSort = usePira((s) => s.setSort);
  const readOnly = usePira((s) => Boolean(s.session?.readOnly));

  const rows = useMemo(() => (doc ? buildCardRows(doc) : []), [doc]);
  const areas = useMemo(() => distinctValues(rows, (r) => r.area), [rows]);
  const shown = useMemo(() => sortRows(filterRows(rows, filters), sort), [rows, filters, sort]);
  const { containerRef, window: win } = useWindowedRows(shown.length, ROW_HEIGHT);
  if (!doc) return null;

  return (
    <section className="card-list" aria-label="Schede obiettivo">
      <div className="list-toolbar">
        <CardFilters filters={filters} catalogues={doc.catalogues} areas={areas} onChange={setFilters} searchRef={searchRef} />
        <div className="list-count" aria-live="polite">
          {shown.length === rows.length
            ? `${formatNumber(rows.length, 0)} schede`
            : `${formatNumber(shown.length, 0)} di ${formatNumber(rows.length, 0)} schede`}
        </div>
        <button type="button" className="button" disabled={readOnly} onClick={onNewCard}>
          + Nuova scheda
        </button>
      </div>
      <div className="table-scroll" ref={containerRef}>
        <table className="data-table cards-table" aria-rowcount={shown.length + 1}>
          <thead>
            <tr>
              {COLUMNS.map((col) => {
                const current = sort.key === col.key;
                return (
                  <th
                    key={col.key}
                    className={col.className}
                    scope="col"
                    aria-sort={current ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                  >
                    <button type="button" className="sort-button" onClick={() => setSort(toggleSort(sort, col.key))}>
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
            {shown.slice(win.start, win.end).map((row, i) => (
              <tr
                key={row.card.id}
                className="card-row"
                style={{ height: ROW_HEIGHT }}
                aria-rowindex={win.start + i + 2}
                onClick={() => onOpen(row.code)}
              >
                <td className="col-code">
                  <a
                    href={`#/scheda/${encodeURIComponent(row.code)}`}
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
                  <span className="ellipsis">{row.title || '(senza titolo)'}</span>
                </td>
                <td className="col-ambito">{row.ambitoLine}</td>
                <td className="col-missione">{row.programma || row.missione}</td>
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
            ))}
            {win.padBottom > 0 && <tr style={{ height: win.padBottom }} aria-hidden="true" />}
          </tbody>
        </table>
        {shown.length === 0 && <p className="empty-note">Nessuna scheda corrisponde alla ricerca.</p>}
      </div>
    </section>
  );
}
