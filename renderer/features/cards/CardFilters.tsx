/**
 * Search box and filter drop-downs of the card list (ambito, missione, area, performance status), and the
 * filters set from the dashboard (programma, obiettivo strategico, ufficio, indicator status) as removable chips.
 */
import type { Catalogues } from '../../../shared/model';
import { distinctNames, filterKey, UNCLASSIFIED_FILTER, UNCLASSIFIED_LABEL } from '../../../shared/rollups';
import { NO_FILTERS, type ListFilters } from '../../store/listSelectors';
import { DashboardFilterChips } from './DashboardFilterChips';
import { STATUS_LABELS } from './statusLabels';

export interface CardFiltersProps {
  filters: ListFilters;
  catalogues: Catalogues;
  areas: string[];
  onChange(patch: Partial<ListFilters>): void;
  searchRef?: React.Ref<HTMLInputElement>;
}

/** The option of "cards with no value here", present only while that filter is on (set from the dashboard). */
function UnclassifiedOption({ value }: { value: string }) {
  return value === UNCLASSIFIED_FILTER ? <option value={UNCLASSIFIED_FILTER}>{UNCLASSIFIED_LABEL}</option> : null;
}

export function CardFilters({ filters, catalogues, areas, onChange, searchRef }: CardFiltersProps) {
  const active = Object.values(filters).some(Boolean);
  // one option per area whatever its spelling on the cards; the filter may hold any spelling of it
  const areaOptions = distinctNames(areas, catalogues.aree);
  const areaValue = areaOptions.find((a) => filterKey('area', a) === filterKey('area', filters.area)) ?? filters.area;
  if (areaValue !== '' && areaValue !== UNCLASSIFIED_FILTER && !areaOptions.includes(areaValue)) areaOptions.push(areaValue);
  return (
    <div className="filters" role="search">
      <input
        ref={searchRef}
        type="search"
        className="search-box"
        aria-label="Cerca schede (codice, obiettivo, indicatori)"
        placeholder="Cerca per codice, obiettivo o indicatore…"
        value={filters.query}
        onChange={(e) => onChange({ query: e.target.value })}
      />
      <select aria-label="Filtra per ambito" value={filters.ambito} onChange={(e) => onChange({ ambito: e.target.value })}>
        <option value="">Tutti gli ambiti</option>
        <UnclassifiedOption value={filters.ambito} />
        {catalogues.ambiti.map((a) => (
          <optgroup key={a.code} label={`Ambito ${a.code}`}>
            <option value={a.code}>
              {a.code} – {a.name} (tutte le linee)
            </option>
            {a.lines.map((l) => (
              <option key={l.code} value={l.code}>
                {l.code} – {l.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <select aria-label="Filtra per missione" value={filters.missione} onChange={(e) => onChange({ missione: e.target.value })}>
        <option value="">Tutte le missioni</option>
        <UnclassifiedOption value={filters.missione} />
        {catalogues.missioni.map((m) => (
          <option key={m.code} value={m.code}>
            {m.code} – {m.name}
          </option>
        ))}
      </select>
      <select aria-label="Filtra per area" value={areaValue} onChange={(e) => onChange({ area: e.target.value })}>
        <option value="">Tutte le aree</option>
        <UnclassifiedOption value={filters.area} />
        {areaOptions.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </select>
      <select aria-label="Filtra per stato" value={filters.status} onChange={(e) => onChange({ status: e.target.value })}>
        <option value="">Tutti gli stati</option>
        {Object.entries(STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <DashboardFilterChips filters={filters} catalogues={catalogues} onChange={onChange} />
      {active && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          Azzera filtri
        </button>
      )}
    </div>
  );
}
