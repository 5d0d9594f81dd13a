/**
 * Opens the plan file for a CLI command that writes it, the way the app does (issue 10): the "in use" lock (a file
 * someone else has open is refused, never written under them), the shared-folder working copy saved back after the
 * write, backups in the user's data folder.
 * Why one place: import, undo-import and rollover must not each decide how a command-line write meets the lock.
 */
import { defaultDataDir } from '../../db/dataDir';
import { holderName, holderText } from '../../shared/fileHolder';
import { openEditingFile, type EditingFile } from '../app/editingFile';
import { CliError, type CliIo } from './command';

export interface CommandOpening {
  readOnly?: boolean;
  /** Said after «Riprovare quando sarà chiuso». */
  hint?: string;
  /** `--take-over` was given: the user confirmed taking the file from whoever the lock names. */
  takeOver?: boolean;
  /** Where the note about a take-over goes. */
  io?: CliIo;
}

/** `what` names the refused action in the message ("importazione", "creazione del nuovo piano"). */
export function openForCommand(dbPath: string, what: string, options: CommandOpening = {}): Promise<EditingFile> {
  return openEditingFile(dbPath, {
    dataDir: defaultDataDir(),
    readOnly: options.readOnly === true,
    backupAtOpen: false,
    onHeld: (holder) => {
      if (options.takeOver) {
        options.io?.err(`Nota: il file ${dbPath} era ${holderText(holder)}; preso con --take-over: da ${holderName(holder)} non si salva più.\n`);
        return 'take-over';
      }
      throw new CliError(
        `Il file ${dbPath} è ${holderText(holder)}: ${what} non eseguita. Riprovare quando sarà chiuso${options.hint ?? ''}. ` +
          `Se si è certi che ${holderName(holder)} non lo stia più usando, ripetere il comando con --take-over per prendere il file.`,
      );
    },
  });
}
