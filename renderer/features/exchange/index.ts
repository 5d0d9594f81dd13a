/**
 * The Excel exchange dialogs, wired by the app into the toolbar and the native menu.
 */
export { ExportDialog, type ExportDialogProps } from './ExportDialog';
export { ImportDialog, type ImportDialogProps } from './ImportDialog';
export { ImportLayoutsPanel } from './ImportLayoutsPanel';
export { PrepareRoundDialog, type PrepareRoundDialogProps } from './PrepareRoundDialog';
