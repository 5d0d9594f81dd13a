/**
 * The table of contents of the whole-plan document ("Indice"): the front-matter sections, each ambito of the
 * ambiti page, the Cruscotto, then every card by code and title — each with the anchor of its place in the document.
 * Why anchors: the printed Indice links to them, Chromium turns the links into the PDF's named destinations, and the
 * host reads back from the PDF on which page each destination fell to print the Indice's page numbers (see
 * docs/printing.md); the numbers are never guessed from a layout on screen.
 */
import { TOC_ANCHOR_PREFIX } from '../../../shared/printPages';
import type { PrintDocumentView } from './printDocument';

export interface ContentsEntry {
  /** The id of the element the entry points to (a PDF named destination once printed). */
  id: string;
  /** The card's or the ambito's code, printed in its own column. */
  code?: string;
  label: string;
  /** 1: a section of the document, 2: an ambito or a card under it. */
  level: 1 | 2;
}

const P = TOC_ANCHOR_PREFIX;

/** Anchors of the document's places (the host takes only the destinations with this prefix as the Indice's). */
export const ANCHORS = {
  premessa: `${P}premessa`,
  ambiti: `${P}ambiti`,
  ambito: (code: string) => `${P}ambito-${code.replace(/[^\w-]/g, '_')}`,
  obiettiviStrategici: `${P}obiettivi-strategici`,
  riepilogo: `${P}riepilogo`,
  cruscotto: `${P}cruscotto`,
  variazioniCruscotto: `${P}cruscotto-variazioni`,
  nd: `${P}nd`,
  /** Cards by their place in the document: codes may repeat or hold any character. */
  card: (index: number) => `${P}scheda-${index + 1}`,
} as const;

export function tableOfContents(view: PrintDocumentView): ContentsEntry[] {
  const front = view.front;
  if (!front) return [];
  const entries: ContentsEntry[] = [];
  if (front.premessa.trim() !== '') entries.push({ id: ANCHORS.premessa, label: 'Premessa', level: 1 });
  if (front.ambiti.length > 0 || front.obiettiviStrategici.length > 0) {
    entries.push({ id: ANCHORS.ambiti, label: 'Ambiti strategici e linee di intervento', level: 1 });
    for (const ambito of front.ambiti) entries.push({ id: ANCHORS.ambito(ambito.code), code: ambito.code, label: ambito.name, level: 2 });
    if (front.obiettiviStrategici.length > 0) entries.push({ id: ANCHORS.obiettiviStrategici, label: 'Obiettivi strategici del programma pluriennale', level: 2 });
  }
  entries.push({ id: ANCHORS.riepilogo, label: `Riepilogo degli obiettivi al ${front.monitoringDate}`, level: 1 });
  const dashboard = view.dashboard;
  if (dashboard) {
    entries.push({ id: ANCHORS.cruscotto, label: `Cruscotto della performance al ${dashboard.monitoringDate}`, level: 1 });
    if (dashboard.comparison) {
      entries.push({ id: ANCHORS.variazioniCruscotto, label: `Che cosa è cambiato dal ${dashboard.comparison.from} al ${dashboard.comparison.to}`, level: 1 });
    }
    if (dashboard.ndCards.length > 0) entries.push({ id: ANCHORS.nd, label: `Indicatori n.d. al ${dashboard.monitoringDate} e motivo`, level: 1 });
  }
  if (view.cards.length > 0) {
    entries.push({ id: ANCHORS.card(0), label: 'Schede obiettivo', level: 1 });
    view.cards.forEach((card, i) => entries.push({ id: ANCHORS.card(i), code: card.code, label: card.title, level: 2 }));
  }
  return entries;
}
