/**
 * "Date di monitoraggio" in Impostazioni: the plan's dates with their values and state, a date added, an empty one
 * removed (one with values only after saying how many values go with it, as one undo step), "Chiudi il
 * monitoraggio al …" (with confirmation): the date's values become read-only and its scores are kept as they are, and
 * "Riapri il monitoraggio al …" with a reason; both are entries of the change log. The counts are the list's; the
 * cards are read from the file only to remove a date with values.
 */
import { useState } from 'react';
import { formatDate, formatDateTime, parseDate } from '../../../shared/dates';
import type { Card, IsoDate, PlanSettings } from '../../../shared/model';
import { closureOf, monitoringDatesOf, sortedDates, valuesLabel } from '../../../shared/monitoringDates';
import { formatPerformance } from '../../../shared/values';
import { api } from '../../api';
import { ParsedField } from '../../components/ParsedField';
import { usePira, usePiraStore } from '../../store/StoreContext';
import { withMeasurement } from '../editor/cardEdits';
import { ReopenDialog } from '../monitoring/ReopenDialog';
import { SeasonOffer } from '../monitoring/SeasonPicker';
import { usePlanTally } from '../monitoring/useScoringDate';
import '../monitoring/dates.css';

/** The cards without their values at `date` (only those that had some). */
function withoutValuesAt(cards: readonly Card[], date: IsoDate): Card[] {
  return cards
    .filter((card) => card.indicators.some((i) => i.measurements.some((m) => m.date === date)))
    .map((card) => ({ ...card, indicators: card.indicators.map((i) => withMeasurement(i, date, { kind: 'missing', mark: '' })) }));
}

export function MonitoringDatesEditor() {
  const store = usePiraStore();
  const plan = usePira((s) => s.plan);
  const tally = usePlanTally();
  const updateSettings = usePira((s) => s.updateSettings);
  const updateMany = usePira((s) => s.updateMany);
  const flush = usePira((s) => s.flush);
  const reloadDocument = usePira((s) => s.reloadDocument);
  const [message, setMessage] = useState<string | null>(null);
  const [reopening, setReopening] = useState<IsoDate | null>(null);
  if (!plan) return null;
  const { settings } = plan;
  const dates = monitoringDatesOf(settings);
  const counts = tally.byDate;
  const withDates = (list: IsoDate[]): PlanSettings => ({ ...settings, monitoringDates: sortedDates(list) });

  const remove = async (date: IsoDate) => {
    const count = counts.get(date) ?? 0;
    const next = withDates(dates.filter((d) => d !== date));
    if (count === 0) return updateSettings(next, `impostazioni – data di monitoraggio ${formatDate(date)} tolta`);
    const question = `La data ${formatDate(date)} ha ${valuesLabel(count)}: toglierla dall’elenco cancella anche i valori a questa data. Si annulla con Ctrl+Z. Continuare?`;
    if (!window.confirm(question)) return;
    setMessage(null);
    await store.getState().loadWholePlan(); // the values to remove are in cards the list does not hold
    const whole = store.getState().doc;
    if (!whole) return setMessage(`Impossibile leggere le schede del piano: ${store.getState().wholePlanError ?? 'riprovare'}.`);
    updateMany({ cards: withoutValuesAt(whole.cards, date), settings: next }, `data di monitoraggio ${formatDate(date)} tolta con i suoi valori`);
  };

  const close = async (date: IsoDate) => {
    const count = counts.get(date) ?? 0;
    const question =
      `Chiudere il monitoraggio al ${formatDate(date)}?\n\n` +
      `I ${valuesLabel(count)} a questa data diventano di sola lettura e le performance di oggi restano registrate nel piano ` +
      '(«valori chiusi»). Una correzione successiva sarà una rettifica, con il motivo, visibile nella scheda e nella stampa; ' +
      'la data si potrà anche riaprire, indicando il motivo. La chiusura resta nello storico delle modifiche.';
    if (!window.confirm(question)) return;
    setMessage(null);
    try {
      await flush();
      await api.closeMonitoringDate({ planId: plan.id, date });
      await reloadDocument();
      setMessage(`Monitoraggio al ${formatDate(date)} chiuso.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="monitoring-dates-editor" aria-labelledby="monitoring-dates-title">
      <h2 id="monitoring-dates-title">Date di monitoraggio</h2>
      <table className="data-table compact">
        <thead>
          <tr>
            <th>Data</th>
            <th>Valori</th>
            <th>Stato</th>
            <th>
              <span className="visually-hidden">Azioni</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {dates.map((date) => {
            const closure = closureOf(plan, date);
            const shown = formatDate(date);
            const current = date === settings.monitoringDate;
            return (
              <tr key={date} data-monitoring-date={date}>
                <td>
                  {shown}
                  {current && <span className="hint"> · in corso</span>}
                </td>
                <td>{valuesLabel(counts.get(date) ?? 0)}</td>
                <td>
                  {closure
                    ? `Chiuso il ${formatDateTime(closure.closedAt)} da ${closure.closedBy} (ente: ${formatPerformance(closure.snapshot.performance)})`
                    : 'Aperto'}
                </td>
                <td>
                  {closure && (
                    <button type="button" className="link-button" onClick={() => setReopening(date)}>
                      Riapri il monitoraggio al {shown}…
                    </button>
                  )}
                  {!closure && (
                    <div className="date-actions">
                      <button type="button" className="button secondary" onClick={() => void close(date)}>
                        Chiudi il monitoraggio al {shown}
                      </button>
                      <button
                        type="button"
                        className="link-button"
                        disabled={current}
                        title={current ? 'È la data di monitoraggio in corso: sceglierne un’altra prima di toglierla' : undefined}
                        onClick={() => void remove(date)}
                      >
                        Togli la data {shown}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ParsedField
        label="Aggiungi una data di monitoraggio"
        className="w-small"
        placeholder="gg/mm/aaaa"
        formatted=""
        draftKey="settings:newMonitoringDate"
        parse={(text) => {
          const parsed = parseDate(text);
          if (!parsed.ok) return parsed;
          return dates.includes(parsed.value) ? { ok: false, error: `il ${formatDate(parsed.value)} è già una data di monitoraggio del piano` } : parsed;
        }}
        onCommit={(date) => updateSettings(withDates([...dates, date]), `impostazioni – data di monitoraggio ${formatDate(date)} aggiunta`)}
      />
      {message && (
        <p className="hint" role="status">
          {message}
        </p>
      )}
      <SeasonOffer />
      {reopening && (
        <ReopenDialog
          planId={plan.id}
          date={reopening}
          onClose={(done) => {
            setReopening(null);
            if (done) setMessage(done);
          }}
        />
      )}
    </section>
  );
}
