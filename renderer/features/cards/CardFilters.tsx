/**
 * Filter drop-downs of the card list (ambito, missione, area, performance status) and the sort order, in the side
 * panel: after the rows in the Tab order, so that the first card is a few keys away from the top bar. The filters
 * set from the dashboard (programma, obiettivo strategico, ufficio, indicator status) show as removable chips.
 */
import { useId } from 'react';
import type { Catalogues } from '../../../shared/model';
import { distinctNames, filterKey, UNCLASSIFIED_FILTER, UNCLASSIFIED_LABEL } from '../../../shared/rollups';
import { FullTextSelect } from '../../components/FullText';
import { NO_FILTERS, type ListFilters, type SortSpec } from '../../store/listSelectors';
import { parseSortValue, SORT_OPTIONS, sortValue } from './columns';
import { DashboardFilterChips } from './DashboardFilterChips';
import { STATUS_LABELS } from './statusLabels';

export interface CardFiltersProps {
  filters: ListFilters;
  catalogues: Catalogues;
  areas: string[];
  onChange(patch: Partial<ListFilters>): void;
  sort: SortSpec;
  onSort(sort: SortSpec): void;
}

/** The option of "cards with no value here", present only while that filter is on (set from the dashboard). */
function UnclassifiedOption({ value }: { value: string }) {
  return value === UNCLASSIFIED_FILTER ? <option value={UNCLASSIFIED_FILTER}>{UNCLASSIFIED_LABEL}</option> : null;
}

/** What a drop-down shows, for its whole text on hover and focus (the side panel is narrow). */
function shownText(value: string, found: string | undefined, all: string): string {
  if (value === UNCLASSIFIED_FILTER) return UNCLASSIFIED_LABEL;
  return found ?? (value || all);
}

export function CardFilters({ filters, catalogues, areas, onChange, sort, onSort }: CardFiltersProps) {
  const headingId = useId();
  const active = Object.values(filters).some(Boolean);
  const ambito = catalogues.ambiti.find((a) => a.code === filters.ambito);
  const line = catalogues.ambiti.flatMap((a) => a.lines).find((l) => l.code === filters.ambito);
  const ambitoText = shownText(filters.ambito, ambito ? `${ambito.code} – ${ambito.name} (tutte le linee)` : line && `${line.code} – ${line.name}`, 'Tutti gli ambiti');
  const missione = catalogues.missioni.find((m) => m.code === filters.missione);
  const status = STATUS_LABELS[filters.status as keyof typeof STATUS_LABELS];
  const sortText = SORT_OPTIONS.find((o) => o.value === sortValue(sort))?.label ?? '';
  // one option per area whatever its spelling on the cards; the filter may hold any spelling of it
  const areaOptions = distinctNames(areas, catalogues.aree);
  const areaValue = areaOptions.find((a) => filterKey('area', a) === filterKey('area', filters.area)) ?? filters.area;
  if (areaValue !== '' && areaValue !== UNCLASSIFIED_FILTER && !areaOptions.includes(areaValue)) areaOptions.push(areaValue);
  return (
    <section className="side-box filters" aria-labelledby={headingId}>
      <h2 id={headingId}>Filtri e ordine</h2>
      <FullTextSelect fullText={ambitoText} aria-label="Filtra per ambito" value={filters.ambito} onChange={(e) => onChange({ ambito: e.target.value })}>
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
      </FullTextSelect>
      <FullTextSelect fullText={shownText(filters.missione, missione && `${missione.code} – ${missione.name}`, 'Tutte le missioni')} aria-label="Filtra per missione" value={filters.missione} onChange={(e) => onChange({ missione: e.target.value })}>
        <option value="">Tutte le missioni</option>
        <UnclassifiedOption value={filters.missione} />
        {catalogues.missioni.map((m) => (
          <option key={m.code} value={m.code}>
            {m.code} – {m.name}
          </option>
        ))}
      </FullTextSelect>
      <FullTextSelect fullText={shownText(areaValue, undefined, 'Tutte le aree')} aria-label="Filtra per area" value={areaValue} onChange={(e) => onChange({ area: e.target.value })}>
        <option value="">Tutte le aree</option>
        <UnclassifiedOption value={filters.area} />
        {areaOptions.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </FullTextSelect>
      <FullTextSelect fullText={status ?? 'Tutti gli stati'} aria-label="Filtra per stato" value={filters.status} onChange={(e) => onChange({ status: e.target.value })}>
        <option value="">Tutti gli stati</option>
        {Object.entries(STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </FullTextSelect>
      <FullTextSelect fullText={`Ordina: ${sortText}`} aria-label="Ordina per" value={sortValue(sort)} onChange={(e) => onSort(parseSortValue(e.target.value))}>
        {SORT_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            Ordina: {o.label}
          </option>
        ))}
      </FullTextSelect>
      <DashboardFilterChips filters={filters} catalogues={catalogues} onChange={onChange} />
      {active && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          Azzera filtri
        </button>
      )}
    </section>
  );
}
