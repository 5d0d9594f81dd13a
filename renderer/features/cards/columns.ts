/**
 * The card list's columns and the sort orders offered by "Ordina per" (the keyboard's way to sort).
 */
import type { SortKey, SortSpec } from '../../store/listSelectors';

export const COLUMNS: { key: SortKey; label: string; className: string }[] = [
  { key: 'code', label: 'Codice', className: 'col-code' },
  { key: 'title', label: 'Obiettivo', className: 'col-title' },
  { key: 'ambito', label: 'Ambito', className: 'col-ambito' },
  { key: 'missione', label: 'Programma', className: 'col-missione' },
  { key: 'area', label: 'Area', className: 'col-area' },
  { key: 'resources', label: 'Risorse', className: 'col-num' },
  { key: 'performance', label: 'Performance', className: 'col-num col-perf' },
];

/** `key:direction` values of the sort drop-down, plan order first. */
export const SORT_OPTIONS: { value: string; label: string }[] = [
  { value: 'position:asc', label: 'Ordine del piano' },
  ...COLUMNS.flatMap((col) => [
    { value: `${col.key}:asc`, label: `${col.label} (crescente)` },
    { value: `${col.key}:desc`, label: `${col.label} (decrescente)` },
  ]),
];

export function sortValue(sort: SortSpec): string {
  return `${sort.key}:${sort.direction}`;
}

export function parseSortValue(value: string): SortSpec {
  const [key, direction] = value.split(':');
  const known = COLUMNS.some((c) => c.key === key) ? (key as SortKey) : 'position';
  return { key: known, direction: direction === 'desc' ? 'desc' : 'asc' };
}
