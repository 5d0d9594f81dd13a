/**
 * "Voci scritte in modi diversi": areas and offices whose spellings differ only by case or spacing, each with the
 * cards that use it; the user picks the spelling to keep and every card using another one is rewritten to it, in
 * one step that Ctrl+Z undoes. Why: variants split the rollups by area and make the filters list one area twice.
 */
import { useId, useState } from 'react';
import { mergeSpellings, preferredSpelling, spellingGroups, type CardNameCatalogue, type SpellingGroup } from '../../../shared/catalogueNames';
import type { Catalogues } from '../../../shared/model';
import { formatNumber } from '../../../shared/values';
import { usePira, usePiraStore } from '../../store/StoreContext';

const NOUNS: Record<CardNameCatalogue, { one: string; title: string }> = {
  aree: { one: 'area', title: 'Aree di responsabilità' },
  uffici: { one: 'ufficio', title: 'Uffici' },
};

const cardsText = (n: number) => `${formatNumber(n, 0)} ${n === 1 ? 'scheda' : 'schede'}`;

function GroupMerge({ group, catalogue, onMerge }: { group: SpellingGroup; catalogue: CardNameCatalogue; onMerge(keep: string): void }) {
  const name = useId();
  const [keep, setKeep] = useState(() => preferredSpelling(group));
  const chosen = group.spellings.some((s) => s.name === keep) ? keep : preferredSpelling(group);
  const rewritten = group.spellings.filter((s) => s.name !== chosen).reduce((sum, s) => sum + s.cardCount, 0);
  const noun = NOUNS[catalogue].one;
  return (
    <fieldset className="merge-group">
      <legend>
        {NOUNS[catalogue].title}: {formatNumber(group.spellings.length, 0)} grafie della stessa voce
      </legend>
      {group.spellings.map((s) => (
        <label key={s.name} className="merge-choice">
          <input type="radio" name={name} checked={s.name === chosen} onChange={() => setKeep(s.name)} />
          <span className="merge-name">«{s.name}»</span>
          <span className="hint">
            {cardsText(s.cardCount)}
            {s.inCatalogue ? '' : ', non in catalogo'}
            <span className="visually-hidden"> – {noun}</span>
          </span>
        </label>
      ))}
      <button type="button" className="button small" onClick={() => onMerge(chosen)}>
        Unisci in «{chosen}» ({noun}, {cardsText(rewritten)} da riscrivere)
      </button>
    </fieldset>
  );
}

/** The groups come from the list's rows; merging reads from the file the cards it rewrites, then saves them as one step. */
export function SpellingMerge({ catalogues }: { catalogues: Catalogues }) {
  const store = usePiraStore();
  const rows = usePira((s) => s.rows);
  const updateMany = usePira((s) => s.updateMany);
  const [done, setDone] = useState<string | null>(null);
  const groups = (['aree', 'uffici'] as const).flatMap((catalogue) => spellingGroups({ catalogues, cards: rows }, catalogue).map((group) => ({ catalogue, group })));
  const merge = async (catalogue: CardNameCatalogue, keep: string) => {
    const ids = mergeSpellings({ catalogues, cards: rows }, catalogue, keep).cards.map((row) => row.id);
    setDone(null);
    try {
      await store.getState().loadCards(ids);
    } catch (error) {
      setDone(`Impossibile leggere dal file le schede da riscrivere: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const { cards } = store.getState();
    const merged = mergeSpellings({ catalogues, cards: ids.flatMap((id) => cards[id] ?? []) }, catalogue, keep);
    updateMany(merged, `unione delle grafie di «${keep}»`, { kind: 'merge' });
    setDone(`Unite le grafie in «${keep}»: ${cardsText(merged.cards.length)} riscritte. Ctrl+Z annulla l’unione.`);
  };
  if (groups.length === 0 && done === null) return null;
  return (
    <section className="spelling-merge" aria-label="Voci scritte in modi diversi">
      <h2>Voci scritte in modi diversi</h2>
      {groups.length > 0 && (
        <p className="hint">
          Aree e uffici che differiscono solo per maiuscole o spazi sono la stessa voce: scegliere la grafia da tenere; le schede
          che usano le altre vengono riscritte.
        </p>
      )}
      <p role="status" className="merge-done">
        {done}
      </p>
      <div className="merge-groups">
        {groups.map(({ catalogue, group }) => (
          <GroupMerge key={`${catalogue}:${group.key}`} catalogue={catalogue} group={group} onMerge={(keep) => void merge(catalogue, keep)} />
        ))}
      </div>
    </section>
  );
}
