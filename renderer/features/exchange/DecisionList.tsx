/**
 * The choices of an import preview: numbers read without a format or unreadable, empty cells over values of the
 * plan (issue 22), rows that are probably a stored indicator, values two files change differently, changes to
 * protected cells of a round workbook. Each is a group of radio
 * buttons; "Conferma le proposte" takes every suggestion still open. Readings that confirm the plan's value need no
 * choice and are listed folded. Why: nothing uncertain is applied without the user having seen and chosen it.
 */
import type { ImportDecision } from '../../../shared/api';
import { INLINE_CHOICE } from './fileTransfer';

const TITLES: Record<ImportDecision['kind'], string> = {
  reading: 'Letture da confermare (numeri senza formato o illeggibili, celle vuote su valori del piano)',
  match: 'Indicatori probabilmente uguali',
  conflict: 'Conflitti tra file',
  outside: 'Modifiche fuori dalle celle da compilare',
  closed: 'Valori di date di monitoraggio chiuse (non applicati)',
};
const ORDER: ImportDecision['kind'][] = ['conflict', 'match', 'reading', 'outside', 'closed'];

export interface DecisionListProps {
  decisions: ImportDecision[];
  busy: boolean;
  onChoose(choices: Record<string, string>): void;
}

function Decision({ decision, number, busy, onChoose }: { decision: ImportDecision; number: number; busy: boolean; onChoose: DecisionListProps['onChoose'] }) {
  return (
    <fieldset className={`decision ${decision.required && decision.chosen === null ? 'decision-open' : ''}`} data-kind={decision.kind}>
      <legend>
        {number}. {decision.message}
      </legend>
      {decision.options.map((option) => (
        <label key={option.id} className="decision-option">
          <input
            type="radio"
            style={INLINE_CHOICE}
            name={`decisione-${number}`}
            aria-label={`Decisione ${number}: ${option.label}`}
            checked={decision.chosen === option.id}
            disabled={busy}
            onChange={() => onChoose({ [decision.id]: option.id })}
          />{' '}
          {option.label}
          {option.id === decision.suggested && <span className="decision-suggested"> (proposta)</span>}
        </label>
      ))}
    </fieldset>
  );
}

export function DecisionList({ decisions, busy, onChoose }: DecisionListProps) {
  const numbered = decisions.map((decision, i) => ({ decision, number: i + 1 }));
  const shown = numbered.filter(({ decision }) => decision.kind !== 'reading' || decision.required);
  const confirmedReadings = numbered.filter(({ decision }) => decision.kind === 'reading' && !decision.required);
  const open = decisions.filter((d) => d.required && d.chosen === null);
  const proposals = Object.fromEntries(open.filter((d) => d.suggested !== null).map((d) => [d.id, d.suggested as string]));
  if (decisions.length === 0) return null;
  return (
    <section aria-label="Scelte dell'importazione" className="decisions">
      {open.length > 0 && (
        <p role="status" className="decisions-status">
          {open.length === 1 ? 'Una scelta da fare' : `${open.length} scelte da fare`} prima di applicare.{' '}
          {Object.keys(proposals).length > 0 && (
            <button type="button" className="button small" disabled={busy} onClick={() => onChoose(proposals)}>
              Conferma le proposte ({Object.keys(proposals).length})
            </button>
          )}
        </p>
      )}
      {ORDER.map((kind) => {
        const group = shown.filter(({ decision }) => decision.kind === kind);
        if (group.length === 0) return null;
        return (
          <div key={kind}>
            <h3>
              {TITLES[kind]} ({group.length})
            </h3>
            {group.map(({ decision, number }) => (
              <Decision key={decision.id} decision={decision} number={number} busy={busy} onChoose={onChoose} />
            ))}
          </div>
        );
      })}
      {confirmedReadings.length > 0 && (
        <details>
          <summary>Numeri senza formato letti come il valore del piano ({confirmedReadings.length}): nessuna modifica</summary>
          <ul>
            {confirmedReadings.map(({ decision }) => (
              <li key={decision.id}>{decision.message}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
