/**
 * The monitoring entry view (`#/monitoraggio`): every indicator of the plan — or of the cards filtered in the
 * list — in one grid with the target of the year, a value column per monitoring date (closed ones read-only) and
 * the performance at each date, typed with the same cells, keys, paste, drafts and undo as the card editor.
 * Why: twice a year the officer enters a whole season of values top to bottom (123 in the sample).
 */
import { useCallback, useMemo, useRef } from 'react';
import type { IsoDate } from '../../../shared/model';
import { closedDates, valueCounts, valuesLabel } from '../../../shared/monitoringDates';
import { countOf } from '../../../shared/italianText';
import { formatDate, formatNumber } from '../../../shared/values';
import { cardRowsAt, filterRows, NO_FILTERS } from '../../store/listSelectors';
import { usePira } from '../../store/StoreContext';
import { useBlockPaste } from '../editor/BlockPasteDialog';
import { fillColumnNames, monitoringColumns, type CellColumn } from '../editor/cellColumns';
import { useValuesShortcut } from '../editor/gridKeys';
import { MonitoringRowView } from './MonitoringRowView';
import { SeasonOffer, SeasonPicker } from './SeasonPicker';
import { monitoringRows } from './monitoringRows';
import { useScoringDate } from './useScoringDate';
import '../editor/grid.css';
import './dates.css';
import './monitoring.css';

export function MonitoringView() {
  const doc = usePira((s) => s.doc);
  const filters = usePira((s) => s.filters);
  const setFilters = usePira((s) => s.setFilters);
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const { date } = useScoringDate();
  // the list's filters (a performance status among them) as the list applies them: at the date it scores at
  const listed = usePira((s) => s.rows);
  const cards = useMemo(() => {
    if (!doc || !filtered || !date) return doc?.cards ?? [];
    const shown = new Set(filterRows(cardRowsAt(listed, date), filters).map((row) => row.id));
    return doc.cards.filter((card) => shown.has(card.id));
  }, [doc, listed, filters, filtered, date]);
  const rows = useMemo(() => monitoringRows(cards), [cards]);
  const settings = doc?.settings;
  const closed = useMemo(() => (doc ? closedDates(doc) : new Set<IsoDate>()), [doc]);
  const columns = useMemo(() => (settings ? monitoringColumns(settings, closed) : []), [settings, closed]);
  const current = columns.find((c) => c.key === 'value');
  const fillNames = useMemo(() => (settings ? fillColumnNames(settings, closed) : []), [settings, closed]);
  const table = useRef<HTMLTableElement | null>(null);
  const blockPaste = useBlockPaste(rows, columns);
  const paste = useRef(blockPaste.paste);
  paste.current = blockPaste.paste;
  const onBlockPaste = useCallback((rowIndex: number, column: CellColumn, text: string) => paste.current(rowIndex, column, text), []);
  useValuesShortcut(table, fillNames);
  if (!doc || !settings) return null;

  const empty = rows.filter((r) => current?.read(r.indicator) === '').length;
  const counts = valueCounts(cards);
  const dateColumns = columns.filter((c) => c.date !== undefined);
  return (
    <section className="monitoring" aria-label="Monitoraggio">
      <header className="monitoring-head">
        <h1>Monitoraggio dei valori</h1>
        <p className="monitoring-count" data-testid="monitoring-count">
          {countOf(rows.length, 'indicatore', 'indicatori')} di {countOf(cards.length, 'scheda', 'schede')}
          {empty > 0 ? ` · ${formatNumber(empty, 0)} senza valore` : ''}
        </p>
        {dateColumns.length > 1 && (
          <p className="monitoring-dates" data-testid="monitoring-dates">
            {dateColumns.map((c) => `${formatDate(c.date ?? '')}: ${valuesLabel(counts.get(c.date ?? '') ?? 0)}${c.readOnly ? ' (chiuso)' : ''}`).join(' · ')}
          </p>
        )}
        <SeasonPicker place="view" />
        <p className="hint">
          Alt+V porta al primo valore vuoto della rilevazione · Alt+N al successivo · Invio/↓ scende · Esc ripristina · F2 modifica · si può incollare una
          colonna da Excel
        </p>
      </header>
      <SeasonOffer />
      {filtered && (
        <p className="banner monitoring-filter">
          {cards.length === 1 ? 'È mostrata solo la scheda filtrata nell’elenco.' : `Sono mostrati gli indicatori delle ${formatNumber(cards.length, 0)} schede filtrate nell’elenco.`}{' '}
          <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
            Mostra tutte le schede
          </button>
        </p>
      )}
      <table ref={table} className="data-table monitoring-grid" data-grid="">
        <thead>
          <tr>
            <th className="col-code">Scheda</th>
            <th className="col-name">Indicatore</th>
            <th className="col-udm">UdM</th>
            <th className="col-op">Op.</th>
            {columns.map((column) => (
              <th key={column.key} className="col-cell">
                {column.title}
                {column.readOnly && <span className="col-closed">chiuso</span>}
              </th>
            ))}
            <th className="col-perf">Perf.</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <MonitoringRowView
              key={`${row.cardId}-${row.index}`}
              row={row}
              rowIndex={rowIndex}
              columns={columns}
              settings={settings}
              catalogues={doc.catalogues}
              onBlockPaste={onBlockPaste}
            />
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="empty-note">Nessun indicatore da mostrare.</p>}
      {blockPaste.dialog}
    </section>
  );
}
