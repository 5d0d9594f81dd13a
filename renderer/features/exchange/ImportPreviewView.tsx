/**
 * The import preview: what applying would do (in one sentence), blocking problems with sheet/row/column, the choices
 * still to make, warnings, per file who changed what (and what it
 * changed outside its fill-in cells), then the cards added or changed (field by field, old → new as the user writes
 * it) and, grouped after them and folded, those unchanged or absent from the files.
 * Why: nothing is written until the user has read exactly what will change, the changes first.
 */
import type { CardDiff, FileChange, ImportPreview, IndicatorDiff } from '../../../shared/api';
import { agreeing, countOf } from '../../../shared/italianText';
import { formatNumber } from '../../../shared/values';
import { DecisionList } from './DecisionList';

const CARD_STATUS: Record<CardDiff['status'], string> = {
  added: 'nuova',
  changed: 'modificata',
  unchanged: 'invariata',
  absent: 'assente dal file: resta invariata',
};
const INDICATOR_STATUS = { added: 'nuovo', changed: 'modificato', absent: 'assente dal file: resta invariato' } as const;

export interface ImportPreviewViewProps {
  preview: ImportPreview;
  busy: boolean;
  onChoose(choices: Record<string, string>): void;
}

function FileChanges({ preview }: { preview: ImportPreview }) {
  if (preview.files.length < 2 && !preview.files.some((f) => f.outside.length > 0)) return null;
  const line = (c: FileChange, i: number) => (
    <li key={i}>
      {c.card}
      {c.indicator ? ` «${c.indicator}»` : ''} – {c.field}: {c.before || '—'} → {c.after || '—'}
    </li>
  );
  return (
    <section aria-label="Modifiche per file">
      <h3>Chi ha cambiato che cosa</h3>
      {preview.files.map((file) => (
        <details key={file.fileName} open={preview.files.length <= 4}>
          <summary>
            <strong>{file.fileName}</strong> ({file.description}): {countOf(file.changes.length, 'modifica', 'modifiche')}
            {file.outside.length > 0 && `, ${formatNumber(file.outside.length, 0)} fuori dalle celle da compilare`}
          </summary>
          <ul>{file.changes.map(line)}</ul>
          {file.outside.length > 0 && (
            <>
              <p className="outside-note">Fuori dalle celle da compilare (applicate solo se accettate qui sopra):</p>
              <ul className="outside-list">{file.outside.map(line)}</ul>
            </>
          )}
        </details>
      ))}
    </section>
  );
}

const isChange = (status: CardDiff['status'] | IndicatorDiff['status']) => status === 'added' || status === 'changed';

export function ImportPreviewView({ preview, busy, onChoose }: ImportPreviewViewProps) {
  const errors = preview.problems.filter((p) => p.severity === 'error');
  const warnings = preview.problems.filter((p) => p.severity === 'warning');
  const count = (status: CardDiff['status']) => preview.cards.filter((c) => c.status === status).length;
  const changed = preview.cards.filter((c) => isChange(c.status));
  const untouched = preview.cards.filter((c) => !isChange(c.status));
  return (
    <section aria-label="Anteprima dell'importazione">
      <p>
        {preview.files.length > 1 ? `${preview.files.length} file` : <>File <strong>{preview.fileName}</strong></>} →{' '}
        {preview.planId === null ? `nuovo piano ${preview.year}` : `piano ${preview.year}`}: {countOf(count('added'), 'scheda nuova', 'schede nuove')}, {count('changed')} {agreeing(count('changed'), 'modificata', 'modificate')},{' '}
        {count('unchanged')} {agreeing(count('unchanged'), 'invariata', 'invariate')}, {count('absent')} {agreeing(count('absent'), 'assente', 'assenti')} dal file.
      </p>
      <p className="import-summary">
        Applicando: <strong>{preview.summary.text}</strong>.
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
      <DecisionList decisions={preview.decisions} busy={busy} onChoose={onChoose} />
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
      <FileChanges preview={preview} />
      {changed.map((card) => (
        <details key={card.code} open={card.status === 'changed'} data-status={card.status}>
          <summary>
            <strong>{card.code}</strong> {card.title} — {CARD_STATUS[card.status]}
          </summary>
          <ChangeList changes={card.changes} />
          <IndicatorList indicators={card.indicators} />
        </details>
      ))}
      {untouched.length > 0 && (
        <details className="untouched-cards" data-status="untouched">
          <summary>
            Schede invariate o assenti dal file: restano come sono ({untouched.length})
          </summary>
          <ul>
            {untouched.map((card) => (
              <li key={card.code} data-status={card.status}>
                <strong>{card.code}</strong> {card.title} — {CARD_STATUS[card.status]}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** A card's indicators: added and changed first, those absent from the file counted after them, folded. */
function IndicatorList({ indicators }: { indicators: IndicatorDiff[] }) {
  const changed = indicators.filter((i) => isChange(i.status));
  const absent = indicators.filter((i) => !isChange(i.status));
  if (indicators.length === 0) return null;
  return (
    <>
      {changed.length > 0 && (
        <ul>
          {changed.map((indicator, i) => (
            <li key={i}>
              {indicator.name} — {INDICATOR_STATUS[indicator.status]}
              {indicator.match && <span className="match-note"> (riconosciuto: {indicator.match})</span>}
              <ChangeList changes={indicator.changes} />
            </li>
          ))}
        </ul>
      )}
      {absent.length > 0 && (
        <details className="untouched-indicators">
          <summary>{absent.length === 1 ? '1 indicatore assente dal file: resta invariato' : `${absent.length} indicatori assenti dal file: restano invariati`}</summary>
          <ul>
            {absent.map((indicator, i) => (
              <li key={i}>{indicator.name}</li>
            ))}
          </ul>
        </details>
      )}
    </>
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
