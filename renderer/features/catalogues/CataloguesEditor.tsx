/**
 * The plan's classification catalogues: missioni, programmi (with the aliases used on import), ambiti strategici
 * and their lines, obiettivi strategici, aree, uffici, tipologie and unità di misura. One save per edit.
 */
import type { Ambito, Catalogues, NamedEntry } from '../../../shared/model';
import { TextField } from '../../components/TextField';
import { usePira } from '../../store/StoreContext';
import { EntryTable, type EntryColumn } from './EntryTable';
import { SpellingMerge } from './SpellingMerge';

const codeName = <T extends { code: string; name: string }>(): EntryColumn<T>[] => [
  { label: 'Codice', className: 'col-code', get: (e) => e.code, set: (e, code) => ({ ...e, code: code.trim() }) },
  { label: 'Denominazione', get: (e) => e.name, set: (e, name) => ({ ...e, name }) },
];
const nameOnly: EntryColumn<NamedEntry>[] = [{ label: 'Denominazione', get: (e) => e.name, set: (e, name) => ({ ...e, name }) }];

export function CataloguesEditor() {
  const plan = usePira((s) => s.plan);
  const updateCatalogues = usePira((s) => s.updateCatalogues);
  if (!plan) return null;
  const cat = plan.catalogues;
  const save = <K extends keyof Catalogues>(key: K) => (entries: Catalogues[K], label: string) =>
    updateCatalogues({ ...cat, [key]: entries }, `cataloghi – ${label}`);
  const setAmbito = (index: number, ambito: Ambito, label: string) =>
    save('ambiti')(cat.ambiti.map((a, i) => (i === index ? ambito : a)), label);

  return (
    <section className="catalogues" aria-label="Cataloghi">
      <h1>Cataloghi del piano {plan.settings.year}</h1>
      <p className="hint">Le modifiche valgono per questo piano; le schede che usano un codice rimosso vengono segnalate.</p>
      <SpellingMerge catalogues={plan.catalogues} />
      <div className="catalogue-grid">
        <EntryTable title="Missioni" noun="missione" entries={cat.missioni} columns={codeName()} blank={{ code: '', name: '' }} onChange={save('missioni')} />
        <EntryTable
          title="Programmi"
          noun="programma"
          entries={cat.programmi}
          blank={{ code: '', name: '', aliases: [] }}
          columns={[
            ...codeName<Catalogues['programmi'][number]>(),
            {
              label: 'Alias (vecchi codici o nomi, separati da ;)',
              get: (e) => e.aliases.join('; '),
              set: (e, text) => ({ ...e, aliases: text.split(';').map((a) => a.trim()).filter(Boolean) }),
            },
          ]}
          onChange={save('programmi')}
        />
        <EntryTable title="Obiettivi strategici" noun="obiettivo strategico" entries={cat.obiettiviStrategici} columns={codeName()} blank={{ code: '', name: '' }} onChange={save('obiettiviStrategici')} />
        <EntryTable title="Aree di responsabilità" noun="area" entries={cat.aree} columns={nameOnly} blank={{ name: '' }} onChange={save('aree')} />
        <EntryTable title="Uffici" noun="ufficio" entries={cat.uffici} columns={nameOnly} blank={{ name: '' }} onChange={save('uffici')} />
        <EntryTable title="Tipologie di indicatore" noun="tipologia" entries={cat.tipologie} columns={nameOnly} blank={{ name: '' }} onChange={save('tipologie')} />
        <EntryTable title="Unità di misura" noun="unità" entries={cat.unita} columns={nameOnly} blank={{ name: '' }} onChange={save('unita')} />
      </div>
      <h2>Ambiti strategici e linee</h2>
      {cat.ambiti.map((ambito, index) => (
        <div key={index} className="ambito-box">
          <div className="field-row">
            <TextField label={`Codice – ambito ${index + 1}`} className="w-code" value={ambito.code} onCommit={(code) => setAmbito(index, { ...ambito, code: code.trim() }, 'codice ambito')} />
            <TextField label={`Denominazione – ambito ${index + 1}`} className="grow" value={ambito.name} onCommit={(name) => setAmbito(index, { ...ambito, name }, 'ambito')} />
            <button
              type="button"
              className="button danger-outline small"
              aria-label={`Elimina ambito ${index + 1}`}
              onClick={() => save('ambiti')(cat.ambiti.filter((_, i) => i !== index), 'eliminazione ambito')}
            >
              Elimina ambito
            </button>
          </div>
          <TextField label={`Descrizione – ambito ${index + 1}`} multiline rows={2} value={ambito.description} onCommit={(description) => setAmbito(index, { ...ambito, description }, 'descrizione ambito')} />
          <EntryTable
            title={`Linee dell’ambito ${ambito.code}`}
            noun={`linea dell’ambito ${index + 1}`}
            entries={ambito.lines}
            columns={codeName()}
            blank={{ code: `${ambito.code}_`, name: '' }}
            onChange={(lines, label) => setAmbito(index, { ...ambito, lines }, label)}
          />
        </div>
      ))}
      <button
        type="button"
        className="button secondary"
        onClick={() => save('ambiti')([...cat.ambiti, { code: '', name: '', description: '', lines: [] }], 'nuovo ambito')}
      >
        + Aggiungi ambito
      </button>
    </section>
  );
}
