/**
 * The Indice's page numbers made true: print once, read from the PDF on which page each of the Indice's anchors
 * fell, give the numbers to the page, print again — and again if the numbers moved something (they are written in a
 * column of fixed width, so they should not). Why here, with no electron import: Electron's print window and the
 * e2e tests' Chromium run this same code, each through its own `PrintTarget`.
 */
import { TOC_ANCHOR_PREFIX, type TocPages } from '../../shared/printPages';
import { namedDestinationPages, PdfReadError } from './pdfDestinations';

/** A print page loaded and ready. */
export interface PrintTarget {
  /** The PDF of the page as it is now. */
  printToPdf(): Promise<Uint8Array>;
  /** Gives the page its Indice's page numbers ({} removes them) and waits until it is laid out again. */
  showTocPages(pages: TocPages): Promise<void>;
}

export const MAX_PASSES = 3;

/** The pages of the Indice's anchors in `pdf` (none for a print without an Indice); null if the PDF cannot be read. */
export function tocPagesOf(pdf: Uint8Array): TocPages | null {
  let destinations: Map<string, number>;
  try {
    destinations = namedDestinationPages(pdf);
  } catch (error) {
    if (error instanceof PdfReadError) return null;
    throw error;
  }
  const pages: TocPages = {};
  for (const [name, page] of destinations) if (name.startsWith(TOC_ANCHOR_PREFIX)) pages[name] = page;
  return pages;
}

const samePages = (a: TocPages, b: TocPages) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/**
 * The PDF of `target` with the page numbers of its Indice, the target left showing them (a print dialog can follow).
 * If they never settle (a layout that moves with its own numbers), or a PDF cannot be read back, the Indice is printed
 * without numbers: a missing number is better than a false one.
 */
export async function printWithTocPages(target: PrintTarget): Promise<Uint8Array> {
  let pdf = await target.printToPdf();
  let pages = tocPagesOf(pdf);
  if (pages === null || Object.keys(pages).length === 0) return pdf;
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    await target.showTocPages(pages);
    pdf = await target.printToPdf();
    const printed = tocPagesOf(pdf);
    if (printed === null) break;
    if (samePages(printed, pages)) return pdf;
    pages = printed;
  }
  await target.showTocPages({});
  return target.printToPdf();
}
