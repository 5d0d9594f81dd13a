/**
 * The work of the `layouts` command (its options and help are in layouts.ts), loaded only when it runs. Listing opens
 * the plan file read-only; importing and deleting open it for editing, like any other write of the command line.
 */
import fs from 'node:fs';
import { openPlanFile } from '../../../db/planFile';
import { formatDate } from '../../../shared/dates';
import type { SavedLayout } from '../../../shared/exchange/columnLayout';
import { layoutFileText, readLayoutFile } from '../../../shared/exchange/layoutFile';
import { layoutColumnLabel } from '../../../shared/exchange/layoutFields';
import { CliError, EXIT, type CliCommand, type ExitCode } from '../command';
import { openForCommand } from '../editingCommand';
import { readInputFile } from '../inputFile';
import { valueOf } from '../options';

const MAX_LAYOUT_FILE = 1_000_000;

function describe(layouts: readonly SavedLayout[], db: string): string {
  if (layouts.length === 0) return `Nessun modello di importazione salvato in ${db}.\n`;
  const lines = [`Modelli di importazione salvati in ${db}:`];
  for (const layout of layouts) {
    lines.push(`• «${layout.name}» (salvato il ${formatDate(layout.savedAt.slice(0, 10))}): intestazione alla riga ${layout.headerRow}, dati dalla riga ${layout.firstDataRow}`);
    for (const column of layout.columns) lines.push(`    ${column.header} → ${layoutColumnLabel(column)}`);
  }
  return `${lines.join('\n')}\n`;
}

async function change(db: string, io: Parameters<CliCommand['run']>[1], write: (file: ReturnType<typeof openPlanFile>) => string): Promise<ExitCode> {
  const editing = await openForCommand(db, "l'operazione sui modelli");
  try {
    const message = write(editing.file);
    await editing.afterWrite();
    io.out(message);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Error && 'code' in error && ['conflict', 'not-found', 'invalid-request'].includes(String(error.code)) && !(error instanceof CliError)) {
      throw new CliError(`${error.message} Il file del piano non è stato modificato.`);
    }
    throw error;
  } finally {
    await editing.close();
  }
}

export const run: CliCommand['run'] = async (options, io) => {
  const db = valueOf(options, 'db') ?? '';
  const toImport = valueOf(options, 'import');
  const toDelete = valueOf(options, 'delete');
  const toExport = valueOf(options, 'export');
  const out = valueOf(options, 'out');
  if ([toImport, toDelete, toExport].filter((v) => v !== undefined).length > 1) throw new CliError('Indicare una sola tra --export, --import e --delete.', EXIT.usage);
  if ((toExport === undefined) !== (out === undefined)) throw new CliError('--export NOME va con --out FILE.json.', EXIT.usage);
  if (toImport !== undefined) {
    const read = readLayoutFile(readInputFile(toImport, MAX_LAYOUT_FILE).toString('utf8'));
    if (!read.ok) throw new CliError(`«${toImport}»: ${read.error}`);
    return change(db, io, (file) => {
      file.layouts.save(read.value, read.value.name);
      return `Modello «${read.value.name}» aggiunto al file del piano.\n`;
    });
  }
  if (toDelete !== undefined) {
    return change(db, io, (file) => {
      file.layouts.remove(toDelete);
      return `Modello «${toDelete}» eliminato dal file del piano.\n`;
    });
  }
  const file = openPlanFile(db, { readonly: true });
  try {
    if (toExport !== undefined && out !== undefined) {
      const layout = file.layouts.find(toExport);
      if (!layout) throw new CliError(`Nel file non c'è un modello di importazione «${toExport}».`);
      if (fs.existsSync(out)) throw new CliError(`Il file ${out} esiste già: scegliere un altro nome.`);
      fs.writeFileSync(out, layoutFileText(layout), { flag: 'wx' });
      io.out(`Modello «${layout.name}» scritto in ${out}.\n`);
      return EXIT.ok;
    }
    const layouts = file.layouts.list();
    io.out(options.json === true ? `${JSON.stringify(layouts, null, 2)}\n` : describe(layouts, db));
    return EXIT.ok;
  } finally {
    file.close();
  }
};
