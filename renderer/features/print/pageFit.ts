/**
 * Keeping a card whole on one page when it nearly fits: the card's height is measured on screen (the sheet has the
 * width of the printed page, so lines break the same way) and, if it is taller than a page by little, the card is
 * scaled down just enough (CSS zoom; the lines get wider, so it ends up shorter still). A card that would need more
 * than MIN_FIT runs onto the next page as before, with its rows whole and never a last row alone.
 * Why: a 5-indicator card used to leave its 5th row and the notes alone on a second page.
 */

/** A4 landscape between the @page margins of print.css: 210 − 11 − 14 mm (a test reads print.css to keep them equal). */
export const PAGE_CONTENT_HEIGHT_MM = 185;
/** Below this the print gets too small to read (9 pt tables would become 7,2 pt). */
export const MIN_FIT = 0.8;
/** Room kept for what the screen and the paper lay out differently (a rule, a rounding). */
const SAFETY = 0.98;
const PX_PER_MM = 96 / 25.4;

/** The zoom that brings a block `heightPx` tall onto one page: 1 when it fits, null when even MIN_FIT would not. */
export function fitFactor(heightPx: number, pageHeightPx = PAGE_CONTENT_HEIGHT_MM * PX_PER_MM): number | null {
  const room = pageHeightPx * SAFETY;
  if (heightPx <= room) return 1;
  const factor = Math.floor((room / heightPx) * 100) / 100;
  return factor >= MIN_FIT ? factor : null;
}

