/**
 * One indicator in the monitoring grid: card code (on its card's first row), name, UdM, operator, the shared typed
 * cells (target of the year, a value per monitoring date, closed ones read-only) and the performance at each date,
 * which follows what is typed.
 */
import { memo, useState } from 'react';
import type { Catalogues, PlanSettings } from '../../../shared/model';
import { performanceStatus, scoreIndicator, scoringContextAt } from '../../../shared/scoring';
import { validateIndicator } from '../../../shared/indicatorValidation';
import { formatDate, formatPerformance } from '../../../shared/values';
import { buildRoute } from '../../routes';
import { indicatorDraftKey } from '../../store/draftKeys';
import { usePira } from '../../store/StoreContext';
import { updateIndicator } from '../editor/cardEdits';
import type { CellColumn, CellEdit } from '../editor/cellColumns';
import { GridCell, useDraftErrors } from '../editor/GridCell';
import type { MonitoringRow } from './monitoringRows';

export interface MonitoringRowViewProps {
  row: MonitoringRow;
  rowIndex: number;
  columns: readonly CellColumn[];
  settings: PlanSettings;
  catalogues: Catalogues;
  onBlockPaste(rowIndex: number, column: CellColumn, text: string): void;
}

export const MonitoringRowView = memo(function MonitoringRowView({ row, rowIndex, columns, settings, catalogues, onBlockPaste }: MonitoringRowViewProps) {
  const updateCard = usePira((s) => s.updateCard);
  const [live, setLive] = useState<CellEdit | null>(null);
  const { card, index, indicator, label } = row;
  const shown = live ? live.apply(indicator) : indicator;
  const valueColumns = columns.filter((column) => column.date !== undefined);
  const scores = valueColumns.map((column) => ({ column, score: scoreIndicator(shown, scoringContextAt(settings, column.date ?? settings.monitoringDate)) }));
  const findings = validateIndicator(indicator, index, settings, catalogues);
  const messagesOf = (column: CellColumn) =>
    findings.filter((f) => f.field === `indicators.${index}.${column.key}` && f.severity !== 'info').map((f) => f.message);
  const draftErrors = useDraftErrors(card.id, index, indicator, columns);
  const n = index + 1;
  return (
    <>
      <tr data-grid-row="" className={`${row.first ? 'card-first' : ''} ${draftErrors.length > 0 ? 'row-error' : ''}`}>
        <td className="col-code">{row.first && <a href={buildRoute({ view: 'card', code: card.code })} title={card.title}>{card.code}</a>}</td>
        <td className="col-name" title={`${indicator.name}${indicator.algoritmo ? ` — ${indicator.algoritmo}` : ''}`}>
          <span className="clamp-2">
            <span className="row-n">{n}.</span> {indicator.name || '(senza nome)'}
          </span>
        </td>
        <td className="col-udm">{indicator.udm}</td>
        <td className="col-op">{indicator.operator}</td>
        {columns.map((column) => (
          <td key={column.key} className="col-cell">
            <GridCell
              column={column}
              indicator={indicator}
              rowLabel={label}
              draftKey={indicatorDraftKey(card.id, index, column.key)}
              messages={messagesOf(column)}
              onCommit={(edit) => updateCard(card.id, (c) => updateIndicator(c, index, edit.apply), `${column.title.toLowerCase()} dell’indicatore ${n} (${card.code})`)}
              onLive={setLive}
              onBlockPaste={(text) => onBlockPaste(rowIndex, column, text)}
            />
          </td>
        ))}
        <td className="col-perf">
          <div className="perf-stack">
            {scores.map(({ column, score }) => (
              <span key={column.key} className="perf-line">
                {scores.length > 1 && <span className="perf-date">{formatDate(column.date ?? '').slice(0, 5)}</span>}
                <span
                  className={`perf-badge status-${performanceStatus(score.performance)}`}
                  data-testid={column.key === 'value' ? `monitoring-performance-${card.code}-${n}` : `monitoring-performance-${card.code}-${n}-${column.date ?? ''}`}
                  aria-label={`Performance al ${formatDate(column.date ?? '')} – ${label}: ${formatPerformance(score.performance)}`}
                  title={score.reason}
                >
                  {formatPerformance(score.performance)}
                </span>
              </span>
            ))}
          </div>
        </td>
      </tr>
      {draftErrors.length > 0 && (
        <tr className="row-messages">
          <td />
          <td colSpan={4 + columns.length}>
            <ul role="alert" aria-label={`Segnalazioni – ${label}`}>
              {draftErrors.map((m) => (
                <li key={m.key} className="finding-error">
                  {m.text}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
});
