/**
 * The season on screen: which open date is being filled ("Rilevazione in corso"), chosen in the toolbar and in the
 * monitoring view, and the one-click offer to move on when it is closed or full ("Passa la rilevazione al …").
 * Why: the date being filled is plan state (settings.monitoringDate) that Alt+V, the data collection and the
 * imported "Valore rilevato" follow; it used to be visible only in Impostazioni, and values went to the wrong date.
 */
import { useId, useMemo } from 'react';
import { formatDate } from '../../../shared/dates';
import type { IsoDate } from '../../../shared/model';
import { closedDates, monitoringDatesOf, valuesLabel } from '../../../shared/monitoringDates';
import { nextSeasonDateOf, seasonChoices, seasonStateOf } from '../../../shared/monitoringSeason';
import { statusOf } from '../../../shared/planStatus';
import { formatNumber } from '../../../shared/values';
import { usePira } from '../../store/StoreContext';
import { usePlanTally } from './useScoringDate';
import './season.css';

/**
 * The season of the open plan, the date to move on to (or null) and the move itself (one settings edit, one undo step);
 * counted on the list's rows, so the toolbar says it before any whole card is loaded.
 */
export function useSeason() {
  const plan = usePira((s) => s.plan);
  const tally = usePlanTally();
  const updateSettings = usePira((s) => s.updateSettings);
  const readOnly = usePira((s) => Boolean(s.session?.readOnly));
  const state = useMemo(() => (plan ? seasonStateOf(plan, tally) : null), [plan, tally]);
  const next = useMemo(() => (plan ? nextSeasonDateOf(plan, tally) : null), [plan, tally]);
  const choices = useMemo(() => (plan ? seasonChoices(plan) : []), [plan]);
  const closed = useMemo(() => (plan ? closedDates(plan) : new Set<IsoDate>()), [plan]);
  const locked = readOnly || (plan ? statusOf(plan).stage === 'chiuso' : true);
  const choose = (date: IsoDate) => {
    if (!plan || locked || date === plan.settings.monitoringDate || closed.has(date)) return;
    const monitoringDates = monitoringDatesOf(plan.settings);
    updateSettings({ ...plan.settings, monitoringDates, monitoringDate: date }, `rilevazione in corso: ${formatDate(date)}`);
  };
  return { state, next, choices, closed, locked, choose };
}

/** "Rilevazione in corso [31/12/2024 ▾]": the toolbar's (`place="toolbar"`) and the monitoring view's chooser. */
export function SeasonPicker({ place }: { place: 'toolbar' | 'view' }) {
  const id = useId();
  const { state, choices, closed, locked, choose } = useSeason();
  if (!state) return null;
  const label = place === 'toolbar' ? 'Rilevazione in corso' : 'Valori da inserire al';
  const status = state.closed ? 'chiusa' : state.full ? 'completa' : `${valuesLabel(state.missing)} da inserire`;
  const title = state.closed
    ? `Il monitoraggio al ${formatDate(state.date)} è chiuso: scegliere la data aperta da compilare`
    : `La data dei valori da inserire: Alt+V, la raccolta dati e il «Valore rilevato» importato valgono per lei (${status})`;
  return (
    <div className={`season-picker season-${place}${state.closed || state.full ? ' season-done' : ''}`}>
      <label htmlFor={id}>{place === 'toolbar' ? 'Rilevazione' : label}</label>
      <select id={id} aria-label={label} value={state.date} disabled={locked} title={title} onChange={(e) => choose(e.target.value)}>
        {choices.map((date) => (
          <option key={date} value={date} disabled={closed.has(date)}>
            {formatDate(date)}
            {closed.has(date) ? ' (chiusa)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "Tutti i 123 valori al 30/06/2024 sono inseriti: [Passa la rilevazione al 31/12/2024]", or why nothing is offered. */
export function SeasonOffer() {
  const { state, next, locked, choose } = useSeason();
  if (!state || (!state.closed && !state.full)) return null;
  const shown = formatDate(state.date);
  const full = state.total === 1 ? `L’unico valore al ${shown} è inserito` : `Tutti i ${formatNumber(state.total, 0)} valori al ${shown} sono inseriti`;
  const why = state.closed ? `Il monitoraggio al ${shown} è chiuso` : full;
  return (
    <p className="banner season-offer" data-testid="season-offer">
      {next ? (
        <>
          {why}: i prossimi valori vanno al {formatDate(next)}.{' '}
          <button type="button" className="button" disabled={locked} onClick={() => choose(next)}>
            Passa la rilevazione al {formatDate(next)}
          </button>
        </>
      ) : (
        `${why} e nessuna data aperta ha valori da inserire: per una nuova rilevazione aggiungere una data in Impostazioni › Date di monitoraggio.`
      )}
    </p>
  );
}
