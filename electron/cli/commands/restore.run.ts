/**
 * The work of the `restore` command (its options and help are in restore.ts), loaded only when it runs:
 * `pira help` and a mistyped command line start without loading SQLite, SheetJS or the schemas.
 * A restore writes a new file and leaves the plan file alone, so it takes no backup: a backup taken here would
 * only push older ones out (once, the very one being restored).
 */
import path from 'node:path';
import { BACKUP_REASONS, listBackups } from '../../../db/backups';
import { restoreBackupAsCopy } from '../../../db/backupRestore';
import { defaultDataDir } from '../../../db/dataDir';
import { formatInstant } from '../../../shared/fileHolder';
import { CliError, EXIT, type CliCommand } from '../command';
import { valueOf } from '../options';

export const run: CliCommand['run'] = async (options, io) => {
  const file = path.resolve(valueOf(options, 'db') ?? '');
  const out = path.resolve(valueOf(options, 'out') ?? '');
  const numberText = valueOf(options, 'backup') ?? '';
  const number = /^\d{1,5}$/.test(numberText) ? Number(numberText) : 0;
  if (number < 1) throw new CliError(`Numero di copia non valido: «${numberText}» (1 = la più recente; vedere: npm run pira -- backups --db FILE).`, EXIT.usage);
  if (out === file) throw new CliError('La copia ripristinata deve avere un nome diverso dal file di piano, che non viene mai sovrascritto.', EXIT.usage);
  const entries = listBackups(defaultDataDir(), file);
  const entry = entries.find((e) => e.number === number);
  if (!entry) {
    throw new CliError(entries.length === 0 ? `Non ci sono copie di sicurezza di ${file}.` : `La copia n. ${number} non esiste: le copie di ${file} vanno da 1 a ${entries.length}.`);
  }
  await restoreBackupAsCopy(entry, out);
  const when = `${formatInstant(entry.createdAt)}${entry.future ? ', data nel futuro' : ''}`;
  io.out(`Ripristinata la copia n. ${number} (${when}, ${BACKUP_REASONS[entry.reason]}) in ${out}. Il file ${file} non è stato modificato.\n`);
  return EXIT.ok;
};
