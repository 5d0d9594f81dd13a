/**
 * The list filters that have no drop-down (programma, obiettivo strategico, ufficio, indicators in a status), set
 * by a click on the dashboard, shown as chips that say what is filtered and remove it.
 * Why: a list reached from a dashboard bar must say why it shows those cards, and let the user widen it.
 */
import type { Catalogues } from '../../../shared/model';
import { UNCLASSIFIED_FILTER, UNCLASSIFIED_LABEL } from '../../../shared/rollups';
import type { PerformanceStatus } from '../../../shared/scoring';
import type { ListFilters } from '../../store/listSelectors';
import { STATUS_LABELS } from './statusLabels';

type ChipKey = 'programma' | 'obiettivoStrategico' | 'ufficio' | 'indicatorStatus';

const named = (code: string, name: string | undefined) => (name ? `${code} – ${name}` : code);

function chipText(key: ChipKey, value: string, catalogues: Catalogues): { what: string; value: string } {
  const shown = (text: string) => (value === UNCLASSIFIED_FILTER ? UNCLASSIFIED_LABEL : text);
  switch (key) {
    case 'programma':
      return { what: 'Programma', value: shown(named(value, catalogues.programmi.find((p) => p.code === value)?.name)) };
    case 'obiettivoStrategico':
      return { what: 'Obiettivo strategico', value: shown(named(value, catalogues.obiettiviStrategici.find((o) => o.code === value)?.name)) };
    case 'ufficio':
      return { what: 'Ufficio', value: shown(value) };
    case 'indicatorStatus':
      return { what: 'Con indicatori', value: STATUS_LABELS[value as PerformanceStatus] ?? value };
  }
}

const KEYS: ChipKey[] = ['programma', 'obiettivoStrategico', 'ufficio', 'indicatorStatus'];

export function DashboardFilterChips({
  filters,
  catalogues,
  onChange,
}: {
  filters: ListFilters;
  catalogues: Catalogues;
  onChange(patch: Partial<ListFilters>): void;
}) {
  const set = KEYS.filter((key) => filters[key] !== '');
  if (set.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label="Filtri dal cruscotto">
      {set.map((key) => {
        const text = chipText(key, filters[key], catalogues);
        return (
          <li key={key} className="filter-chip" title={`${text.what}: ${text.value}`}>
            <span className="filter-chip-text">
              {text.what}: {text.value}
            </span>
            <button type="button" className="filter-chip-remove" aria-label={`Togli il filtro ${text.what.toLowerCase()}`} onClick={() => onChange({ [key]: '' })}>
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
