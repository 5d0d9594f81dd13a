/**
 * The filters of the plan's history: period (dal/al, GG/MM/AAAA), user, card, kind of change, only variations.
 * Why apart: the dates are typed the Italian way and refused in words until they read as dates.
 */
import { useState } from 'react';
import { CHANGE_KINDS, isChangeKind } from '../../../shared/changeLog';
import { formatDate, parseDate } from '../../../shared/dates';
import type { LogFilter } from './useChangeLog';

interface HistoryFiltersProps {
  filter: LogFilter;
  users: string[];
  cardCodes: string[];
  onChange(filter: LogFilter): void;
}

function DateFilter({ id, label, value, onChange }: { id: string; label: string; value: string | undefined; onChange(iso: string | undefined): void }) {
  const [text, setText] = useState(value ? formatDate(value) : '');
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (text.trim() === '') {
      setError(null);
      onChange(undefined);
      return;
    }
    const parsed = parseDate(text);
    setError(parsed.ok ? null : parsed.error);
    if (parsed.ok) onChange(parsed.value);
  };
  return (
    <div className="field hist-filter-date">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        value={text}
        placeholder="gg/mm/aaaa"
        aria-invalid={error ? true : undefined}
        title={error ?? undefined}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {error && <p className="field-messages">{error}</p>}
    </div>
  );
}

export function HistoryFilters({ filter, users, cardCodes, onChange }: HistoryFiltersProps) {
  const set = (patch: Partial<LogFilter>) => onChange(Object.fromEntries(Object.entries({ ...filter, ...patch }).filter(([, v]) => v !== undefined && v !== false && v !== '')));
  return (
    <div className="hist-filters" role="group" aria-label="Filtri dello storico">
      <DateFilter id="hist-since" label="Dal" value={filter.since} onChange={(since) => set({ since })} />
      <DateFilter id="hist-until" label="Al" value={filter.until} onChange={(until) => set({ until })} />
      <div className="field">
        <label htmlFor="hist-user" className="field-label">Utente</label>
        <select id="hist-user" value={filter.user ?? ''} onChange={(e) => set({ user: e.currentTarget.value || undefined })}>
          <option value="">tutti</option>
          {users.map((u) => (
            <option key={u} value={u}>{u}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="hist-card" className="field-label">Scheda</label>
        <select id="hist-card" value={filter.card?.code ?? ''} onChange={(e) => set({ card: e.currentTarget.value ? { code: e.currentTarget.value } : undefined })}>
          <option value="">tutte</option>
          {cardCodes.map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="hist-kind" className="field-label">Tipo di modifica</label>
        <select id="hist-kind" value={filter.kind ?? ''} onChange={(e) => set({ kind: isChangeKind(e.currentTarget.value) ? e.currentTarget.value : undefined })}>
          <option value="">tutti</option>
          {Object.entries(CHANGE_KINDS).map(([kind, label]) => (
            <option key={kind} value={kind}>{label}</option>
          ))}
        </select>
      </div>
      <label className="checkbox hist-only-variations">
        <input type="checkbox" checked={filter.variationsOnly === true} onChange={(e) => set({ variationsOnly: e.currentTarget.checked })} /> Solo variazioni al piano
      </label>
    </div>
  );
}
