/**
 * Search box and filter drop-downs of the card list (ambito, missione, area, performance status).
 */
import type { Catalogues } from '../../../shared/model';
import type { ListFilters } from '../../store/listSelectors';
import { STATUS_LABELS } from './statusLabels';

export interface CardFiltersProps {
  filters: ListFilters;
  catalogues: Catalogues;
  areas: string[];
  onChange(patch: Partial<ListFilters>): void;
  searchRef?: React.Ref<HTMLInputElement>;
}

export function CardFilters({ filters, catalogues, areas, onChange, searchRef }: CardFiltersProps) {
  const active = Object.values(filters).some(Boolean);
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
        {catalogues.missioni.map((m) => (
          <option key={m.code} value={m.code}>
            {m.code} – {m.name}
          </option>
        ))}
      </select>
      <select aria-label="Filtra per area" value={filters.area} onChange={(e) => onChange({ area: e.target.value })}>
        <option value="">Tutte le aree</option>
        {areas.map((a) => (
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
      {active && (
        <button
          type="button"
          className="link-button"
          onClick={() => onChange({ query: '', ambito: '', missione: '', area: '', status: '' })}
        >
          Azzera filtri
        </button>
      )}
    </div>
  );
}
