/**
 * Printing of objective cards and of the whole plan: the standalone print route and the in-app preview.
 * Why: renderer/main.tsx renders `PrintView` for `#/stampa…`; the app opens `PrintPreviewDialog` from the toolbar.
 */
export { PrintView } from './PrintView';
export { PrintPreviewDialog, type PrintPreviewDialogProps } from './PrintPreviewDialog';
