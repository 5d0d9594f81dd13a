/**
 * `export --db FILE [--year AAAA] [--cards CODICE,…] --out FILE.xlsx|.ods`: writes the canonical workbook of a plan
 * (or of some of its cards). The plan file is opened read-only; an existing output file is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openPlanFile } from '../../../db/planFile';
import { exportPlanWorkbook } from '../../exchange/exchangeService';
import { CliError, EXIT, type CliCommand } from '../command';
import { valueOf } from '../options';
import { choosePlan, parseYear } from '../planChoice';
import { formatNumber } from '../../../shared/values';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'esporta un piano (o alcune schede) nella cartella di lavoro canonica .xlsx o .ods',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano (aperto in sola lettura)' },
    year: { kind: 'value', placeholder: 'AAAA', description: "l'anno del piano (predefinito: il più recente)" },
    cards: { kind: 'value', placeholder: 'CODICE,…', description: 'solo le schede indicate, separate da virgole' },
    out: { kind: 'value', required: true, placeholder: 'FILE.xlsx|FILE.ods', description: 'il file da scrivere (non deve esistere)' },
  },
  run(options, io) {
    const out = valueOf(options, 'out') ?? '';
    const format = path.extname(out).toLowerCase().slice(1);
    if (format !== 'xlsx' && format !== 'ods') throw new CliError(`Il file di uscita deve terminare con .xlsx o .ods: «${out}».`, EXIT.usage);
    const yearText = valueOf(options, 'year');
    if (yearText !== undefined) parseYear(yearText);
    const cardsText = valueOf(options, 'cards');
    const codes = cardsText === undefined ? null : cardsText.split(',').map((c) => c.trim()).filter(Boolean);
    if (fs.existsSync(out)) throw new CliError(`Il file ${out} esiste già: scegliere un altro nome.`);
    const file = openPlanFile(valueOf(options, 'db') ?? '', { readonly: true });
    try {
      const plan = choosePlan(file, yearText);
      const { data } = exportPlanWorkbook(file, plan.id, format, codes);
      fs.writeFileSync(out, data, { flag: 'wx' });
      const what = `${formatNumber(codes === null ? plan.cardCount : codes.length, 0)} schede`;
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
  },
};
