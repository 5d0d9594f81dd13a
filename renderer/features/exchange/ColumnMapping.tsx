/**
 * The mapping step of the import preview: every sheet of the workbooks, read or not, with each column's header, three
 * sample values and what it is read as. A select gives a column its meaning (every field of the canonical workbook,
 * «Valore al …» of each monitoring date or of a new one, «Target …», «Codice e titolo della scheda», «Ignora»); the
 * header row and the first data row can be moved; each change recomputes the preview at once. «Salva come modello…»
 * keeps the mapping in the plan file. Keyboard only: native selects and fields, nothing disabled under the focus.
 * Why: a colleague's workbook in any layout is read by saying once what its columns mean, without renaming headers.
 */
import { useEffect, useState } from 'react';
import type { ImportPreview, SheetColumns, SheetMappingRequest } from '../../../shared/api';
import type { FieldMeaning } from '../../../shared/exchange/columnLayout';
import { meaningId, meaningLabel, meaningOptions, parseNewDate, type MeaningOption } from '../../../shared/exchange/layoutFields';
import { SaveLayoutForm } from './SaveLayoutForm';

const UNREAD = '';
const OTHER_DATE = 'altra-data';

export interface ColumnMappingProps {
  preview: ImportPreview;
  onMap(mapping: SheetMappingRequest): void;
  /** Saves the sheet's layout under `name`; resolves to an Italian error, or null when saved. */
  onSave(fileIndex: number, sheet: string, name: string): Promise<string | null>;
}

function readWithText(sheet: SheetColumns): string {
  const { readWith } = sheet;
  if (!readWith) return `non letto: mancano ${sheet.missing.join(', ') || 'i campi necessari'}`;
  if (readWith.kind === 'saved') return `letto con il modello "${readWith.name}"`;
  return readWith.kind === 'mapped' ? 'letto con le colonne associate qui' : `letto come «${readWith.name}»`;
}

/** Indicator fields first: a colleague's sheet is mostly one row per indicator, and typing «Peso» must find its weight. */
const GROUPS: MeaningOption['group'][] = ['Indicatore (foglio Indicatori)', 'Scheda (foglio Obiettivi)', 'Valori e target', 'Altro'];

function MeaningSelect({ sheet, column, frame, onPick }: { sheet: SheetColumns; column: SheetColumns['columns'][number]; frame: ImportPreview['frame']; onPick(meaning: FieldMeaning | null | 'other-date'): void }) {
  const options = meaningOptions(frame.monitoringDates, frame.horizonYears, column.header);
  const current = column.meaning ? meaningId(column.meaning) : UNREAD;
  // What the user just picked, shown until the recomputed preview answers (a controlled select would jump back).
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => setPicked(null), [column.meaning]);
  if (column.meaning && !options.some((o) => o.id === current)) options.push({ id: current, label: meaningLabel(column.meaning), group: 'Valori e target', meaning: column.meaning });
  const name = column.header || '(senza intestazione)';
  return (
    <select
      aria-label={`Significato della colonna «${name}» (${column.letter}) del foglio «${sheet.sheet}»`}
      value={picked ?? current}
      onChange={(e) => {
        const id = e.currentTarget.value;
        setPicked(id);
        if (id === OTHER_DATE) onPick('other-date');
        else onPick(id === UNREAD ? null : (options.find((o) => o.id === id)?.meaning ?? null));
      }}
    >
      <option value={UNREAD}>— non riconosciuta —</option>
      {GROUPS.map((group) => (
        <optgroup key={group} label={group}>
          {options
            .filter((o) => o.group === group)
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          {group === 'Valori e target' && <option value={OTHER_DATE}>Valore a un’altra data…</option>}
        </optgroup>
      ))}
    </select>
  );
}

function RowField({ label, value, max, onCommit }: { label: string; value: number; max: number; onCommit(row: number): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const row = Number(draft);
    setDraft(null);
    if (Number.isInteger(row) && row >= 1 && row <= Math.max(1, max) && row !== value) onCommit(row);
  };
  return (
    <label className="mapping-row-field">
      {label}{' '}
      <input
        type="number"
        min={1}
        max={Math.max(1, max)}
        value={draft ?? String(value)}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
    </label>
  );
}

function SheetMapping({ sheet, preview, onMap, onSave }: { sheet: SheetColumns } & ColumnMappingProps) {
  const [otherDate, setOtherDate] = useState<{ index: number; text: string; error: string | null } | null>(null);
  const request = (patch: Partial<SheetMappingRequest>, changed?: { index: number; meaning: FieldMeaning | null }): SheetMappingRequest => ({
    fileIndex: sheet.fileIndex,
    sheet: sheet.sheet,
    headerRow: sheet.headerRow,
    firstDataRow: sheet.firstDataRow,
    columns: sheet.columns.flatMap((c) => {
      const meaning = changed && c.index === changed.index ? changed.meaning : c.meaning;
      return meaning ? [{ index: c.index, meaning }] : [];
    }),
    ...patch,
  });
  const commitOtherDate = () => {
    if (!otherDate) return;
    const date = parseNewDate(otherDate.text);
    if (!date) return setOtherDate({ ...otherDate, error: 'scrivere la data come GG/MM/AAAA' });
    setOtherDate(null);
    onMap(request({}, { index: otherDate.index, meaning: { kind: 'measurement', date } }));
  };
  const title = `Foglio «${sheet.sheet}»${preview.files.length > 1 ? ` (${sheet.fileName})` : ''}`;
  // Open when the sheet is not read, and kept as the user leaves it (it never folds under the focus once mapped).
  const [open] = useState(!sheet.readWith);
  return (
    <details className={`mapping-sheet ${sheet.readWith ? '' : 'mapping-unread'}`} open={open}>
      <summary>
        <strong>{title}</strong>: {readWithText(sheet)}
      </summary>
      <div className="mapping-rows" role="group" aria-label={`Righe del foglio «${sheet.sheet}»`}>
        <RowField label="Riga di intestazione" value={sheet.headerRow} max={sheet.rowCount} onCommit={(headerRow) => onMap(request({ headerRow, firstDataRow: headerRow + 1, columns: [] }))} />
        <RowField label="Prima riga di dati" value={sheet.firstDataRow} max={sheet.rowCount} onCommit={(firstDataRow) => onMap(request({ firstDataRow }))} />
      </div>
      <table className="mapping-table">
        <caption className="visually-hidden">Colonne del foglio «{sheet.sheet}»: intestazione, valori di esempio e significato</caption>
        <thead>
          <tr>
            <th scope="col">Colonna</th>
            <th scope="col">Intestazione</th>
            <th scope="col">Valori di esempio</th>
            <th scope="col">Letta come</th>
          </tr>
        </thead>
        <tbody>
          {sheet.columns.map((column) => (
            <tr key={column.index} className={column.meaning ? '' : 'mapping-unknown'}>
              <td>{column.letter}</td>
              <th scope="row">{column.header}</th>
              <td className="mapping-samples">{column.samples.join(' · ') || '—'}</td>
              <td>
                <MeaningSelect
                  sheet={sheet}
                  column={column}
                  frame={preview.frame}
                  onPick={(meaning) => {
                    if (meaning === 'other-date') setOtherDate({ index: column.index, text: '', error: null });
                    else onMap(request({}, { index: column.index, meaning }));
                  }}
                />
                {otherDate?.index === column.index && (
                  <span className="mapping-other-date">
                    <input
                      aria-label={`Data dei valori della colonna «${column.header}» (GG/MM/AAAA)`}
                      placeholder="GG/MM/AAAA"
                      value={otherDate.text}
                      autoFocus
                      onChange={(e) => setOtherDate({ ...otherDate, text: e.currentTarget.value, error: null })}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') {
                          e.preventDefault();
                          commitOtherDate();
                        }
                        if (e.key === 'Escape') {
                          e.preventDefault();
                          setOtherDate(null);
                        }
                      }}
                    />
                    <button type="button" className="button small" onClick={commitOtherDate}>
                      Usa la data
                    </button>
                    {otherDate.error && <span className="field-messages">{otherDate.error}</span>}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SaveLayoutForm sheet={sheet.sheet} onSave={(name) => onSave(sheet.fileIndex, sheet.sheet, name)} />
    </details>
  );
}

export function ColumnMapping(props: ColumnMappingProps) {
  const { sheets } = props.preview;
  if (sheets.length === 0) return null;
  const unread = sheets.filter((s) => !s.readWith).length;
  return (
    <section aria-label="Colonne dei fogli" className="mapping">
      <h3>Colonne dei fogli</h3>
      <p className="hint">
        {unread > 0
          ? `${unread === 1 ? 'Un foglio non è letto' : `${unread} fogli non sono letti`}: indicare che cosa contiene ogni colonna (l’anteprima si aggiorna subito). `
          : 'Ogni colonna è letta come indicato; si può cambiare. '}
        Le associazioni valgono anche per gli altri fogli con le stesse intestazioni; «Salva come modello…» le conserva per i prossimi file.
      </p>
      {sheets.map((sheet) => (
        <SheetMapping key={`${sheet.fileIndex}|${sheet.sheet}`} sheet={sheet} {...props} />
      ))}
    </section>
  );
}
