/**
 * `import --db FILE IN.xlsx [--dry-run] [--year AAAA]`: previews a workbook against the plan of that year (or
 * creates a new plan when the file has none for that year) and applies it in one transaction. A refused or
 * failed import exits non-zero and leaves the plan file untouched; `--dry-run` only prints the preview.
 */
import { defaultDataDir } from '../../../db/dataDir';
import { holderText } from '../../../shared/fileHolder';
import { openEditingFile } from '../../app/editingFile';
import { applyPending, prepareImport } from '../../exchange/exchangeService';
import { DEFAULT_LIMITS } from '../../exchange/limits';
import { readInputFile } from '../inputFile';
import { CliError, EXIT, type CliCommand } from '../command';
import { valueOf } from '../options';
import { parseYear } from '../planChoice';
import { previewText } from '../previewText';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'importa una cartella di lavoro .xlsx/.ods in un piano (anteprima con --dry-run)',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano' },
    in: { kind: 'value', required: true, positional: true, placeholder: 'IN.xlsx', description: 'la cartella di lavoro da importare (anche senza --in)' },
    year: { kind: 'value', placeholder: 'AAAA', description: "l'anno del piano di destinazione (predefinito: quello del foglio Piano)" },
    'dry-run': { kind: 'flag', description: "mostra l'anteprima senza modificare il file" },
  },
  async run(options, io) {
    const input = valueOf(options, 'in') ?? '';
    const yearText = valueOf(options, 'year');
    const year = yearText === undefined ? undefined : parseYear(yearText);
    const bytes = readInputFile(input, DEFAULT_LIMITS.maxFileBytes);
    const dryRun = options['dry-run'] === true;
    const dbPath = valueOf(options, 'db') ?? '';
    // The same lock, backups and shared-folder working copy as the app (issue 10): never over someone's open file.
    const editing = await openEditingFile(dbPath, {
      dataDir: defaultDataDir(),
      readOnly: dryRun,
      backupAtOpen: false,
      onHeld: (holder) => {
        throw new CliError(`Il file ${dbPath} è ${holderText(holder)}: importazione non eseguita. Riprovare quando sarà chiuso (l'anteprima con --dry-run si può fare anche ora).`);
      },
    });
    const file = editing.file;
    try {
      const target = await targetPlan(file.repo.listPlans(), bytes, year, file);
      const prepared = await prepareImport(file, target, bytes, { year });
      io.out(previewText(prepared.preview, input));
      if (!prepared.preview.canApply) {
        io.err('Importazione non eseguita: il file ha errori bloccanti (vedi sopra). Il file del piano non è stato modificato.\n');
        return EXIT.failed;
      }
      if (dryRun) {
        io.out('Prova (--dry-run): nessuna modifica scritta.\n');
        return EXIT.ok;
      }
      await editing.backup('prima-importazione');
      const { planId } = applyPending(file, prepared.pending);
      await editing.afterWrite();
      io.out(`Importazione applicata al piano ${prepared.preview.year} (id ${planId}).\n`);
      return EXIT.ok;
    } catch (error) {
      if (error instanceof Error && 'code' in error && ['import-refused', 'conflict', 'invalid-request', 'not-found'].includes(String(error.code))) {
        throw new CliError(`${error.message} Il file del piano non è stato modificato.`);
      }
      throw error;
    } finally {
      await editing.close();
    }
  },
};

/** The plan of `--year`, else the plan of the year written in the workbook, else `null` (a new plan). */
async function targetPlan(
  plans: { id: number; year: number }[],
  bytes: Buffer,
  year: number | undefined,
  file: Parameters<typeof prepareImport>[0],
): Promise<number | null> {
  const wanted = year ?? (await prepareImport(file, null, bytes)).preview.year;
  return plans.find((p) => p.year === wanted)?.id ?? null;
}
