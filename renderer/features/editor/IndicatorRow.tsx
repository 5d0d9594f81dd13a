/**
 * One indicator of the card grid: text fields and selects for its description, the shared typed cells (value,
 * targets, weight) with spreadsheet keys, live performance, normalised weight share, row actions (move, details,
 * remove) and the messages of its fields, unsaved drafts first.
 */
import { Fragment } from 'react';
import type { IndicatorScore } from '../../../shared/scoring';
import type { Catalogues, Indicator, Operator } from '../../../shared/model';
import { OPERATORS, UNITS } from '../../../shared/model';
import { performanceStatus } from '../../../shared/scoring';
import type { Finding } from '../../../shared/validation';
import { formatPercent, formatPerformance } from '../../../shared/values';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { CardGridColumns, CellColumn, CellEdit } from './cellColumns';
import { indicatorDraftKey, indicatorPath, messagesAt } from './fieldKeys';
import { GridCell, useDraftErrors } from './GridCell';

export interface IndicatorRowProps {
  cardId: number;
  index: number;
  count: number;
  indicator: Indicator;
  score: IndicatorScore | undefined;
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
}

export function IndicatorRow(props: IndicatorRowProps) {
  const { cardId, index, count, indicator, score, share, columns, catalogues, findings, expanded } = props;
  const { onChange, onLive, onBlockPaste, onMove, onRemove, onToggle } = props;
  const n = index + 1;
  const at = (field: string) => messagesAt(findings, indicatorPath(index, field));
  const units = [...new Set([...catalogues.unita.map((u) => u.name), ...UNITS])];
  const performance = score?.performance ?? null;
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

  return (
    <Fragment>
      <tr data-row={index} data-grid-row="" className={hasErrors ? 'row-error' : undefined}>
        <td className="col-n">{n}</td>
        <td className="col-name" title={indicator.name}>
          <TextField name="name" compact label={`Nome – indicatore ${n}`} hideLabel value={indicator.name} messages={at('name')} onCommit={(name) => onChange((ind) => ({ ...ind, name }), `nome dell’indicatore ${n}`)} />
        </td>
        <td className="col-tip">
          <TextField name="tipologia" compact label={`Tipologia – indicatore ${n}`} hideLabel list="catalogo-tipologie" value={indicator.tipologia} messages={at('tipologia')} onCommit={(tipologia) => onChange((ind) => ({ ...ind, tipologia }), `tipologia dell’indicatore ${n}`)} />
        </td>
        <td className="col-udm">
          <SelectField name="udm" compact label={`UdM – indicatore ${n}`} hideLabel value={indicator.udm} options={units.map((u) => ({ value: u, label: u }))} messages={at('udm')} onChange={(udm) => onChange((ind) => ({ ...ind, udm }), `UdM dell’indicatore ${n}`)} />
        </td>
        <td className="col-val">{cell(columns.value)}</td>
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
          <span
            className={`perf-badge status-${performanceStatus(performance)}`}
            data-testid={`performance-${n}`}
            aria-label={`Performance – indicatore ${n}: ${formatPerformance(performance)}`}
            title={score?.reason}
          >
            {formatPerformance(performance)}
            {score?.status === 'override' && <sup title="Performance impostata manualmente">M</sup>}
          </span>
        </td>
        <td className="col-actions">
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
        </td>
      </tr>
      {rowMessages.length > 0 && (
        <tr className="row-messages">
          <td />
          <td colSpan={8 + columns.targets.length}>
            <ul role="alert" aria-label={`Segnalazioni – indicatore ${n}`}>
              {rowMessages.map((m) => (
                <li key={m.key} className={`finding-${m.severity}`}>
                  {m.text}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </Fragment>
  );
}
