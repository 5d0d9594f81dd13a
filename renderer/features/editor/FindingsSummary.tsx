/**
 * The card's validation findings in one collapsible box above the fields (each is also shown next to its field).
 */
import type { Finding } from '../../../shared/validation';

const SEVERITY_LABEL = { error: 'Errore', warning: 'Attenzione', info: 'Nota' } as const;

export function FindingsSummary({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <p className="findings-ok">Nessun problema rilevato nella scheda.</p>;
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <details className="findings" open={errors > 0}>
      <summary>
        {errors > 0 ? `${errors} errori` : 'Nessun errore'} · {findings.length - errors} avvisi o note
      </summary>
      <ul>
        {findings.map((f, i) => (
          <li key={`${f.code}-${f.field ?? ''}-${i}`} className={`finding finding-${f.severity}`}>
            <span className="finding-severity">{SEVERITY_LABEL[f.severity]}</span> {f.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
