/**
 * Header lookups built from the layouts of templates.ts: what a header means in each layout, and which layout
 * recognises a header row best. Why: the same word means different things in different layouts ("Codice" is the
 * card's code in a colleague's sheet, the indicator's own code in the portal's), so a row is read with one layout.
 */
import { classifyDatedHeader, type CardMeaning, type IndicatorColumn } from './columns';
import { normalizeHeader } from './headerText';
import { TEMPLATES, type ExchangeTemplate, type TemplateColumn } from './templates';

export interface Vocabulary {
  template: ExchangeTemplate;
  card(header: string): CardMeaning | null;
  indicator(header: string): IndicatorColumn | null;
  /** The normalised headers `indicator` reads as the indicator's name (the dated-header rules never give it). */
  indicatorNames: ReadonlySet<string>;
}

const BLANK: IndicatorColumn = { kind: 'blank' };

/** Header and synonyms, normalised; headers with `{…}` placeholders are left to the dated-header rules. */
function lookup<M>(columns: readonly TemplateColumn<M>[]): Map<string, M | 'blank'> {
  const map = new Map<string, M | 'blank'>();
  for (const column of columns) {
    for (const word of [column.header, ...(column.synonyms ?? [])]) {
      if (word !== '' && !word.includes('{') && !map.has(normalizeHeader(word))) map.set(normalizeHeader(word), column.meaning);
    }
  }
  return map;
}

/** `classify` answering each text once: every row of a sheet is tried as a header row, with every layout. */
function remembered<M>(classify: (header: string) => M): (header: string) => M {
  const seen = new Map<string, M>();
  return (header) => {
    if (seen.has(header)) return seen.get(header) as M;
    const meaning = classify(header);
    if (seen.size < 100_000) seen.set(header, meaning);
    return meaning;
  };
}

export function vocabularyOf(template: ExchangeTemplate): Vocabulary {
  const cards = lookup(template.cards?.columns ?? []);
  const indicators = lookup(template.indicators.columns);
  return {
    template,
    indicatorNames: new Set([...indicators].flatMap(([word, meaning]) => (meaning !== 'blank' && meaning.kind === 'field' && meaning.field === 'name' ? [word] : []))),
    card: (header) => cards.get(normalizeHeader(header)) ?? null,
    indicator: remembered((header) => {
      const meaning = indicators.get(normalizeHeader(header));
      if (meaning === 'blank') return BLANK;
      return meaning ?? classifyDatedHeader(header);
    }),
  };
}

export function vocabularies(templates: readonly ExchangeTemplate[] = TEMPLATES): Vocabulary[] {
  return templates.map(vocabularyOf);
}

/**
 * Runs `locate` with each vocabulary and keeps the result that recognises the most columns (`score`); on a tie the
 * earlier layout of the list wins (canonical before free sheet). `null` when no layout finds a table.
 */
export function bestLayout<T>(vocabs: readonly Vocabulary[], locate: (vocab: Vocabulary) => T | null, score: (found: T) => number): { vocab: Vocabulary; found: T } | null {
  let best: { vocab: Vocabulary; found: T; score: number } | null = null;
  for (const vocab of vocabs) {
    const found = locate(vocab);
    if (found === null) continue;
    const points = score(found);
    if (!best || points > best.score) best = { vocab, found, score: points };
  }
  return best && { vocab: best.vocab, found: best.found };
}
