/**
 * The card's indicator table: inline editing, live performance, add/remove/reorder with buttons and keys
 * (Alt+↑/↓ move, Alt+Ins add, Alt+Canc remove), and paste of rows copied from Excel or Word.
 */
import { Fragment, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { Card, Catalogues, Indicator, PlanSettings } from '../../../shared/model';
import type { CardScore } from '../../../shared/scoring';
import type { Finding } from '../../../shared/validation';
import { formatDate } from '../../../shared/values';
import { blankIndicator, horizonYears } from '../../../shared/planDefaults';
import { insertIndicators, moveIndicator, removeIndicator, updateIndicator } from './cardEdits';
import { indicatorFindings } from './fieldKeys';
import { IndicatorDetail } from './IndicatorDetail';
import { IndicatorRow } from './IndicatorRow';
import { PasteDialog } from './PasteDialog';
import { formatNumber } from '../../../shared/values';

export interface IndicatorGridProps {
  card: Card;
  score: CardScore;
  settings: PlanSettings;
  catalogues: Catalogues;
  findings: Finding[];
  onEdit(recipe: (card: Card) => Card, label: string): void;
}

/** Focuses the same column of another row once React has rendered the move. */
function refocus(row: number, column: string | null) {
  requestAnimationFrame(() => {
    const selector = column ? `tr[data-row="${row}"] [name="${column}"]` : `tr[data-row="${row}"] input, tr[data-row="${row}"] select`;
    document.querySelector<HTMLElement>(selector)?.focus();
  });
}

export function IndicatorGrid({ card, score, settings, catalogues, findings, onEdit }: IndicatorGridProps) {
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const [pasteText, setPasteText] = useState<string | null>(null);
  const years = horizonYears(settings);
  const count = card.indicators.length;

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
    onEdit((c) => insertIndicators(c, [blankIndicator(years)], after), 'nuovo indicatore');
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

  const columns = 9 + years.length;
  return (
    <section className="indicator-section" aria-label="Indicatori" onPaste={onPaste}>
      <div className="section-head">
        <h2>Indicatori</h2>
        <div className="section-actions">
          <span className="hint">Alt+↑/↓ sposta · Alt+Ins aggiunge · Alt+Canc elimina · incolla righe da Excel/Word</span>
          <button type="button" className="button secondary" onClick={() => setPasteText('')}>
            Incolla righe…
          </button>
          <button type="button" className="button" onClick={() => add()}>
            + Aggiungi indicatore
          </button>
        </div>
      </div>
      <div className="grid-scroll">
        <table className="data-table indicator-grid">
          <thead>
            <tr>
              <th className="col-n">#</th>
              <th className="col-name">Indicatore</th>
              <th className="col-tip">Tipologia</th>
              <th className="col-udm">UdM</th>
              <th className="col-val">{formatDate(settings.monitoringDate)}</th>
              <th className="col-op">Op.</th>
              {years.map((y) => (
                <th key={y} className="col-target">
                  Target {y}
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
              const change = (recipe: (ind: Indicator) => Indicator, label: string) =>
                onEdit((c) => updateIndicator(c, index, recipe), label);
              return (
                <Fragment key={index}>
                  <IndicatorRow
                    cardId={card.id}
                    index={index}
                    count={count}
                    indicator={indicator}
                    score={score.indicators[index]}
                    share={score.shares[index]}
                    years={years}
                    monitoringDate={settings.monitoringDate}
                    catalogues={catalogues}
                    findings={rowFindings}
                    expanded={isOpen}
                    onChange={change}
                    onMove={(to) => move(index, to)}
                    onRemove={() => remove(index)}
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
                      <td colSpan={columns}>
                        <IndicatorDetail cardId={card.id} index={index} indicator={indicator} findings={rowFindings} onChange={change} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
        {count === 0 && <p className="empty-note">Nessun indicatore: aggiungerne uno o incollare righe da Excel o Word.</p>}
      </div>
      {pasteText !== null && (
        <PasteDialog
          initialText={pasteText}
          settings={settings}
          onClose={() => setPasteText(null)}
          onAdd={(indicators) => {
            onEdit((c) => insertIndicators(c, indicators), `incolla ${formatNumber(indicators.length, 0)} indicatori`);
            setPasteText(null);
          }}
        />
      )}
    </section>
  );
}
