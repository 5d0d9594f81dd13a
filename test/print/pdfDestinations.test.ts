// The reader of named destinations: the pages the Indice's links point to, read from PDFs built here byte by byte
// (classic cross-reference tables as Chromium's Skia writes them, a name tree, an incremental update) and refused
// when it cannot be read. A PDF printed by Chromium itself is read in test/e2e/publishedPdf.e2e.ts.
import { describe, expect, it } from 'vitest';
import { namedDestinationPages, PdfReadError } from '../../electron/app/pdfDestinations';

/** A PDF of `objects` (number → body) with a correct cross-reference table; `update` appends a second revision. */
function buildPdf(objects: Record<number, string>, root: number, update?: Record<number, string>): Uint8Array {
  let text = '%PDF-1.4\n%\u00e2\u00e3\n';
  const revision = (objs: Record<number, string>, prev?: number) => {
    const offsets: Array<[number, number]> = [];
    for (const [n, body] of Object.entries(objs)) {
      offsets.push([Number(n), text.length]);
      text += `${n} 0 obj\n${body}\nendobj\n`;
    }
    const xref = text.length;
    text += 'xref\n';
    if (prev === undefined) text += '0 1\n0000000000 65535 f \n';
    for (const [n, offset] of offsets.sort((a, b) => a[0] - b[0])) text += `${n} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
    text += `trailer\n<</Size ${Math.max(...offsets.map(([n]) => n)) + 1} /Root ${root} 0 R${prev === undefined ? '' : ` /Prev ${prev}`}>>\nstartxref\n${xref}\n%%EOF\n`;
    return xref;
  };
  const first = revision(objects);
  if (update) revision(update, first);
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

const pages = {
  2: '<</Type /Pages /Count 3 /Kids [3 0 R 7 0 R]>>',
  3: '<</Type /Page /Parent 2 0 R /Contents 4 0 R>>',
  4: '<</Length 10>>\nstream\n0 0 1 obj 9 0 obj\nendstream',
  7: '<</Type /Pages /Parent 2 0 R /Count 2 /Kids [8 0 R 9 0 R]>>',
  8: '<</Type /Page /Parent 7 0 R>>',
  9: '<</Type /Page /Parent 7 0 R>>',
};

describe('namedDestinationPages', () => {
  it('reads the catalog’s /Dests through a nested page tree, as Chromium writes it', () => {
    const pdf = buildPdf(
      { 1: '<</Type /Catalog /Pages 2 0 R /Dests 5 0 R>>', ...pages, 5: '<</pd-premessa [8 0 R /XYZ 6 580.7 0]\n/pd-scheda-1 [9 0 R /XYZ 6 580.7 0]\n/pd#2Dcodice [3 0 R /Fit]>>' },
      1,
    );
    expect(Object.fromEntries(namedDestinationPages(pdf))).toEqual({ 'pd-premessa': 2, 'pd-scheda-1': 3, 'pd-codice': 1 });
  });

  it('reads an inline /Dests dictionary and destinations written as << /D [...] >>', () => {
    const pdf = buildPdf({ 1: '<</Type /Catalog /Pages 2 0 R /Dests <</a <</D [9 0 R /XYZ 0 0 0]>> /b [3 0 R /Fit]>> /OpenAction [3 0 R /Fit]>>', ...pages }, 1);
    expect(Object.fromEntries(namedDestinationPages(pdf))).toEqual({ a: 3, b: 1 });
  });

  it('reads a /Names /Dests name tree with kids, literal and UTF-16 hex names, and indirect destinations', () => {
    const pdf = buildPdf(
      {
        1: '<</Type /Catalog /Pages 2 0 R /Names <</Dests 10 0 R>>>>',
        ...pages,
        10: '<</Kids [11 0 R 12 0 R]>>',
        11: '<</Names [(pd-uno) [3 0 R /Fit] (pd\\055due) 13 0 R]>>',
        12: '<</Names [<FEFF00700064002D007400720065> <</D [9 0 R /Fit]>>]>>',
        13: '[8 0 R /XYZ 0 0 0]',
      },
      1,
    );
    expect(Object.fromEntries(namedDestinationPages(pdf))).toEqual({ 'pd-uno': 1, 'pd-due': 2, 'pd-tre': 3 });
  });

  it('follows an incremental update: the newer revision of an object wins', () => {
    const pdf = buildPdf({ 1: '<</Type /Catalog /Pages 2 0 R /Dests 5 0 R>>', ...pages, 5: '<</x [3 0 R /Fit]>>' }, 1, { 5: '<</x [9 0 R /Fit]>>' });
    expect(namedDestinationPages(pdf).get('x')).toBe(3);
  });

  it('gives an empty map for a PDF without destinations', () => {
    expect(namedDestinationPages(buildPdf({ 1: '<</Type /Catalog /Pages 2 0 R>>', ...pages }, 1)).size).toBe(0);
  });

  it.each<[string, Uint8Array]>([
    ['not a PDF', new Uint8Array(Buffer.from('ciao'))],
    ['a cross-reference stream', new Uint8Array(Buffer.from('%PDF-1.5\n1 0 obj\n<</Type /XRef>>\nendobj\nstartxref\n9\n%%EOF'))],
    ['an offset that points elsewhere', new Uint8Array(Buffer.from('%PDF-1.4\nxref\n0 2\n0000000000 65535 f \n0000000003 00000 n \ntrailer\n<</Root 1 0 R>>\nstartxref\n9\n%%EOF'))],
  ])('refuses %s with PdfReadError', (_what, bytes) => {
    expect(() => namedDestinationPages(bytes)).toThrow(PdfReadError);
  });
});
