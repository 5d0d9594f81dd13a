// The Indice's two-pass printing with a fake print page whose "PDF" is built from its pages: numbers read from the
// first print, given to the page, printed again; a print without an Indice is printed once; numbers that never
// settle, or a PDF that cannot be read, leave the Indice without numbers rather than with false ones.
import { describe, expect, it } from 'vitest';
import { printWithTocPages, type PrintTarget } from '../../electron/app/tocPageNumbers';
import type { TocPages } from '../../shared/printPages';

/** A one-object-per-page PDF whose /Dests put each name on its page (what Chromium writes, reduced). */
function pdfWith(destinations: Record<string, number>, pageCount: number, marker: string): Uint8Array {
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  const add = (n: number, body: string) => {
    offsets[n] = text.length;
    text += `${n} 0 obj\n${body}\nendobj\n`;
  };
  const pageObject = (i: number) => 10 + i;
  add(1, '<</Type /Catalog /Pages 2 0 R /Dests 3 0 R>>');
  add(2, `<</Type /Pages /Count ${pageCount} /Kids [${Array.from({ length: pageCount }, (_, i) => `${pageObject(i)} 0 R`).join(' ')}]>>`);
  add(3, `<<${Object.entries(destinations).map(([name, page]) => `/${name} [${pageObject(page - 1)} 0 R /XYZ 0 0 0]`).join('\n')}>>`);
  for (let i = 0; i < pageCount; i++) add(pageObject(i), `<</Type /Page /Parent 2 0 R /Marker (${marker})>>`);
  const xref = text.length;
  const numbers = offsets.map((o, n) => [n, o] as const).filter(([, o]) => o !== undefined);
  text += `xref\n${numbers.map(([n, o]) => `${n} 1\n${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<</Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** A page whose layout gives `layout(shown)` as the destinations' pages, `shown` being the numbers it displays. */
function fakePage(layout: (shown: TocPages) => Record<string, number>) {
  const log: string[] = [];
  let shown: TocPages = {};
  const target: PrintTarget = {
    async printToPdf() {
      log.push(`print ${JSON.stringify(shown)}`);
      return pdfWith(layout(shown), 12, JSON.stringify(shown));
    },
    async showTocPages(pages) {
      shown = pages;
      log.push(`show ${JSON.stringify(pages)}`);
    },
  };
  return { target, log, shown: () => shown };
}

const text = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1');

describe('printWithTocPages', () => {
  it('prints, reads the anchors’ pages, shows them and prints again; other destinations are not the Indice’s', async () => {
    const page = fakePage(() => ({ 'pd-premessa': 3, 'pd-scheda-1': 9, altro: 2 }));
    const pdf = await printWithTocPages(page.target);
    expect(page.log).toEqual(['print {}', 'show {"pd-premessa":3,"pd-scheda-1":9}', 'print {"pd-premessa":3,"pd-scheda-1":9}']);
    expect(text(pdf)).toContain('/Marker ({"pd-premessa":3,"pd-scheda-1":9})');
    expect(page.shown()).toEqual({ 'pd-premessa': 3, 'pd-scheda-1': 9 });
  });

  it('prints once when there is no Indice (a card, the dashboard)', async () => {
    const page = fakePage(() => ({}));
    await printWithTocPages(page.target);
    expect(page.log).toEqual(['print {}']);
  });

  it('prints a third time when the numbers moved a page, then stops', async () => {
    // two-digit numbers push the last card one page further, once
    const page = fakePage((shown) => ({ 'pd-scheda-1': 9, 'pd-scheda-2': (shown['pd-scheda-1'] ?? 0) >= 9 ? 11 : 10 }));
    await printWithTocPages(page.target);
    expect(page.log).toEqual([
      'print {}',
      'show {"pd-scheda-1":9,"pd-scheda-2":10}',
      'print {"pd-scheda-1":9,"pd-scheda-2":10}',
      'show {"pd-scheda-1":9,"pd-scheda-2":11}',
      'print {"pd-scheda-1":9,"pd-scheda-2":11}',
    ]);
  });

  it('leaves the Indice without numbers when they never settle', async () => {
    let flip = 0;
    const page = fakePage(() => ({ 'pd-scheda-1': 5 + (flip++ % 2) }));
    await printWithTocPages(page.target);
    expect(page.log.at(-2)).toBe('show {}');
    expect(page.log.at(-1)).toBe('print {}');
    expect(page.shown()).toEqual({});
  });

  it('keeps the first PDF, without numbers, when it cannot be read back', async () => {
    const log: string[] = [];
    const target: PrintTarget = {
      printToPdf: async () => (log.push('print'), new Uint8Array(Buffer.from('%PDF-1.7 finto'))),
      showTocPages: async () => void log.push('show'),
    };
    expect(text(await printWithTocPages(target))).toBe('%PDF-1.7 finto');
    expect(log).toEqual(['print']);
  });
});
