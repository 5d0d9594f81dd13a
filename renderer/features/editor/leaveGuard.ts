/**
 * Leaving a screen, or the file, with values typed but not saved (drafts) asks first (issue 8, defect 3).
 * Why: a draft is not in the file; leaving the card keeps it flagged (list, status bar) but a reload or closing
 * the window would lose it without a word. Declining keeps the user where the drafts are.
 */
import { useEffect } from 'react';
import type { Card } from '../../../shared/model';
import type { Route } from '../../routes';
import { unsavedByCard, unsavedLabel, type Drafts } from '../../store/draftKeys';
import { usePira } from '../../store/StoreContext';

/** The question to ask before going from `from` to `to`, or null when nothing unsaved is left behind. */
export function leaveQuestion(from: Route, to: Route, cards: readonly Pick<Card, 'id' | 'code'>[], drafts: Drafts): string | null {
  if (from.view === 'card') {
    const card = cards.find((c) => c.code === from.code);
    // a renamed card is followed by the address: that is not leaving it
    if (!card || (to.view === 'card' && cards.find((c) => c.code === to.code)?.id === card.id)) return null;
    const count = unsavedByCard(drafts).get(card.id) ?? 0;
    if (count === 0) return null;
    return `La scheda ${card.code} ha ${unsavedLabel(count)}: il testo scritto non si riesce a leggere e non è nel file. Uscendo resta segnalato nell’elenco finché non lo si corregge. Uscire dalla scheda?`;
  }
  if (from.view === 'monitoring' && to.view !== 'monitoring') {
    const count = [...unsavedByCard(drafts).values()].reduce((a, b) => a + b, 0);
    if (count === 0) return null;
    return `Il monitoraggio ha ${unsavedLabel(count)}: il testo scritto non si riesce a leggere e non è nel file. Uscire comunque?`;
  }
  return null;
}

/** While drafts exist, closing or reloading the window asks first (the browser's, or Electron's, question). */
export function useUnsavedBeforeUnload() {
  const hasDrafts = usePira((s) => Object.keys(s.drafts).length > 0);
  useEffect(() => {
    if (!hasDrafts) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [hasDrafts]);
}
