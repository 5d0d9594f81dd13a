/**
 * One typed cell of an indicator grid (card grid and monitoring grid): spreadsheet keys (gridKeys.ts), typing
 * replaces the content, the live value while typing (for the score), what was understood shown under the cell,
 * and a multi-line or multi-column paste handed to the grid as a block.
 * Why: the same cell everywhere means the same keys, the same drafts and the same save path in both grids.
 */
import { useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { Indicator } from '../../../shared/model';
import { formatDate } from '../../../shared/values';
import { useDraftedText } from '../../components/ParsedField';
import { indicatorDraftKey } from '../../store/draftKeys';
import { usePira } from '../../store/StoreContext';
import type { CellColumn, CellEdit } from './cellColumns';
import { cellKeyAction, focusInColumn } from './gridKeys';

export interface GridCellProps {
  column: CellColumn;
  indicator: Indicator;
  /** Second part of the accessible name: `indicatore 2`, `01_01_OS01, indicatore 2`. */
  rowLabel: string;
  draftKey: string;
  /** Validation messages of this cell (errors and warnings). */
  messages: string[];
  onCommit(edit: CellEdit): void;
  /** The edit the text typed so far stands for (null = nothing readable typed): the score follows it. */
  onLive?(edit: CellEdit | null): void;
  /** Text with line breaks or tabs pasted into the cell: the grid spreads it over the cells from here. */
  onBlockPaste?(text: string): void;
}

/** Parse errors of the drafts kept in a row's typed cells, as row messages ("Peso (non salvato): …"). */
export function useDraftErrors(cardId: number, index: number, indicator: Indicator, columns: readonly CellColumn[]) {
  const drafts = usePira((s) => s.drafts);
  return columns.flatMap((column) => {
    const draft = drafts[indicatorDraftKey(cardId, index, column.key)];
    const result = draft === undefined ? null : column.parse(draft, indicator);
    return result && !result.ok ? [{ key: `draft-${column.key}`, severity: 'error' as const, text: `${column.title} (non salvato): ${result.error}` }] : [];
  });
}

/**
 * Typing over a value of another date than the season (`Valore al 30/06/2024` while 31/12 is being filled) is said
 * under the cell while typing and asked before it is saved: values meant for the season must never silently replace
 * the real ones of an earlier date. `confirmed(text)` is true when nothing needs asking or the user agreed.
 */
function useOverwriteQuestion(column: CellColumn, indicator: Indicator, rowLabel: string, formatted: string, season: string | undefined) {
  const agreed = useRef<string | null>(null);
  const applies = column.date !== undefined && season !== undefined && column.date !== season && !column.readOnly && formatted !== '';
  const changes = (text: string) => applies && text !== formatted && column.parse(text, indicator).ok;
  const where = () => `valore al ${formatDate(column.date ?? '')}`;
  return {
    note: (text: string) => (changes(text) ? ` · sostituisce ${formatted} (${where()}; la rilevazione in corso è il ${formatDate(season ?? '')})` : ''),
    confirmed(text: string): boolean {
      if (!changes(text) || agreed.current === text) return true;
      const question =
        `Sostituire il ${where()} di ${rowLabel}?\n\nOra: ${formatted}\nNuovo: ${text.trim()}\n\n` +
        `La rilevazione in corso è il ${formatDate(season ?? '')}: i valori nuovi vanno nella sua colonna (Alt+V).`;
      if (!window.confirm(question)) return false;
      agreed.current = text;
      return true;
    },
  };
}

/** A paste is a block when, once the trailing line break Excel adds is dropped, it still has a tab or a line break. */
export function isBlockPaste(text: string): boolean {
  return /[\t\r\n]/.test(text.replace(/[\r\n]+$/, ''));
}

export function GridCell({ column, indicator, rowLabel, draftKey, messages, onCommit, onLive, onBlockPaste }: GridCellProps) {
  const id = useId();
  const input = useRef<HTMLInputElement | null>(null);
  const justFocused = useRef(false);
  const [pasteRefused, setPasteRefused] = useState(false);
  const formatted = column.read(indicator);
  const { text, setText, focused, setFocused, commit, restore, parseError } = useDraftedText({
    formatted,
    draftKey,
    parse: (typed: string) => column.parse(typed, indicator),
    onCommit,
  });
  const label = `${column.title} – ${rowLabel}`;
  const season = usePira((s) => s.plan?.settings.monitoringDate);
  const overwrite = useOverwriteQuestion(column, indicator, rowLabel, formatted, season);
  const closedNote = column.readOnly && column.date ? `monitoraggio al ${formatDate(column.date)} chiuso: valore di sola lettura (si corregge con «Rettifica…» nella scheda)` : null;
  const current = focused && !closedNote ? column.parse(text, indicator) : null;
  const warnings = current?.ok ? (column.warnings?.(text, indicator) ?? []) : [];
  const understood = current?.ok ? `→ ${current.value.understood}${overwrite.note(text)}${warnings.map((w) => ` · attenzione: ${w}`).join('')}` : null;
  const proposal = current && !current.ok ? column.choices?.(text, indicator)?.proposal : undefined;
  const refusal = current && !current.ok ? `${current.error}${proposal ? ` (Invio scrive ${proposal}, poi Invio conferma)` : ''}` : null;
  const hint = focused && closedNote ? (pasteRefused ? `Non incollato: ${closedNote}` : closedNote) : current === null ? null : (understood ?? refusal);
  const allMessages = parseError ? [parseError, ...messages] : messages;

  /** Selects the cell's text once React has shown it; a key pressed before that frame (F2) cancels it. */
  const pendingSelect = useRef<number | null>(null);
  const selectAll = () => {
    pendingSelect.current = requestAnimationFrame(() => {
      pendingSelect.current = null;
      input.current?.select();
    });
  };
  const cancelSelect = () => {
    if (pendingSelect.current !== null) cancelAnimationFrame(pendingSelect.current);
    pendingSelect.current = null;
  };

  const parseOk = (typed: string) => typed === formatted || column.parse(typed, indicator).ok;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = cellKeyAction(event.key, event);
    if (action === null) return;
    const el = event.currentTarget;
    if (action === 'restore') {
      // Esc with nothing typed is left to the page (it closes the card), as in the other fields.
      if (restore()) event.preventDefault();
      onLive?.(null);
      selectAll();
      return;
    }
    event.preventDefault();
    cancelSelect();
    if (action === 'edit') {
      el.setSelectionRange(el.value.length, el.value.length);
    } else if (!parseOk(text) && column.choices?.(text, indicator)) {
      // a bare number under %: the first Enter writes the proposed reading (0,85 → 85%), the next one stores it
      const proposal = column.choices(text, indicator)!.proposal;
      setText(proposal);
      const live = column.parse(proposal, indicator);
      onLive?.(live.ok ? live.value : null);
    } else if (!overwrite.confirmed(text)) {
      restore();
      onLive?.(null);
      selectAll();
    } else {
      const valid = commit();
      onLive?.(null);
      if (!valid || !focusInColumn(el, column.name, action === 'down' ? 1 : -1)) selectAll();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    if (column.readOnly) {
      // a closed value takes nothing pasted, and says so: a block's preview lists its closed cells as refused
      event.preventDefault();
      event.stopPropagation();
      if (onBlockPaste && isBlockPaste(pasted)) onBlockPaste(pasted);
      else setPasteRefused(true);
      return;
    }
    if (!onBlockPaste || !isBlockPaste(pasted)) return;
    event.preventDefault();
    event.stopPropagation(); // not the grid's "paste rows" (that adds indicators)
    onBlockPaste(pasted);
  };

  return (
    <div className={`field grid-cell${column.readOnly ? ' grid-cell-closed' : ''}`}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        name={column.name}
        type="text"
        autoComplete="off"
        placeholder="vuoto"
        readOnly={column.readOnly}
        aria-readonly={column.readOnly || undefined}
        value={text}
        aria-invalid={allMessages.length > 0 ? true : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        title={allMessages.length > 0 ? allMessages.join('\n') : (closedNote ?? undefined)}
        onFocus={(e) => {
          setFocused(true);
          justFocused.current = true;
          e.currentTarget.select(); // typing replaces the content, as in a spreadsheet; F2 edits it
        }}
        onMouseUp={(e) => {
          if (justFocused.current) e.preventDefault(); // keep the selection made on focus
          justFocused.current = false;
        }}
        onBlur={() => {
          setFocused(false);
          setPasteRefused(false);
          if (overwrite.confirmed(text)) commit();
          else restore();
          onLive?.(null);
        }}
        onChange={(e) => {
          setText(e.target.value);
          justFocused.current = false;
          const live = column.parse(e.target.value, indicator);
          onLive?.(live.ok ? live.value : null);
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      {hint && (
        <div id={`${id}-hint`} role={pasteRefused ? 'alert' : undefined} className={`cell-hint ${(current?.ok || closedNote || proposal) && !pasteRefused ? '' : 'cell-hint-error'}${warnings.length > 0 || proposal ? ' cell-hint-warning' : ''}`}>
          {hint}
        </div>
      )}
    </div>
  );
}
