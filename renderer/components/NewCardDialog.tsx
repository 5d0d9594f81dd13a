/**
 * "Nuova scheda": asks the ambito line, the code (the next free one of the line is suggested) and the title, and
 * refuses an empty or duplicate code here. Why: nothing may be written before the user confirms, so no placeholder
 * card is ever left in the file, and a duplicate code can never reach (and rename) another card. A code that does not
 * follow the chosen line (`01_02_OS03` under 01_01) is said before the card exists, and created only when the user
 * confirms it («Crea comunque»): the seed itself files some cards so, but usually it is a slip.
 */
import { useId, useState, type FormEvent } from 'react';
import { codeShapeProblem, lineFromAmbitoFilter, newCardCodeProblem, nextFreeCardCode } from '../../shared/cardCodes';
import type { Catalogues } from '../../shared/model';
import { Dialog } from './Dialog';
import { FullTextSelect } from './FullText';

export interface NewCard {
  code: string;
  title: string;
  ambitoLine: string;
}

export interface NewCardDialogProps {
  /** The codes of the plan's cards (a new code must differ from all of them). */
  codes: readonly string[];
  catalogues: Catalogues;
  /** The card list's ambito filter: a line (or an ambito with one line) is the suggested line. */
  ambitoFilter: string;
  onCreate(card: NewCard): void;
  onClose(): void;
}

export function NewCardDialog({ codes, catalogues, ambitoFilter, onCreate, onClose }: NewCardDialogProps) {
  const formId = useId();
  const [initialLine] = useState(() => lineFromAmbitoFilter(ambitoFilter, catalogues.ambiti));
  const [line, setLine] = useState(initialLine);
  const [code, setCode] = useState(() => nextFreeCardCode(initialLine, codes));
  const [codeTyped, setCodeTyped] = useState(false);
  const [title, setTitle] = useState('');
  const [submitted, setSubmitted] = useState(false);
  /** The code and line the user chose to keep although they do not match. */
  const [kept, setKept] = useState<string | null>(null);

  const problem = newCardCodeProblem(code, codes);
  const shape = problem === null && code.trim() !== '' ? codeShapeProblem(code, line) : null;
  const keeping = shape !== null && kept === `${code.trim()}|${line}`;
  const lineEntry = catalogues.ambiti.flatMap((a) => a.lines).find((l) => l.code === line);
  // A duplicate is said at once; an empty code only once the user tries to confirm.
  const shownProblem = problem !== null && (submitted || code.trim() !== '') ? problem : null;

  const chooseLine = (next: string) => {
    setLine(next);
    if (!codeTyped) setCode(nextFreeCardCode(next, codes));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem !== null) {
      document.getElementById(`${formId}-code`)?.focus();
      return;
    }
    if (shape !== null && !keeping) {
      // said before anything is written; a second confirmation keeps it
      setKept(`${code.trim()}|${line}`);
      document.getElementById(`${formId}-code`)?.focus();
      return;
    }
    onCreate({ code: code.trim(), title: title.trim(), ambitoLine: line });
  };

  return (
    <Dialog
      title="Nuova scheda"
      onClose={onClose}
      initialFocus={initialLine ? `[id="${formId}-title"]` : undefined}
      footer={
        <>
          <button type="button" className="button secondary" onClick={onClose}>
            Annulla
          </button>
          <button type="submit" form={formId} className="button">
            {keeping ? 'Crea comunque' : 'Crea la scheda'}
          </button>
        </>
      }
    >
      <form id={formId} className="new-card-form" onSubmit={submit} noValidate>
        <p className="hint">La scheda viene scritta nel file solo dopo la conferma; si può annullare con Ctrl+Z.</p>
        <div className="field">
          <label className="field-label" htmlFor={`${formId}-line`}>
            Linea dell’ambito strategico
          </label>
          <FullTextSelect
            id={`${formId}-line`}
            fullText={lineEntry ? `${lineEntry.code} – ${lineEntry.name}` : '— scegliere —'}
            value={line}
            onChange={(e) => chooseLine(e.target.value)}
          >
            <option value="">— scegliere —</option>
            {catalogues.ambiti.map((a) => (
              <optgroup key={a.code} label={`Ambito ${a.code} – ${a.name}`}>
                {a.lines.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.code} – {l.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </FullTextSelect>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${formId}-code`}>
            Codice della nuova scheda
          </label>
          <input
            id={`${formId}-code`}
            value={code}
            placeholder="es. 01_01_OS05"
            aria-invalid={shownProblem !== null || keeping || undefined}
            aria-describedby={shape ? `${formId}-code-help ${formId}-code-line` : `${formId}-code-help`}
            onChange={(e) => {
              setCode(e.target.value);
              setCodeTyped(true);
            }}
          />
          <p id={`${formId}-code-help`} className={shownProblem ? 'field-messages' : 'hint'} role={shownProblem ? 'alert' : undefined}>
            {shownProblem ?? (line ? `Proposto il primo numero libero dopo l’ultimo della linea ${line}.` : 'Scegliere la linea per avere il primo codice libero.')}
          </p>
          {shape && (
            <p id={`${formId}-code-line`} className="field-warning" role={keeping ? 'alert' : undefined} data-testid="new-card-code-line">
              {shape.message}
              {keeping ? ' Per crearla così premere «Crea comunque».' : ''}
            </p>
          )}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${formId}-title`}>
            Titolo dell’obiettivo
          </label>
          <input id={`${formId}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
      </form>
    </Dialog>
  );
}
