/**
 * The running footer of every printed page: ente and plan title, print date, "pagina N di M".
 * Why: the page number comes from CSS page-margin boxes (`counter(page)` / `counter(pages)` in print.css), which
 * Chromium fills the same way for Electron's printToPDF, its print dialog and a browser's print(); the texts
 * reach those boxes as CSS custom properties, set through the CSSOM because the CSP forbids inline styles.
 */
import type { PlanSettings } from '../../../shared/model';
import { formatDate } from '../../../shared/values';

export const FOOTER_PROPERTIES = { left: '--pd-footer-left', right: '--pd-footer-right' } as const;

/** A CSS string literal for `content:`: quotes and backslashes escaped, line breaks as spaces. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"');
  return `"${escaped}"`;
}

/** The local calendar date as ISO `yyyy-mm-dd` (the footer shows the day the document was printed). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Texts of the footer's two margin boxes (the right one also gets "pagina N di M" from print.css). */
export function pageFooterTexts(settings: Pick<PlanSettings, 'ente' | 'title'>, printDate: string) {
  return {
    left: [settings.ente.trim(), settings.title.trim()].filter(Boolean).join(' – '),
    right: `Stampato il ${formatDate(printDate)}`,
  };
}
