/**
 * The card's unsaved values and validation findings in one collapsible box above the fields (each is also shown
 * next to its field): an unreadable value is never "Nessun problema".
 */
import type { Finding } from '../../../shared/validation';
import { unsavedLabel } from '../../store/draftKeys';
import type { UnsavedEntry } from './unsavedEntries';

const SEVERITY_LABEL = { error: 'Errore', warning: 'Attenzione', info: 'Nota' } as const;

export function FindingsSummary({ findings, unsaved }: { findings: Finding[]; unsaved: UnsavedEntry[] }) {
  if (findings.length === 0 && unsaved.length === 0) return <p className="findings-ok">Nessun problema rilevato nella scheda.</p>;
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const notes = count('info');
  const tone = errors > 0 || unsaved.length > 0 ? 'error' : warnings > 0 ? 'warning' : 'info';
  return (
    <details className={`findings findings-${tone}`} open={errors > 0 || unsaved.length > 0} data-testid="findings-summary">
      <summary>
        {unsaved.length > 0 ? `${unsavedLabel(unsaved.length)} · ` : ''}
        {errors > 0 ? `${errors} ${errors === 1 ? 'errore' : 'errori'}` : 'Nessun errore'}
        {` · ${warnings} ${warnings === 1 ? 'avviso' : 'avvisi'}`}
        {notes > 0 ? ` · ${notes} ${notes === 1 ? 'nota' : 'note'}` : ''}
      </summary>
      <ul>
        {unsaved.map((u) => (
          <li key={u.key} className="finding finding-error">
            <span className="finding-severity">Non salvato</span> {u.field}: «{u.text}» non è valido e non è nel file; correggerlo, oppure
            premere Esc nel campo per tornare al valore salvato.
          </li>
        ))}
        {findings.map((f, i) => (
          <li key={`${f.code}-${f.field ?? ''}-${i}`} className={`finding finding-${f.severity}`}>
            <span className="finding-severity">{SEVERITY_LABEL[f.severity]}</span> {f.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
