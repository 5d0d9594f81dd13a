/**
 * Keeps a card whole on one page when it nearly fits (the rule is pageFit.ts): measured at its natural size once laid
 * out, and again once the fonts are final, before the print page says it is ready.
 */
import { useLayoutEffect, useRef } from 'react';
import { fitFactor } from './pageFit';

/** Sets on `element` the zoom that keeps it on one page (the CSS reads --pd-fit); data-print-fit says what was done. */
function fitOnPage(element: HTMLElement): void {
  element.style.removeProperty('--pd-fit');
  const factor = fitFactor(element.offsetHeight);
  if (factor !== null && factor < 1) element.style.setProperty('--pd-fit', String(factor));
  element.dataset.printFit = factor === null ? 'pagine' : String(factor);
}

/** A ref for the block to keep on one page; measured again whenever `content` changes. */
export function useFitOnPage<T extends HTMLElement>(content: unknown) {
  const ref = useRef<T | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    fitOnPage(element);
    void document.fonts.ready.then(() => {
      if (element.isConnected) fitOnPage(element);
    });
  }, [content]);
  return ref;
}
