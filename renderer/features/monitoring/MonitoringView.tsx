/**
 * The monitoring entry view (`#/monitoraggio`): every indicator of the plan — or of the cards filtered in the
 * list — in one grid with the target of the year, the value at the monitoring date and the performance, typed
 * with the same cells, keys, paste, drafts and undo as the card editor.
 * Why: twice a year the officer enters a whole season of values top to bottom (123 in the sample).
 */
import { useCallback, useMemo, useRef } from 'react';
import { scoringContext } from '../../../shared/scoring';
import { formatDate, formatNumber } from '../../../shared/values';
import { buildCardRows, filterRows, NO_FILTERS } from '../../store/listSelectors';
import { usePira } from '../../store/StoreContext';
import { useBlockPaste } from '../editor/BlockPasteDialog';
import { monitoringColumns, type CellColumn } from '../editor/cellColumns';
import { useValuesShortcut } from '../editor/gridKeys';
import { MonitoringRowView } from './MonitoringRowView';
import { monitoringRows } from './monitoringRows';
import '../editor/grid.css';
import './monitoring.css';

export function MonitoringView() {
  const doc = usePira((s) => s.doc);
  const filters = usePira((s) => s.filters);
  const setFilters = usePira((s) => s.setFilters);
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const cards = useMemo(() => (!doc ? [] : filtered ? filterRows(buildCardRows(doc), filters).map((r) => r.card) : doc.cards), [doc, filters, filtered]);
  const rows = useMemo(() => monitoringRows(cards), [cards]);
  const settings = doc?.settings;
  const columns = useMemo(() => (settings ? monitoringColumns(settings) : []), [settings]);
  const ctx = useMemo(() => (settings ? scoringContext(settings) : null), [settings]);
  const table = useRef<HTMLTableElement | null>(null);
  const blockPaste = useBlockPaste(rows, columns);
  const paste = useRef(blockPaste.paste);
  paste.current = blockPaste.paste;
  const onBlockPaste = useCallback((rowIndex: number, column: CellColumn, text: string) => paste.current(rowIndex, column, text), []);
  useValuesShortcut(table, columns[1]?.name ?? 'value');
  if (!doc || !settings || !ctx) return null;

  const empty = rows.filter((r) => columns[1]?.read(r.indicator) === '').length;
  return (
    <section className="monitoring" aria-label="Monitoraggio">
      <header className="monitoring-head">
        <h1>Monitoraggio al {formatDate(settings.monitoringDate)}</h1>
        <p className="monitoring-count" data-testid="monitoring-count">
          {formatNumber(rows.length, 0)} indicatori di {formatNumber(cards.length, 0)} schede
          {empty > 0 ? ` · ${formatNumber(empty, 0)} senza valore` : ''}
        </p>
        <p className="hint">Alt+V porta al primo valore vuoto · Invio/↓ scende · Esc ripristina · F2 modifica · si può incollare una colonna da Excel</p>
      </header>
      {filtered && (
        <p className="banner monitoring-filter">
          Sono mostrati gli indicatori delle {formatNumber(cards.length, 0)} schede filtrate nell’elenco.{' '}
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
              ctx={ctx}
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
