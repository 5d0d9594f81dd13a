/**
 * The code typed in a card's Codice field: refused when empty or when another card of the plan has it.
 * Why: the route `#/scheda/<codice>` finds a card by its code, and the file refuses duplicates (db/cardWriter.ts);
 * refused here, the text stays in the field with the reason and nothing else on screen or in the file changes.
 */
import type { Card } from '../../../shared/model';
import { cardWithCode, type CodedCard } from '../../../shared/validation';
import type { ParseResult } from '../../../shared/values';

export function parseCardCode(text: string, card: Card, cards: readonly CodedCard[]): ParseResult<string> {
  const code = text.trim();
  if (code === '') return { ok: false, error: 'Il codice non può essere vuoto: scrivere un codice come 01_01_OS01.' };
  const twin = cardWithCode(code, card, cards);
  if (twin) {
    return {
      ok: false,
      error: `Esiste già una scheda con codice «${code}» («${twin.title}»): scegliere un altro codice. Questa scheda resta ${card.code || 'senza codice'}.`,
    };
  }
  return { ok: true, value: code };
}
