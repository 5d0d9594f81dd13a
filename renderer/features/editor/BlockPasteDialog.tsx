/**
 * The block paste of a grid (blockPaste.ts) wired to the store — one undo step, unreadable cells kept as drafts —
 * and its preview, shown before anything is written when the block would overwrite values, holds unreadable
 * cells or does not fit the grid.
 */
import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../../shared/values';
import { Dialog } from '../../components/Dialog';
import { indicatorDraftKey } from '../../store/draftKeys';
import { usePira } from '../../store/StoreContext';
import { chooseReading, needsPreview, pasteRecipes, planBlockPaste, type PastePlan, type PasteRow } from './blockPaste';
import { updateIndicator } from './cardEdits';
import type { CellColumn } from './cellColumns';

const cells = (n: number) => (n === 1 ? '1 cella' : `${formatNumber(n, 0)} celle`);
const rowsText = (n: number) => (n === 1 ? '1 riga' : `${formatNumber(n, 0)} righe`);

/** `paste(rowIndex, column, text)` for the grid's cells, and the preview dialog to render (or null). */
export function useBlockPaste(rows: readonly PasteRow[], columns: readonly CellColumn[]) {
  const updateCards = usePira((s) => s.updateCards);
  const setDraft = usePira((s) => s.setDraft);
  const [plan, setPlan] = useState<PastePlan | null>(null);

  const write = (toWrite: PastePlan) => {
    const readable = toWrite.cells.length - toWrite.errors;
    const changes = pasteRecipes(toWrite).map(({ cardId, edits }) => ({
      cardId,
      recipe: (card: Parameters<typeof updateIndicator>[0]) => edits.reduce((c, e) => updateIndicator(c, e.index, e.apply), card),
    }));
    updateCards(changes, `incolla ${cells(readable)}`, { kind: 'paste' });
    for (const cell of toWrite.cells) {
      if (cell.column.readOnly) continue; // a closed value keeps no typed text: the preview said it is refused
      setDraft(indicatorDraftKey(cell.row.cardId, cell.row.index, cell.column.key), cell.result.ok ? null : cell.text);
    }
    setPlan(null);
  };

  const paste = (rowIndex: number, column: CellColumn, text: string) => {
    const planned = planBlockPaste(text, { row: rowIndex, column: columns.indexOf(column) }, rows, columns);
    if (planned.cells.length === 0 && !needsPreview(planned)) return;
    if (needsPreview(planned)) setPlan(planned);
    else write(planned);
  };

  const dialog = plan && (
    <BlockPasteDialog plan={plan} onChoose={(at, chosen) => setPlan(chooseReading(plan, at, chosen))} onConfirm={() => write(plan)} onClose={() => setPlan(null)} />
  );
  return { paste, dialog };
}

interface BlockPasteDialogProps {
  plan: PastePlan;
  /** A bare number under `%` read the other way. */
  onChoose(at: number, chosen: 'proposal' | 'alternative'): void;
  onConfirm(): void;
  onClose(): void;
}

function BlockPasteDialog({ plan, onChoose, onConfirm, onClose }: BlockPasteDialogProps) {
  const confirm = useRef<HTMLButtonElement | null>(null);
  useEffect(() => confirm.current?.focus(), []);
  const readable = plan.cells.length - plan.errors;
  const action = plan.overwrites > 0 ? `Sovrascrivi ${cells(readable)}` : `Incolla ${cells(readable)}`;
  return (
    <Dialog
      title="Incolla nelle celle della griglia"
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button secondary" onClick={onClose}>
            Annulla
          </button>
          <button ref={confirm} type="button" className="button" disabled={plan.cells.length === 0} onClick={onConfirm}>
            {action}
          </button>
        </>
      }
    >
      <p>
        Il blocco incollato riempie {cells(plan.cells.length)}, riga per riga, a partire dalla cella scelta
        {plan.overwrites === 1 ? ': 1 cella con un valore verrà sovrascritta' : ''}
        {plan.overwrites > 1 ? `: ${cells(plan.overwrites)} con un valore verranno sovrascritte` : ''}. Si annulla tutto con un solo Ctrl+Z.
      </p>
      {plan.questions > 0 && (
        <p className="paste-questions" role="alert">
          {plan.questions === 1 ? '1 numero senza % sotto un indicatore in %' : `${formatNumber(plan.questions, 0)} numeri senza % sotto indicatori in %`}: un
          numero fino a 1 è letto come frazione (0,85 = 85%), un numero intero come percentuale (85 = 85%). Confermare la lettura proposta o sceglierne
          l’altra per ogni cella.
        </p>
      )}
      {plan.warned > 0 && (
        <p className="paste-warnings">
          {plan.warned === 1 ? '1 valore sembra' : `${formatNumber(plan.warned, 0)} valori sembrano`} fuori scala (segnalati sotto con «Attenzione»): controllarli prima
          di incollare.
        </p>
      )}
      {plan.errors > 0 && (
        <p className="paste-problems" role="alert">
          {cells(plan.errors)} non si {plan.errors === 1 ? 'legge' : 'leggono'}: il testo resta nella cella, segnalato e non salvato, finché
          non lo si corregge.
        </p>
      )}
      {plan.extraRows > 0 && (
        <p className="hint">
          {rowsText(plan.extraRows)} oltre l’ultimo indicatore non {plan.extraRows === 1 ? 'viene incollata' : 'vengono incollate'}: per
          aggiungere indicatori usare «Incolla righe…» nella scheda.
        </p>
      )}
      {plan.extraColumns > 0 && <p className="hint">Colonne oltre l’ultima colonna di valori ignorate: {formatNumber(plan.extraColumns, 0)}.</p>}
      <table className="data-table compact" aria-label="Celle che il blocco incollato scrive">
        <thead>
          <tr>
            <th>Riga</th>
            <th>Colonna</th>
            <th>Ora</th>
            <th>Diventa</th>
          </tr>
        </thead>
        <tbody>
          {plan.cells.map((cell, at) => (
            <tr key={`${cell.row.cardId}-${cell.row.index}-${cell.column.key}`} className={cell.result.ok ? undefined : 'row-error'}>
              <td>{cell.row.label}</td>
              <td>{cell.column.title}</td>
              <td>{cell.before === '' ? <em>vuoto</em> : cell.before}</td>
              <td>
                <strong>{cell.text === '' ? 'vuoto' : cell.text}</strong>{' '}
                {cell.choices && (
                  <select
                    aria-label={`Lettura di ${cell.text} – ${cell.column.title} – ${cell.row.label}`}
                    value={cell.choices.chosen}
                    onChange={(e) => onChoose(at, e.target.value === 'alternative' ? 'alternative' : 'proposal')}
                  >
                    <option value="proposal">{cell.choices.proposal}</option>
                    <option value="alternative">{cell.choices.alternative}</option>
                  </select>
                )}{' '}
                <span className={cell.result.ok ? 'hint' : 'finding-error'}>{cell.result.ok ? `→ ${cell.result.value.understood}` : cell.result.error}</span>
                {cell.warnings.map((w) => (
                  <span key={w} className="finding-warning">
                    {' '}
                    Attenzione: {w}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
