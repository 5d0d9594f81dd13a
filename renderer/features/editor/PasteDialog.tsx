/**
 * Paste of indicator rows copied from Excel or Word: a preview of what was read and of the rows that could not
 * be read (with row and column), then one edit that appends the readable rows.
 */
import { useMemo, useState } from 'react';
import type { Indicator, PlanSettings } from '../../../shared/model';
import { describePasteProblem, parsePastedRows } from '../../../shared/pasteRows';
import { formatMeasured, valueAt } from '../../../shared/monitoringDates';
import { plausibilityWarnings } from '../../../shared/plausibility';
import { targetFor } from '../../../shared/scoring';
import { formatPercent, formatValue } from '../../../shared/values';
import { Dialog } from '../../components/Dialog';
import { horizonYears } from '../../../shared/planDefaults';
import { formatNumber } from '../../../shared/values';

export interface PasteDialogProps {
  initialText: string;
  settings: PlanSettings;
  onAdd(indicators: Indicator[]): void;
  onClose(): void;
}

export function PasteDialog({ initialText, settings, onAdd, onClose }: PasteDialogProps) {
  const [text, setText] = useState(initialText);
  const years = horizonYears(settings);
  const result = useMemo(
    () => parsePastedRows(text, { years: horizonYears(settings), monitoringDate: settings.monitoringDate }),
    [text, settings],
  );
  const count = result.indicators.length;
  return (
    <Dialog
      title="Incolla indicatori da Excel o Word"
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button secondary" onClick={onClose}>
            Annulla
          </button>
          <button type="button" className="button" disabled={count === 0} onClick={() => onAdd(result.indicators)}>
            {count === 1 ? 'Aggiungi 1 indicatore' : `Aggiungi ${formatNumber(count, 0)} indicatori`}
          </button>
        </>
      }
    >
      <p className="hint">
        Colonne attese, come nelle tabelle del piano: Indicatore · Tipologia · UdM · Valore · Operatore · Target{' '}
        {years.join(' · Target ')} · Performance · Peso. L’operatore può stare nella cella del target (»&gt;= 10«).
        Le righe d’intestazione sono ignorate.
      </p>
      <label className="field-label" htmlFor="paste-text">
        Righe copiate da Excel o Word
      </label>
      <textarea id="paste-text" className="paste-area" rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      {result.problems.length > 0 && (
        <div className="paste-problems" role="alert">
          <strong>Righe non lette ({new Set(result.problems.map((p) => p.row)).size}):</strong>
          <ul>
            {result.problems.map((p) => (
              <li key={`${p.row}-${p.column}-${p.message}`}>{describePasteProblem(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {count > 0 && (
        <table className="data-table compact" aria-label="Anteprima degli indicatori letti">
          <thead>
            <tr>
              <th>Indicatore</th>
              <th>Tipologia</th>
              <th>UdM</th>
              <th>Valore</th>
              <th>Op.</th>
              {years.map((y) => (
                <th key={y}>Target {y}</th>
              ))}
              <th>Peso</th>
            </tr>
          </thead>
          <tbody>
            {result.indicators.map((ind, i) => (
              <tr key={i}>
                <td>{ind.name}</td>
                <td>{ind.tipologia}</td>
                <td>{ind.udm}</td>
                <td>
                  {formatMeasured(valueAt(ind, settings.monitoringDate))}
                  {plausibilityWarnings(ind, settings.monitoringDate, valueAt(ind, settings.monitoringDate) ?? { kind: 'missing', mark: '' }).map((warning) => (
                    <div key={warning} className="finding-warning">
                      Attenzione: {warning}
                    </div>
                  ))}
                </td>
                <td>{ind.operator}</td>
                {years.map((y) => (
                  <td key={y}>{formatValue(targetFor(ind, y))}</td>
                ))}
                <td>{formatPercent(ind.weight, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.headerRows > 0 && <p className="hint">Righe d’intestazione ignorate: {result.headerRows}.</p>}
    </Dialog>
  );
}
