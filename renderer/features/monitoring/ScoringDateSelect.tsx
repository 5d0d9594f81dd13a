/**
 * "Valori al [31/12/2024 · 5 valori ▾]": the date a view scores at, chosen and said where the figures are
 * (card list, dashboard, card, print preview). Default: the latest date with the most values, marked «predefinita».
 */
import { useId } from 'react';
import type { IsoDate } from '../../../shared/model';
import type { DateOption } from './useScoringDate';
import './dates.css';

export interface ScoringDateSelectProps {
  date: IsoDate;
  options: DateOption[];
  onChoose(date: IsoDate): void;
}

export function ScoringDateSelect({ date, options, onChoose }: ScoringDateSelectProps) {
  const id = useId();
  return (
    <div className="scoring-date">
      <label htmlFor={id}>Valori al</label>
      <select id={id} value={date} onChange={(e) => onChoose(e.target.value)} title="Data di monitoraggio a cui sono calcolate le performance; se non se ne sceglie una, la «predefinita»: l’ultima data con più valori inseriti">
        {options.map((option) => (
          <option key={option.date} value={option.date}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
