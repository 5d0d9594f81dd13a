/**
 * Opens the plan file for a CLI command that writes it, the way the app does (issue 10): the "in use" lock (a file
 * someone else has open is refused, never written under them), the shared-folder working copy saved back after the
 * write, backups in the user's data folder.
 * Why one place: import, undo-import and rollover must not each decide how a command-line write meets the lock.
 */
import { defaultDataDir } from '../../db/dataDir';
import { holderText } from '../../shared/fileHolder';
import { openEditingFile, type EditingFile } from '../app/editingFile';
import { CliError } from './command';

/** `what` names the refused action in the message ("importazione", "creazione del nuovo piano"). */
export function openForCommand(dbPath: string, what: string, options: { readOnly?: boolean; hint?: string } = {}): Promise<EditingFile> {
  return openEditingFile(dbPath, {
    dataDir: defaultDataDir(),
    readOnly: options.readOnly === true,
    backupAtOpen: false,
    onHeld: (holder) => {
      throw new CliError(`Il file ${dbPath} è ${holderText(holder)}: ${what} non eseguita. Riprovare quando sarà chiuso${options.hint ?? ''}.`);
    },
  });
}
