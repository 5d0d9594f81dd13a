// Every PDF is printed tagged (structure for screen readers) with an outline from the headings (bookmarks), A4 as
// the page's CSS says, and never with Chromium's own header/footer (the page-margin boxes draw the footer).
import { describe, expect, it } from 'vitest';
import { devToolsPdfParams, PDF_OPTIONS } from '../../electron/main/pdfOptions';

describe('PDF_OPTIONS', () => {
  it('asks for a tagged PDF with a document outline, A4 by the page’s CSS, backgrounds printed', () => {
    expect(PDF_OPTIONS).toEqual({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true });
    expect(PDF_OPTIONS).not.toHaveProperty('displayHeaderFooter');
  });
  it('reads the same in the DevTools protocol’s terms (what the e2e tests print with)', () => {
    expect(devToolsPdfParams()).toEqual({ paperWidth: 8.27, paperHeight: 11.69, printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true });
  });
});
