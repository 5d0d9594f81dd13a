/**
 * The work of the `backups` command (its options and help are in backups.ts), loaded only when it runs:
 * `pira help` and a mistyped command line start without loading SQLite, SheetJS or the schemas.
 */
import path from 'node:path';
import { BACKUP_REASONS, backupFolderFor, listBackups } from '../../../db/backups';
import { defaultDataDir } from '../../../db/dataDir';
import { formatInstant } from '../../../shared/fileHolder';
import { formatNumber } from '../../../shared/values';
import { EXIT, type CliCommand } from '../command';
import { valueOf } from '../options';
import { textTable } from '../textTable';

const size = (bytes: number) => `${formatNumber(bytes / 1024, 0)} KB`;

export const run: CliCommand['run'] = (options, io) => {
  const file = path.resolve(valueOf(options, 'db') ?? '');
  const dataDir = defaultDataDir();
  const entries = listBackups(dataDir, file);
  if (options.json) {
    const rows = entries.map((e) => ({ number: e.number, createdAt: e.createdAt, future: e.future, reason: e.reason, description: BACKUP_REASONS[e.reason], bytes: e.bytes, path: e.path }));
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  if (entries.length === 0) {
    io.out(`Nessuna copia di sicurezza di ${file} (cartella: ${backupFolderFor(dataDir, file)}).\n`);
    return EXIT.ok;
  }
  const rows = entries.map((e) => [String(e.number), `${formatInstant(e.createdAt)}${e.future ? ' (nel futuro)' : ''}`, BACKUP_REASONS[e.reason], size(e.bytes)]);
  io.out(`Copie di sicurezza di ${file} (cartella: ${backupFolderFor(dataDir, file)}):\n`);
  io.out(`${textTable(['N.', 'Data e ora', 'Quando', 'Dimensione'], rows, ['right', 'left', 'left', 'right'])}\n`);
  if (entries.some((e) => e.future)) {
    io.out("Le copie «nel futuro» sono state fatte quando l'orologio del computer era avanti (o lo è ora): sono tenute ed elencate per ultime.\n");
  }
  io.out('Per ripristinarne una come nuovo file: npm run pira -- restore --db FILE --backup N --out COPIA.pira\n');
  return EXIT.ok;
};
