/**
 * The work of the `export` command (its options and help are in exportWorkbook.ts), loaded only when it runs:
 * `pira help` and a mistyped command line start without loading SQLite, SheetJS or the schemas.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openPlanFile } from '../../../db/planFile';
import type { RoundGrouping, WorkbookFormat } from '../../../shared/api';
import { DEFAULT_TEMPLATE_ID } from '../../../shared/exchange/templates';
import { countOf } from '../../../shared/italianText';
import { exportPlanWorkbook, prepareRoundWorkbooks } from '../../exchange/exchangeService';
import { CliError, EXIT, type CliCommand } from '../command';
import { valueOf } from '../options';
import { choosePlan, parseYear } from '../planChoice';
import { TEMPLATE_IDS } from './exportWorkbook';

function formatOf(text: string, what: string): WorkbookFormat {
  if (text !== 'xlsx' && text !== 'ods') throw new CliError(`${what} deve essere xlsx oppure ods: «${text}».`, EXIT.usage);
  return text;
}

/** The round's grouping from `--by` / `--cards`, or `null` for a single workbook (`--out`). */
function groupingOf(by: string | undefined, codes: string[] | null, outDir: string | undefined): RoundGrouping | null {
  if (outDir === undefined) {
    if (by !== undefined) throw new CliError('Con --by indicare la cartella di uscita --out-dir.', EXIT.usage);
    return null;
  }
  if (by === 'area' || by === 'ufficio') return { kind: by };
  if (by !== undefined) throw new CliError(`--by deve essere area oppure ufficio: «${by}».`, EXIT.usage);
  if (codes === null) throw new CliError('Con --out-dir indicare --by area, --by ufficio oppure le schede con --cards.', EXIT.usage);
  return { kind: 'cards', codes };
}

export const run: CliCommand['run'] = (options, io) => {
  const out = valueOf(options, 'out');
  const outDir = valueOf(options, 'out-dir');
  const yearText = valueOf(options, 'year');
  if (yearText !== undefined) parseYear(yearText);
  const cardsText = valueOf(options, 'cards');
  const codes = cardsText === undefined ? null : cardsText.split(',').map((c) => c.trim()).filter(Boolean);
  const grouping = groupingOf(valueOf(options, 'by'), codes, outDir);
  if ((out === undefined) === (outDir === undefined)) throw new CliError('Indicare --out FILE (un file) oppure --out-dir CARTELLA (raccolta dati).', EXIT.usage);
  const template = valueOf(options, 'template') ?? DEFAULT_TEMPLATE_ID;
  if (!TEMPLATE_IDS.includes(template)) throw new CliError(`Modello sconosciuto: «${template}». Modelli: ${TEMPLATE_IDS.join(', ')}.`, EXIT.usage);
  const format = out !== undefined ? formatOf(path.extname(out).toLowerCase().slice(1), 'Il file di uscita') : formatOf(valueOf(options, 'format') ?? 'xlsx', '--format');
  if (out !== undefined && fs.existsSync(out)) throw new CliError(`Il file ${out} esiste già: scegliere un altro nome.`);
  const file = openPlanFile(valueOf(options, 'db') ?? '', { readonly: true });
  try {
    const plan = choosePlan(file, yearText);
    if (grouping && outDir !== undefined) {
      const produced = prepareRoundWorkbooks(file, plan.id, format, grouping);
      const taken = produced.filter((p) => fs.existsSync(path.join(outDir, p.fileName)));
      if (taken.length > 0) throw new CliError(`In ${outDir} esistono già: ${taken.map((p) => p.fileName).join(', ')}. Scegliere un'altra cartella.`);
      fs.mkdirSync(outDir, { recursive: true });
      for (const p of produced) fs.writeFileSync(path.join(outDir, p.fileName), p.data, { flag: 'wx' });
      io.out(`Raccolta dati del piano ${plan.year}: ${countOf(produced.length, 'cartella di lavoro', 'cartelle di lavoro')} in ${outDir}:\n${produced.map((p) => `  ${p.fileName}\n`).join('')}`);
      return EXIT.ok;
    }
    const { data } = exportPlanWorkbook(file, plan.id, format, codes, template);
    fs.writeFileSync(out ?? '', data, { flag: 'wx' });
    const what = countOf(codes === null ? plan.cardCount : codes.length, 'scheda', 'schede');
    io.out(`Esportato il piano ${plan.year} (${what}) in ${out}.\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Error && 'code' in error && typeof error.code === 'string' && !(error instanceof CliError)) {
      if (['not-found', 'invalid-request'].includes(error.code)) throw new CliError(error.message);
    }
    throw error;
  } finally {
    file.close();
  }
};
