/**
 * How every PDF of PIRA Desk is printed (webContents.printToPDF): A4 as the page's CSS says (landscape, margins,
 * the running footer in the page-margin boxes, see docs/printing.md), backgrounds, and — the plan is published by a
 * public administration — a tagged PDF (structure for screen readers, WCAG/PDF-UA) with an outline built from the
 * headings (bookmarks). No electron import: the object is structurally Electron's PrintToPDFOptions, checked by a
 * unit test, and the e2e tests print through Chromium's DevTools protocol with the same options.
 */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const;

/** A4 in inches (what the DevTools protocol's Page.printToPDF takes instead of a page size name). */
const A4_INCHES = { paperWidth: 8.27, paperHeight: 11.69 } as const;

/** The same options as parameters of the DevTools protocol's Page.printToPDF (Electron translates them the same way). */
export function devToolsPdfParams(options: typeof PDF_OPTIONS = PDF_OPTIONS) {
  const { pageSize, ...rest } = options;
  if (pageSize !== 'A4') throw new Error(`formato ${String(pageSize)} non previsto`);
  return { ...A4_INCHES, ...rest };
}
