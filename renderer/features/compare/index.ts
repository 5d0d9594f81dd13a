/**
 * Comparison of two plans: the dialog that picks the other plan, the comparison screen and its print page.
 * Why: App.tsx opens the dialog and shows the screen at `#/confronto…`; main.tsx renders the print page.
 */
export { CompareDialog } from './CompareDialog';
export { ComparisonView } from './ComparisonView';
export { ComparisonPrintView } from './ComparisonPrintView';
