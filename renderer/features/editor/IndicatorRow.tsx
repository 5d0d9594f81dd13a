/**
 * One indicator of the grid: every column editable inline, live performance, normalised weight share,
 * row actions (move, details, remove) and the validation messages of its fields.
 */
import { Fragment } from 'react';
import type { IndicatorScore } from '../../../shared/scoring';
import type { Catalogues, Indicator, IsoDate, Operator, Value } from '../../../shared/model';
import { OPERATORS, UNITS } from '../../../shared/model';
import { currentValue, targetFor } from '../../../shared/scoring';
import type { Finding } from '../../../shared/validation';
import { formatDate, formatPercent, formatPerformance, formatValue, parseTargetCell, parseValue, parseWeight } from '../../../shared/values';
import { ParsedField } from '../../components/ParsedField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { performanceStatus } from '../../../shared/scoring';
import { usePira } from '../../store/StoreContext';
import { withMeasurement, withTarget } from './cardEdits';
import { indicatorDraftKey, indicatorPath, messagesAt } from './fieldKeys';

export interface IndicatorRowProps {
  cardId: number;
  index: number;
  count: number;
  indicator: Indicator;
  score: IndicatorScore | undefined;
  share: number | undefined;
  years: number[];
  monitoringDate: IsoDate;
  catalogues: Catalogues;
  findings: Finding[];
  expanded: boolean;
  onChange(recipe: (ind: Indicator) => Indicator, label: string): void;
  onMove(to: number): void;
  onRemove(): void;
  onToggle(): void;
}

export function IndicatorRow(props: IndicatorRowProps) {
  const { cardId, index, count, indicator, score, share, years, monitoringDate, catalogues, findings, expanded } = props;
  const { onChange, onMove, onRemove, onToggle } = props;
  const n = index + 1;
  const at = (field: string) => messagesAt(findings, indicatorPath(index, field));
  const date = formatDate(monitoringDate);
  const units = [...new Set([...catalogues.unita.map((u) => u.name), ...UNITS])];
  const performance = score?.performance ?? null;
  const drafts = usePira((s) => s.drafts);
  const parsers: [string, string, (text: string) => { ok: boolean; error?: string }][] = [
    ['value', `Valore al ${date}`, (t) => parseValue(t, { udm: indicator.udm })],
    ...years.map((y): [string, string, (text: string) => { ok: boolean; error?: string }] => [`target.${y}`, `Target ${y}`, (t) => parseTargetCell(t, { udm: indicator.udm })]),
    ['weight', 'Peso', parseWeight],
  ];
  const typedErrors = parsers.flatMap(([field, column, parse]) => {
    const draft = drafts[indicatorDraftKey(cardId, index, field)];
    const result = draft === undefined ? null : parse(draft);
    return result && !result.ok ? [{ key: `draft-${field}`, severity: 'error', text: `${column}: ${result.error ?? ''}` }] : [];
  });
  const rowMessages = [
    ...typedErrors,
    ...findings.filter((f) => f.severity !== 'info').map((f, i) => ({ key: `${f.code}-${i}`, severity: f.severity, text: f.message })),
  ];
  const hasErrors = rowMessages.some((m) => m.severity === 'error');

  return (
    <Fragment>
      <tr data-row={index} className={hasErrors ? 'row-error' : undefined}>
        <td className="col-n">{n}</td>
        <td className="col-name">
          <TextField name="name" compact label={`Nome – indicatore ${n}`} hideLabel value={indicator.name} messages={at('name')} onCommit={(name) => onChange((ind) => ({ ...ind, name }), `nome dell’indicatore ${n}`)} />
        </td>
        <td className="col-tip">
          <TextField name="tipologia" compact label={`Tipologia – indicatore ${n}`} hideLabel list="catalogo-tipologie" value={indicator.tipologia} messages={at('tipologia')} onCommit={(tipologia) => onChange((ind) => ({ ...ind, tipologia }), `tipologia dell’indicatore ${n}`)} />
        </td>
        <td className="col-udm">
          <SelectField name="udm" compact label={`UdM – indicatore ${n}`} hideLabel value={indicator.udm} options={units.map((u) => ({ value: u, label: u }))} messages={at('udm')} onChange={(udm) => onChange((ind) => ({ ...ind, udm }), `UdM dell’indicatore ${n}`)} />
        </td>
        <td className="col-val">
          <ParsedField
            name="value"
            compact
            label={`Valore al ${date} – indicatore ${n}`}
            hideLabel
            formatted={formatValue(currentValue(indicator, monitoringDate))}
            draftKey={indicatorDraftKey(cardId, index, 'value')}
            parse={(text) => parseValue(text, { udm: indicator.udm })}
            messages={at('value')}
            onCommit={(value: Value) => onChange((ind) => withMeasurement(ind, monitoringDate, value), `valore dell’indicatore ${n}`)}
          />
        </td>
        <td className="col-op">
          <SelectField name="operator" compact label={`Operatore – indicatore ${n}`} hideLabel value={indicator.operator} options={OPERATORS.map((o) => ({ value: o, label: o }))} messages={at('operator')} onChange={(op) => onChange((ind) => ({ ...ind, operator: op as Operator }), `operatore dell’indicatore ${n}`)} />
        </td>
        {years.map((year) => (
          <td key={year} className="col-target">
            <ParsedField
              name={`target-${year}`}
              compact
              label={`Target ${year} – indicatore ${n}`}
              hideLabel
              formatted={formatValue(targetFor(indicator, year))}
              draftKey={indicatorDraftKey(cardId, index, `target.${year}`)}
              parse={(text) => parseTargetCell(text, { udm: indicator.udm })}
              messages={at(`target.${year}`)}
              onCommit={(cell) =>
                onChange((ind) => {
                  const next = withTarget(ind, year, cell.value);
                  return cell.operator ? { ...next, operator: cell.operator } : next;
                }, `target ${year} dell’indicatore ${n}`)
              }
            />
          </td>
        ))}
        <td className="col-weight">
          <div className="weight-cell">
            <ParsedField
              name="weight"
              compact
              label={`Peso – indicatore ${n}`}
              hideLabel
              formatted={formatPercent(indicator.weight, 1)}
              draftKey={indicatorDraftKey(cardId, index, 'weight')}
              parse={parseWeight}
              messages={at('weight')}
              onCommit={(weight) => onChange((ind) => ({ ...ind, weight }), `peso dell’indicatore ${n}`)}
            />
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
          <td colSpan={8 + years.length}>
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
