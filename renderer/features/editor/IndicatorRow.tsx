/**
 * One indicator of the card grid: text fields and selects for its description, the shared typed cells (a value per
 * monitoring date — a closed one read-only with its "Rettifica…" button —, targets, weight) with spreadsheet keys, the
 * live performance at each date, normalised weight share, row actions (move, details, remove) and the messages of its
 * fields, unsaved drafts first.
 */
import { Fragment } from 'react';
import type { IndicatorScore } from '../../../shared/scoring';
import type { Catalogues, Indicator, IsoDate, Operator } from '../../../shared/model';
import { OPERATORS, UNITS } from '../../../shared/model';
import { performanceStatus } from '../../../shared/scoring';
import type { Finding } from '../../../shared/validation';
import { formatDate, formatPercent, formatPerformance } from '../../../shared/values';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { CardGridColumns, CellColumn, CellEdit } from './cellColumns';
import { indicatorDraftKey, indicatorPath, messagesAt } from './fieldKeys';
import { GridCell, useDraftErrors } from './GridCell';

/** The indicator's performance at the date of one value column (what is typed included). */
export interface DateScore {
  column: CellColumn;
  score: IndicatorScore;
}

export interface IndicatorRowProps {
  cardId: number;
  index: number;
  count: number;
  indicator: Indicator;
  /** One per value column, in the columns' order. */
  scores: DateScore[];
  share: number | undefined;
  columns: CardGridColumns;
  catalogues: Catalogues;
  findings: Finding[];
  expanded: boolean;
  onChange(recipe: (ind: Indicator) => Indicator, label: string): void;
  onLive(edit: CellEdit | null): void;
  onBlockPaste(column: CellColumn, text: string): void;
  onMove(to: number): void;
  onRemove(): void;
  onToggle(): void;
  /** "Rettifica…" of a value of a closed date. */
  onAmend(date: IsoDate): void;
}

/** `30/06` of `2024-06-30`, to tell the stacked performances apart. */
const dayMonth = (date: IsoDate | undefined) => (date ? formatDate(date).slice(0, 5) : '');

export function IndicatorRow(props: IndicatorRowProps) {
  const { cardId, index, count, indicator, scores, share, columns, catalogues, findings, expanded } = props;
  const { onChange, onLive, onBlockPaste, onMove, onRemove, onToggle, onAmend } = props;
  const n = index + 1;
  const at = (field: string) => messagesAt(findings, indicatorPath(index, field));
  const units = [...new Set([...catalogues.unita.map((u) => u.name), ...UNITS])];
  const rowMessages = [
    ...useDraftErrors(cardId, index, indicator, columns.all),
    ...findings.filter((f) => f.severity !== 'info').map((f, i) => ({ key: `${f.code}-${i}`, severity: f.severity, text: f.message })),
  ];
  const hasErrors = rowMessages.some((m) => m.severity === 'error');
  const cell = (column: CellColumn) => (
    <GridCell
      column={column}
      indicator={indicator}
      rowLabel={`indicatore ${n}`}
      draftKey={indicatorDraftKey(cardId, index, column.key)}
      messages={at(column.key)}
      onCommit={(edit) => onChange(edit.apply, `${column.title.toLowerCase()} dell’indicatore ${n}`)}
      onLive={onLive}
      onBlockPaste={(text) => onBlockPaste(column, text)}
    />
  );
  const valueCell = (column: CellColumn) =>
    column.readOnly && column.date ? (
      <div className="closed-cell">
        {cell(column)}
        <button type="button" className="icon-button amend-button" aria-label={`Rettifica – ${column.title} – indicatore ${n}`} title="Correggi il valore chiuso indicando il motivo (rettifica)" onClick={() => onAmend(column.date!)}>
          ✎
        </button>
      </div>
    ) : (
      cell(column)
    );

  return (
    <Fragment>
      <tr data-row={index} data-grid-row="" className={hasErrors ? 'row-error' : undefined}>
        <td className="col-n">{n}</td>
        <td className="col-name">
          <TextField name="name" compact wrap label={`Nome – indicatore ${n}`} hideLabel value={indicator.name} messages={at('name')} onCommit={(name) => onChange((ind) => ({ ...ind, name }), `nome dell’indicatore ${n}`)} />
        </td>
        <td className="col-tip" title={indicator.tipologia}>
          <TextField name="tipologia" compact label={`Tipologia – indicatore ${n}`} hideLabel list="catalogo-tipologie" value={indicator.tipologia} messages={at('tipologia')} onCommit={(tipologia) => onChange((ind) => ({ ...ind, tipologia }), `tipologia dell’indicatore ${n}`)} />
        </td>
        <td className="col-udm">
          <SelectField name="udm" compact label={`UdM – indicatore ${n}`} hideLabel value={indicator.udm} options={units.map((u) => ({ value: u, label: u }))} messages={at('udm')} onChange={(udm) => onChange((ind) => ({ ...ind, udm }), `UdM dell’indicatore ${n}`)} />
        </td>
        {columns.values.map((column) => (
          <td key={column.key} className="col-val">
            {valueCell(column)}
          </td>
        ))}
        <td className="col-op">
          <SelectField name="operator" compact label={`Operatore – indicatore ${n}`} hideLabel value={indicator.operator} options={OPERATORS.map((o) => ({ value: o, label: o }))} messages={at('operator')} onChange={(op) => onChange((ind) => ({ ...ind, operator: op as Operator }), `operatore dell’indicatore ${n}`)} />
        </td>
        {columns.targets.map((column) => (
          <td key={column.key} className="col-target">
            {cell(column)}
          </td>
        ))}
        <td className="col-weight">
          <div className="weight-cell">
            {cell(columns.weight)}
            <span className="share" title="Quota normalizzata del peso (usata nel calcolo)">
              {share === undefined ? '' : formatPercent(share, 1)}
            </span>
          </div>
        </td>
        <td className="col-perf">
          <div className="perf-stack">
            {scores.map(({ column, score }) => (
              <span key={column.key} className="perf-line">
                {scores.length > 1 && <span className="perf-date">{dayMonth(column.date)}</span>}
                <span
                  className={`perf-badge status-${performanceStatus(score.performance)}`}
                  data-testid={column.key === 'value' ? `performance-${n}` : `performance-${n}-${column.date ?? ''}`}
                  aria-label={`Performance al ${formatDate(column.date ?? '')} – indicatore ${n}: ${formatPerformance(score.performance)}`}
                  title={score.reason}
                >
                  {formatPerformance(score.performance)}
                  {score.status === 'override' && <sup title="Performance impostata manualmente">M</sup>}
                </span>
              </span>
            ))}
          </div>
        </td>
        <td className="col-actions">
          <div className="row-actions">
            <button type="button" className="icon-button" aria-label={`Sposta su – indicatore ${n}`} disabled={index === 0} onClick={() => onMove(index - 1)}>
              ↑
            </button>
            <button type="button" className="icon-button" aria-label={`Sposta giù – indicatore ${n}`} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
              ↓
            </button>
            <button type="button" className="icon-button" aria-expanded={expanded} aria-label={`Dettagli – indicatore ${n}`} onClick={onToggle}>
              {expanded ? '▾' : '▸'}
            </button>
            <button type="button" className="icon-button danger" aria-label={`Elimina – indicatore ${n}`} onClick={onRemove}>
              ×
            </button>
          </div>
        </td>
      </tr>
      {rowMessages.length > 0 && (
        <tr className="row-messages">
          <td />
          <td colSpan={7 + columns.values.length + columns.targets.length}>
            <div role="alert" aria-label={`Segnalazioni – indicatore ${n}`}>
              <ul>
                {rowMessages.map((m) => (
                  <li key={m.key} className={`finding-${m.severity}`}>
                    {m.text}
                  </li>
                ))}
              </ul>
            </div>
          </td>
        </tr>
      )}
    </Fragment>
  );
}
