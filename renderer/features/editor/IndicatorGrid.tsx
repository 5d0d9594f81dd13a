/**
 * The card's indicator table: inline editing with spreadsheet keys (Enter/↓/↑ along a column, Esc, F2, Alt+V to
 * the values), one value column per monitoring date (closed ones read-only), live performance at each date, a block paste over the typed cells, the weight total, add/remove/reorder with
 * buttons and keys (Alt+↑/↓ move, Alt+Ins add, Alt+Canc remove), and "Incolla righe…" to add indicators.
 */
import { Fragment, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { Card, Catalogues, Indicator, IsoDate, PlanSettings } from '../../../shared/model';
import { scoreIndicator, scoringContextAt, type CardScore } from '../../../shared/scoring';
import { countOf } from '../../../shared/italianText';
import type { Finding } from '../../../shared/validation';
import { formatDate } from '../../../shared/values';
import { blankIndicator, horizonYears } from '../../../shared/planDefaults';
import type { PasteRow } from './blockPaste';
import { useBlockPaste } from './BlockPasteDialog';
import { equalWeights, insertIndicators, moveIndicator, removeIndicator, updateIndicator } from './cardEdits';
import { cardGridColumns, fillColumnNames, type CellEdit } from './cellColumns';
import { indicatorFindings } from './fieldKeys';
import { useValuesShortcut } from './gridKeys';
import { IndicatorDetail } from './IndicatorDetail';
import { IndicatorRow } from './IndicatorRow';
import { PasteDialog } from './PasteDialog';
import type { EditNote } from '../../store/types';
import { describeWeightTotal } from './weightTotal';
import './grid.css';

export interface IndicatorGridProps {
  card: Card;
  /** The card with what is being typed applied (the score and the weight total follow it). */
  liveCard: Card;
  score: CardScore;
  settings: PlanSettings;
  catalogues: Catalogues;
  findings: Finding[];
  onEdit(recipe: (card: Card) => Card, label: string, note?: EditNote): void;
  /** What is being typed in a cell of row `index` (null = nothing readable): the score follows it. */
  onLive(index: number, edit: CellEdit | null): void;
  /** Closed monitoring dates: their value columns are read-only. */
  closed: ReadonlySet<IsoDate>;
  /** "Rettifica…" of the value of indicator `index` at a closed date. */
  onAmend(index: number, date: IsoDate): void;
}

/** Focuses the same column of another row once React has rendered the move. */
function refocus(row: number, column: string | null) {
  requestAnimationFrame(() => {
    const selector = column ? `tr[data-row="${row}"] [name="${column}"]` : `tr[data-row="${row}"] :is(input, select, textarea)`;
    document.querySelector<HTMLElement>(selector)?.focus();
  });
}

export function IndicatorGrid({ card, liveCard, score, settings, catalogues, findings, onEdit, onLive, closed, onAmend }: IndicatorGridProps) {
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const [pasteText, setPasteText] = useState<string | null>(null);
  const table = useRef<HTMLTableElement | null>(null);
  const columns = useMemo(() => cardGridColumns(settings, closed), [settings, closed]);
  /** Per indicator, its performance at each value column's date (what is being typed included). */
  const dateScores = useMemo(
    () => liveCard.indicators.map((indicator) => columns.values.map((column) => ({ column, score: scoreIndicator(indicator, scoringContextAt(settings, column.date ?? settings.monitoringDate)) }))),
    [liveCard, columns, settings],
  );
  const count = card.indicators.length;
  const pasteRows = useMemo<PasteRow[]>(
    () => card.indicators.map((indicator, index) => ({ cardId: card.id, index, indicator, label: `indicatore ${index + 1}` })),
    [card],
  );
  const blockPaste = useBlockPaste(pasteRows, columns.all);
  const fillNames = useMemo(() => fillColumnNames(settings, closed), [settings, closed]);
  useValuesShortcut(table, fillNames);
  const equal = equalWeights(card).indicators[0]?.weight ?? 0;
  const total = describeWeightTotal(liveCard.indicators.map((i) => i.weight), equal);

  const move = (from: number, to: number, column: string | null = null) => {
    if (to < 0 || to >= count) return;
    onEdit((c) => moveIndicator(c, from, to), `spostamento dell’indicatore ${from + 1}`);
    refocus(to, column);
  };
  const remove = (index: number) => {
    onEdit((c) => removeIndicator(c, index), `eliminazione dell’indicatore ${index + 1}`);
    setExpanded(new Set());
  };
  const add = (after?: number) => {
    onEdit((c) => insertIndicators(c, [blankIndicator(horizonYears(settings))], after), 'nuovo indicatore');
    refocus(after === undefined ? count : after + 1, 'name');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (!event.altKey) return;
    const row = (event.target as HTMLElement).closest('tr[data-row]');
    if (!row) return;
    const index = Number(row.getAttribute('data-row'));
    const column = (event.target as HTMLElement).getAttribute('name');
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      (event.target as HTMLElement).blur();
      move(index, event.key === 'ArrowUp' ? index - 1 : index + 1, column);
    } else if (event.key === 'Insert') {
      event.preventDefault();
      add(index);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      remove(index);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!text.includes('\t')) return; // a single value goes into the focused cell as usual
    event.preventDefault();
    setPasteText(text);
  };

  const columnCount = 8 + columns.values.length + columns.targets.length;
  return (
    <section className="indicator-section" aria-label="Indicatori" onPaste={onPaste}>
      <div className="section-head">
        <h2>Indicatori</h2>
        <div className="section-actions">
          <span className="hint">
            Alt+V/Alt+N valori vuoti · Invio/↓ scende · Esc ripristina · F2 modifica · Alt+↑/↓ sposta · Alt+Ins aggiunge · Alt+Canc elimina
          </span>
          <button type="button" className="button secondary" onClick={() => setPasteText('')}>
            Incolla righe…
          </button>
          <button type="button" className="button" onClick={() => add()}>
            + Aggiungi indicatore
          </button>
        </div>
      </div>
      <div className="grid-scroll">
        <table ref={table} className="data-table indicator-grid" data-grid="">
          <thead>
            <tr>
              <th className="col-n">#</th>
              <th className="col-name">Indicatore</th>
              <th className="col-tip">Tipologia</th>
              <th className="col-udm">UdM</th>
              {columns.values.map((column) => (
                <th key={column.key} className="col-val" title={column.readOnly ? `${column.title}: monitoraggio chiuso, valori di sola lettura` : column.title}>
                  {formatDate(column.date ?? '')}
                  {column.readOnly && <span className="col-closed">chiuso</span>}
                </th>
              ))}
              <th className="col-op">Op.</th>
              {columns.targets.map((column) => (
                <th key={column.key} className="col-target">
                  {column.title}
                </th>
              ))}
              <th className="col-weight">Peso (quota)</th>
              <th className="col-perf">Perf.</th>
              <th className="col-actions">
                <span className="visually-hidden">Azioni</span>
              </th>
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {card.indicators.map((indicator, index) => {
              const rowFindings = indicatorFindings(findings, index);
              const isOpen = expanded.has(index);
              const change = (recipe: (ind: Indicator) => Indicator, label: string) => onEdit((c) => updateIndicator(c, index, recipe), label);
              return (
                <Fragment key={index}>
                  <IndicatorRow
                    cardId={card.id}
                    index={index}
                    count={count}
                    indicator={indicator}
                    scores={dateScores[index] ?? []}
                    share={score.shares[index]}
                    columns={columns}
                    catalogues={catalogues}
                    findings={rowFindings}
                    expanded={isOpen}
                    onChange={change}
                    onLive={(edit) => onLive(index, edit)}
                    onBlockPaste={(column, text) => blockPaste.paste(index, column, text)}
                    onMove={(to) => move(index, to)}
                    onRemove={() => remove(index)}
                    onAmend={(date) => onAmend(index, date)}
                    onToggle={() =>
                      setExpanded((prev) => {
                        const next = new Set(prev);
                        if (next.has(index)) next.delete(index);
                        else next.add(index);
                        return next;
                      })
                    }
                  />
                  {isOpen && (
                    <tr className="detail-row">
                      <td colSpan={columnCount}>
                        <IndicatorDetail cardId={card.id} index={index} indicator={indicator} findings={rowFindings} onChange={change} onLive={(edit) => onLive(index, edit)} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
          {count > 0 && (
            <tfoot>
              <tr className="weight-total">
                <td colSpan={5 + columns.values.length + columns.targets.length} className="weight-total-note" data-testid="weight-total-note">
                  {total.note}
                </td>
                <td className="col-weight">
                  <strong data-testid="weight-total">Totale {total.sum}</strong>
                </td>
                <td colSpan={2} className="weight-total-action">
                  <button
                    type="button"
                    className="link-button"
                    disabled={!total.canEqualise}
                    title={`Ogni indicatore riceve lo stesso peso (${countOf(count, 'indicatore', 'indicatori')})`}
                    onClick={() => onEdit(equalWeights, 'pesi in parti uguali')}
                  >
                    Pesi in parti uguali
                  </button>
                </td>
              </tr>
            </tfoot>
          )}
        </table>
        {count === 0 && <p className="empty-note">Nessun indicatore: aggiungerne uno o incollare righe da Excel o Word.</p>}
      </div>
      {blockPaste.dialog}
      {pasteText !== null && (
        <PasteDialog
          initialText={pasteText}
          settings={settings}
          onClose={() => setPasteText(null)}
          onAdd={(indicators) => {
            onEdit((c) => insertIndicators(c, indicators), `incolla ${countOf(indicators.length, 'indicatore', 'indicatori')}`, { kind: 'paste' });
            setPasteText(null);
          }}
        />
      )}
    </section>
  );
}
