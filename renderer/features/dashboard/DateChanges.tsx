/**
 * "Che cosa è cambiato dal 30/06/2024 al 31/12/2024": how many objectives went up, down or stayed, and each objective's
 * performance at both dates with the change in points. Shared by the screen (the code opens the card) and the print.
 */
import type { DashboardComparison } from './dashboardComparison';
import '../monitoring/dates.css';

export function DateChanges({ comparison, onOpenCard }: { comparison: DashboardComparison; onOpenCard?(code: string): void }) {
  return (
    <div className="db-changes">
      <p className="db-changes-summary" data-dashboard-changes-summary>
        Rispetto al {comparison.from}: {comparison.summary}; {comparison.indicatorSummary}.
      </p>
      <table className="db-changes-table">
        <thead>
          <tr>
            <th scope="col">Codice</th>
            <th scope="col">Obiettivo</th>
            <th scope="col">{comparison.from}</th>
            <th scope="col">{comparison.to}</th>
            <th scope="col">Variazione</th>
          </tr>
        </thead>
        <tbody>
          {comparison.objectives.map((row) => (
            <tr key={row.code} data-dashboard-change={row.code}>
              <td className="db-code">
                {onOpenCard ? (
                  <a
                    href={`#/scheda/${encodeURIComponent(row.code)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onOpenCard(row.code);
                    }}
                  >
                    {row.code}
                  </a>
                ) : (
                  row.code
                )}
              </td>
              <td>{row.title}</td>
              <td className="db-num">{row.from}</td>
              <td className="db-num">{row.to}</td>
              <td className={`db-num db-change db-change-${row.direction}`}>{row.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
