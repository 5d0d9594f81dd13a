/**
 * The readiness protocol of every print page (the plan, the comparison, the variations): the running footer and the
 * PDF's title are set once the page's data is loaded, then `document.body.dataset.ready` becomes 'true' after the
 * layout settles ('error' when loading failed). Why one hook: Electron's printToPDF / print and the e2e tests wait
 * for that flag, and each page must set and undo it the same way.
 */
import { useEffect } from 'react';
import { cssString, FOOTER_PROPERTIES, localIsoDate, pageFooterTexts } from './pageFooter';

/** What a loaded print page puts on every sheet: the footer's ente and title, and the document's (PDF) title. */
export interface PrintHead {
  ente: string;
  title: string;
  documentTitle: string;
}

/** Sets the footer texts on the document root, where the @page margin boxes read them; returns the undo. */
function applyPageFooter(root: HTMLElement, texts: { left: string; right: string }): () => void {
  root.style.setProperty(FOOTER_PROPERTIES.left, cssString(texts.left));
  root.style.setProperty(FOOTER_PROPERTIES.right, cssString(texts.right));
  return () => {
    root.style.removeProperty(FOOTER_PROPERTIES.left);
    root.style.removeProperty(FOOTER_PROPERTIES.right);
  };
}

/** Waits for web fonts and two frames, so the layout the printer gets is the final one. */
function afterLayout(run: () => void): () => void {
  let cancelled = false;
  void document.fonts.ready.then(() =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (!cancelled) run();
      }),
    ),
  );
  return () => {
    cancelled = true;
  };
}

/**
 * `head`: the page's heading once its data is loaded, or where loading stands. `content`: the loaded data, so that
 * new data is laid out again before the page counts as ready.
 */
export function usePrintReady(head: PrintHead | 'loading' | 'error', content: unknown): void {
  // Plain values as the effect's dependencies: `head` is a new object at every render.
  const status = typeof head === 'string' ? head : 'ready';
  const { ente, title, documentTitle } = typeof head === 'string' ? { ente: '', title: '', documentTitle: '' } : head;
  useEffect(() => {
    const body = document.body;
    delete body.dataset.ready;
    if (status !== 'ready') {
      if (status === 'error') body.dataset.ready = 'error';
      return;
    }
    const undoFooter = applyPageFooter(document.documentElement, pageFooterTexts({ ente, title }, localIsoDate(new Date())));
    document.title = documentTitle;
    const cancel = afterLayout(() => {
      body.dataset.ready = 'true';
    });
    return () => {
      cancel();
      undoFooter();
      delete body.dataset.ready;
    };
  }, [status, ente, title, documentTitle, content]);
}
