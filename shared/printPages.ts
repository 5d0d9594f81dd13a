/**
 * The contract between a print page and its host for the Indice's page numbers: the host prints a first PDF, reads
 * on which page each of the Indice's anchors (ids starting with TOC_ANCHOR_PREFIX, the PDF's named destinations)
 * fell, and sends them to the page in a PRINT_PAGES_EVENT; the page lays out again and sets `body[data-ready]`.
 * Why shared: the renderer (print view) and the back end (Electron's print window, the e2e harness) must agree.
 */
export const PRINT_PAGES_EVENT = 'pira:print-pages';
export const TOC_ANCHOR_PREFIX = 'pd-';

/** The page (1 = first) of each anchor of the Indice. */
export type TocPages = Record<string, number>;

/** What the host runs in the print page to give it the numbers: readiness cleared first, then the event. */
export function tocPagesScript(pages: TocPages): string {
  const detail = JSON.stringify(pages);
  return `(() => { delete document.body.dataset.ready; window.dispatchEvent(new CustomEvent(${JSON.stringify(PRINT_PAGES_EVENT)}, { detail: ${detail} })); })()`;
}
