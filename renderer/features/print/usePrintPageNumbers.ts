/**
 * The page numbers of the Indice, given to the print page by its host (Electron's print window, the e2e tests)
 * after a first PDF: a PRINT_PAGES_EVENT (shared/printPages.ts) whose detail maps each anchor to its page. Why an event: the host
 * reads the pages from the PDF Chromium made, which the page itself cannot see; the page lays out again with the
 * numbers and says it is ready once more (the host clears `body[data-ready]` before sending them).
 */
import { useEffect, useState } from 'react';
import { PRINT_PAGES_EVENT, TOC_ANCHOR_PREFIX } from '../../../shared/printPages';
import type { PageNumbers } from './TableOfContents';

function isPageNumbers(value: unknown): value is PageNumbers {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.entries(value).every(([id, page]) => id.startsWith(TOC_ANCHOR_PREFIX) && Number.isInteger(page) && (page as number) > 0)
  );
}

export function usePrintPageNumbers(): PageNumbers | null {
  const [pages, setPages] = useState<PageNumbers | null>(null);
  useEffect(() => {
    const receive = (event: Event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (isPageNumbers(detail)) setPages({ ...detail });
    };
    window.addEventListener(PRINT_PAGES_EVENT, receive);
    return () => window.removeEventListener(PRINT_PAGES_EVENT, receive);
  }, []);
  return pages;
}
