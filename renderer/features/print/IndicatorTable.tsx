/**
 * The card's weighted indicator table with the seed's columns, laid out for paper: fixed column widths, the
 * header repeated on every page and no row ever split (the objective's performance is in the side panel).
 * Why: this table is what the office signs; `data-print-row` lets the e2e tests check page breaks row by row.
 */
import type { CardSheetView } from './cardSheet';

export function Refs({ numbers }: { numbers: number[] }) {
  if (numbers.length === 0) return null;
  return <sup className="pd-ref">{numbers.join(',')}</sup>;
}

export function IndicatorTable({ sheet }: { sheet: CardSheetView }) {
  const [firstYear, ...laterYears] = sheet.years;
  return (
    <table className="pd-table" data-print-table={sheet.code}>
      <colgroup>
        <col className="pd-w-name" />
        <col className="pd-w-tipologia" />
        <col className="pd-w-udm" />
        <col className="pd-w-value" />
        <col className="pd-w-op" />
        {sheet.years.map((year) => (
          <col key={year} className="pd-w-target" />
        ))}
        <col className="pd-w-perf" />
        <col className="pd-w-weight" />
      </colgroup>
      <thead>
        <tr>
          <th className="pd-col-name">Indicatore e algoritmo di calcolo</th>
          <th>Tipologia</th>
          <th>UdM</th>
          <th>Valore al {sheet.monitoringDate}</th>
          <th title="Operatore di confronto con il target">Op.</th>
          {firstYear !== undefined && <th>Target {firstYear}</th>}
          {laterYears.map((year) => (
            <th key={year}>Target {year}</th>
          ))}
          <th>
            Perfor&shy;mance
            <Refs numbers={[sheet.policyRef]} />
          </th>
          <th>Peso</th>
        </tr>
      </thead>
      <tbody>
        {sheet.rows.map((row, i) => (
          <tr key={i} data-print-row={`${sheet.code}#${i + 1}`}>
            <td className="pd-col-name">
              <span className="pd-indicator-name">
                {row.name}
                <Refs numbers={row.nameRefs} />
              </span>
              {row.algoritmo && <span className="pd-algoritmo">{row.algoritmo}</span>}
            </td>
            <td>{row.tipologia}</td>
            <td>{row.udm}</td>
            <td className={row.valueRefs.length > 0 ? 'pd-num pd-amended' : 'pd-num'}>
              {row.value}
              <Refs numbers={row.valueRefs} />
            </td>
            <td className="pd-num">{row.operator}</td>
            {row.targets.map((target, j) => (
              <td key={j} className="pd-num">
                {target}
              </td>
            ))}
            <td className={row.overridden ? 'pd-num pd-perf pd-override' : 'pd-num pd-perf'}>
              {row.performance}
              <Refs numbers={row.performanceRefs} />
            </td>
            <td className="pd-num">{row.weight}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
