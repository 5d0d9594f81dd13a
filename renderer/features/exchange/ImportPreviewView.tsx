/**
 * The import preview: blocking problems and warnings with sheet/row/column, then each card added, changed
 * (field by field, old → new as the user writes it) or absent from the file (kept unchanged).
 * Why: nothing is written until the user has read exactly what will change.
 */
import type { CardDiff, ImportPreview } from '../../../shared/api';

const CARD_STATUS: Record<CardDiff['status'], string> = {
  added: 'nuova',
  changed: 'modificata',
  unchanged: 'invariata',
  absent: 'assente dal file: resta invariata',
};
const INDICATOR_STATUS = { added: 'nuovo', changed: 'modificato', absent: 'assente dal file: resta invariato' } as const;

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const errors = preview.problems.filter((p) => p.severity === 'error');
  const warnings = preview.problems.filter((p) => p.severity === 'warning');
  const count = (status: CardDiff['status']) => preview.cards.filter((c) => c.status === status).length;
  const shown = preview.cards.filter((c) => c.status !== 'unchanged');
  return (
    <section aria-label="Anteprima dell'importazione">
      <p>
        File <strong>{preview.fileName}</strong> → {preview.planId === null ? `nuovo piano ${preview.year}` : `piano ${preview.year}`}:{' '}
        {count('added')} schede nuove, {count('changed')} modificate, {count('unchanged')} invariate, {count('absent')} assenti dal file.
      </p>
      {errors.length > 0 && (
        <div role="alert">
          <h3>Errori da correggere nel file ({errors.length})</h3>
          <ul className="field-messages">
            {errors.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <details>
          <summary>Avvisi ({warnings.length})</summary>
          <ul>
            {warnings.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </details>
      )}
      {shown.map((card) => (
        <details key={card.code} open={card.status === 'changed'} data-status={card.status}>
          <summary>
            <strong>{card.code}</strong> {card.title} — {CARD_STATUS[card.status]}
          </summary>
          <ChangeList changes={card.changes} />
          {card.indicators.length > 0 && (
            <ul>
              {card.indicators.map((indicator, i) => (
                <li key={i}>
                  {indicator.name} — {INDICATOR_STATUS[indicator.status]}
                  <ChangeList changes={indicator.changes} />
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </section>
  );
}

function ChangeList({ changes }: { changes: CardDiff['changes'] }) {
  if (changes.length === 0) return null;
  return (
    <table className="diff-table">
      <thead>
        <tr>
          <th scope="col">Campo</th>
          <th scope="col">Prima</th>
          <th scope="col">Dopo</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c, i) => (
          <tr key={i}>
            <td>{c.field}</td>
            <td>{c.before || '—'}</td>
            <td>{c.after || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
