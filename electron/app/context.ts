/**
 * The back end's state: which plan file is open, and the host. Handlers receive it instead of globals.
 * Why: Electron's File > Apri swaps the open file at run time; the harness opens one file given on the
 * command line; tests build a context on a temporary file.
 */
import type { Host } from './host';
import type { PlanFile } from '../../db/planFile';
import type { EditingFile } from './editingFile';

export interface AppContext {
  readonly host: Host;
  /** The open plan file (throws a PlanFileError with an Italian message when none is open). */
  file(): PlanFile;
  /**
   * How the open file is held (lock, read-only, working copy of a shared folder, backups); absent where a test
   * hands the handlers a bare PlanFile.
   */
  document?(): EditingFile;
  /** Takes over the open file from the user holding it (they confirmed) and reopens it for editing. */
  takeOver?(): Promise<EditingFile>;
  /** The user's data folder (backups), when there is one. */
  readonly dataDir?: string;
}
