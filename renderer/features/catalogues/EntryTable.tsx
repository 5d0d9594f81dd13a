/**
 * An editable table of catalogue entries (one text field per column, add and remove rows).
 * Why: missioni, programmi, obiettivi, aree, uffici, tipologie and unità all share this shape.
 */
import { TextField } from '../../components/TextField';

export interface EntryColumn<T> {
  label: string;
  get(entry: T): string;
  set(entry: T, text: string): T;
  className?: string;
}

export interface EntryTableProps<T> {
  title: string;
  /** Singular noun used in the accessible labels: "Codice – missione 2". */
  noun: string;
  entries: T[];
  columns: EntryColumn<T>[];
  blank: T;
  onChange(entries: T[], label: string): void;
}

export function EntryTable<T>({ title, noun, entries, columns, blank, onChange }: EntryTableProps<T>) {
  return (
    <section className="entry-table">
      <h3>{title}</h3>
      <table className="data-table compact">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} className={c.className}>
                {c.label}
              </th>
            ))}
            <th className="col-actions">
              <span className="visually-hidden">Azioni</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.label} className={c.className}>
                  <TextField
                    label={`${c.label} – ${noun} ${i + 1}`}
                    hideLabel
                    value={c.get(entry)}
                    onCommit={(text) => onChange(entries.map((e, j) => (j === i ? c.set(e, text) : e)), `${title}: ${c.label.toLowerCase()}`)}
                  />
                </td>
              ))}
              <td className="col-actions">
                <button
                  type="button"
                  className="icon-button danger"
                  aria-label={`Elimina – ${noun} ${i + 1}`}
                  onClick={() => onChange(entries.filter((_, j) => j !== i), `${title}: eliminazione`)}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button secondary small" onClick={() => onChange([...entries, blank], `${title}: nuova voce`)}>
        + Aggiungi {noun}
      </button>
    </section>
  );
}
