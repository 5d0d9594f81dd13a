/**
 * What only the hosting process can do (native save dialog, printing, PDF), behind a small interface.
 * Why: handlers stay plain Node and testable; Electron main implements it with dialogs and webContents,
 * the HTTP harness with a browser download and an "unavailable" answer for printing.
 */
import type { HostKind, ProducedFile, ProducedFiles } from '../../shared/api';

export interface FileFilter {
  name: string; // Italian label, e.g. "Cartella di lavoro Excel"
  extensions: string[]; // without dot
}

export interface Host {
  readonly kind: HostKind;
  readonly appVersion: string;
  /** Hands a produced file to the user: save dialog on the desktop, download in the browser. */
  deliverFile(file: { suggestedName: string; data: Uint8Array; filters: FileFilter[] }): Promise<ProducedFile>;
  /** Hands several files at once: one folder chosen on the desktop (nothing overwritten), a download each in the browser. */
  deliverFiles(files: { name: string; data: Uint8Array }[]): Promise<ProducedFiles>;
  /** Renders the print view at `hashRoute` (e.g. `#/stampa/01_01_OS01?plan=1`) to an A4 PDF. */
  renderPdf(hashRoute: string): Promise<Uint8Array>;
  /** Opens the system print dialog on the print view at `hashRoute`; false when the user cancels. */
  printRoute(hashRoute: string): Promise<boolean>;
  /** Desktop only: the native open dialog; the chosen path, or null when cancelled (a browser uploads instead). */
  chooseFile?(filters: FileFilter[]): Promise<string | null>;
  /**
   * Where to write a new plan file (a restored backup): the desktop asks with a save dialog starting at
   * `suggestedPath` (null when cancelled); a host without dialogs takes `suggestedPath`.
   */
  choosePlanFilePath?(suggestedPath: string): Promise<string | null>;
}
