/**
 * «Salva come modello…» of one sheet in the mapping step: a name, then the layout is kept in the plan file and the
 * next workbook with the same headers is read by itself. Inline rather than a second dialog: the focus stays in the
 * import dialog, and Esc closes the form, not the import.
 * Why: an office maps a colleague's layout once.
 */
import { useState } from 'react';

export function SaveLayoutForm({ sheet, onSave }: { sheet: string; onSave(name: string): Promise<string | null> }) {
  const [name, setName] = useState<string | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const save = async () => {
    if (name === null) return;
    if (name.trim() === '') return setMessage({ error: true, text: 'Indicare il nome del modello.' });
    const error = await onSave(name.trim());
    if (error) return setMessage({ error: true, text: error });
    setMessage({ error: false, text: `Modello «${name.trim()}» salvato nel file del piano: i prossimi file con queste intestazioni si leggono da soli.` });
    setName(null);
  };
  return (
    <span className="save-layout">
      {name === null ? (
        <button type="button" className="button secondary small" onClick={() => (setName(''), setMessage(null))}>
          Salva come modello…
        </button>
      ) : (
        <span role="group" aria-label={`Salva come modello le colonne del foglio «${sheet}»`} className="save-layout-form">
          <label>
            Nome del modello{' '}
            <input
              value={name}
              autoFocus
              maxLength={80}
              onChange={(e) => setName(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void save();
                }
                if (e.key === 'Escape') {
                  e.preventDefault();
                  e.stopPropagation();
                  setName(null);
                }
              }}
            />
          </label>
          <button type="button" className="button small" onClick={() => void save()}>
            Salva
          </button>
          <button type="button" className="button secondary small" onClick={() => setName(null)}>
            Annulla
          </button>
        </span>
      )}
      {message && (
        <span role={message.error ? 'alert' : 'status'} className={message.error ? 'field-messages' : 'save-layout-done'}>
          {message.text}
        </span>
      )}
    </span>
  );
}
