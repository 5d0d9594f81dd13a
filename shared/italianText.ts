/**
 * Italian sentence pieces that depend on a count or on a text that may be empty: "1 scheda" / "18 schede",
 * «testo» / "(vuoto)". Why one module: counts and quoted values are put into sentences everywhere (screen, print,
 * CLI, messages); a hand-written `${n} schede` reads "1 schede" and a quoted empty value reads «».
 */
import { formatNumber } from './italianNumbers';

/** "1 scheda", "18 schede", "1.800 schede": the count with Italian thousands, then the noun that agrees with it. */
export function countOf(count: number, one: string, many: string): string {
  return `${formatNumber(count, 0)} ${count === 1 ? one : many}`;
}

/** Just the word that agrees with the count ("scheda" / "schede"), for sentences that place the number elsewhere. */
export function agreeing(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** «testo» in a sentence, or "(vuoto)" when the text is blank: "nel piano: (vuoto)", never "nel piano: «»". */
export function quotedOrEmpty(text: string): string {
  return text.trim() === '' ? '(vuoto)' : `«${text}»`;
}
