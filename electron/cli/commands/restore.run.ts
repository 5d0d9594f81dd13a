/**
 * The work of the `restore` command (its options and help are in restore.ts), loaded only when it runs:
 * `pira help` and a mistyped command line start without loading SQLite, SheetJS or the schemas.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_REASONS, backupClosedFile, listBackups, restoreBackupAsCopy } from '../../../db/backups';
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
  if (fs.existsSync(out)) throw new CliError(`Il file ${out} esiste già: scegliere un altro nome per la copia.`);
  const dataDir = defaultDataDir();
  const entries = listBackups(dataDir, file);
  const entry = entries.find((e) => e.number === number);
  if (!entry) {
    throw new CliError(entries.length === 0 ? `Non ci sono copie di sicurezza di ${file}.` : `La copia n. ${number} non esiste: le copie di ${file} vanno da 1 a ${entries.length}.`);
  }
  if (fs.existsSync(file)) {
    // The file as it is now joins the backups first (best effort: a damaged file is often why one restores).
    await backupClosedFile(file, file, dataDir, 'prima-ripristino').catch((error: unknown) =>
      io.err(`Nota: copia di sicurezza del file attuale non riuscita (${(error as Error).message}).\n`),
    );
  }
  await restoreBackupAsCopy(entry, out);
  io.out(`Ripristinata la copia n. ${number} (${formatInstant(entry.createdAt)}, ${BACKUP_REASONS[entry.reason]}) in ${out}. Il file ${file} non è stato modificato.\n`);
  return EXIT.ok;
};
