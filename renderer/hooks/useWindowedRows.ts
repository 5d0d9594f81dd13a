/**
 * Windowing for long lists with fixed-height rows: only the rows in (and just around) the viewport are rendered.
 * Why: a plan file may hold thousands of cards; rendering them all makes typing in the search box sluggish.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface RowWindow {
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
}

/**
 * Pure: the slice of rows to render for a scroll position (tested without a DOM): the rows in view and `overscan`
 * more on each side that has rows. At the top of the list there is nothing above, so no second overscan below: the
 * list's first frame builds 21 rows instead of 29 (issue 21).
 */
export function computeWindow(count: number, rowHeight: number, scrollTop: number, viewport: number, overscan = 8): RowWindow {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  const start = Math.min(first, end);
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}

export function useWindowedRows(count: number, rowHeight: number) {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 800 });

  const measure = useCallback(() => {
    const el = containerRef.current;
    if (el) setScroll({ top: el.scrollTop, height: el.clientHeight || 800 });
  }, []);

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return undefined;
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      el.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [measure]);

  return { containerRef, window: computeWindow(count, rowHeight, scroll.top, scroll.height) };
}
