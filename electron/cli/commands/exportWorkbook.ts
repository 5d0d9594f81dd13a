/**
 * `export --db FILE [--year AAAA] [--cards CODICE,…] [--template MODELLO] --out FILE.xlsx|.ods`: writes a plan (or
 * some of its cards) in the canonical workbook or another writable layout. `export … --by area|ufficio --out-dir
 * DIR [--format xlsx|ods]` (or `--cards … --out-dir DIR`) prepares the data-collection round: one protected workbook
 * per area, per ufficio or for the chosen cards. The plan file is opened read-only; existing files are refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openPlanFile } from '../../../db/planFile';
import type { RoundGrouping, WorkbookFormat } from '../../../shared/api';
import { DEFAULT_TEMPLATE_ID, writableTemplates } from '../../../shared/exchange/templates';
import { formatNumber } from '../../../shared/values';
import { exportPlanWorkbook, prepareRoundWorkbooks } from '../../exchange/exchangeService';
import { CliError, EXIT, type CliCommand } from '../command';
import { valueOf } from '../options';
import { choosePlan, parseYear } from '../planChoice';

const TEMPLATE_IDS = writableTemplates().map((t) => t.id);

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

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'esporta un piano (o alcune schede) in .xlsx/.ods, oppure prepara la raccolta dati (una cartella per area o ufficio)',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano (aperto in sola lettura)' },
    year: { kind: 'value', placeholder: 'AAAA', description: "l'anno del piano (predefinito: il più recente)" },
    cards: { kind: 'value', placeholder: 'CODICE,…', description: 'solo le schede indicate, separate da virgole' },
    template: { kind: 'value', placeholder: TEMPLATE_IDS.join('|'), description: `il modello da scrivere (predefinito: ${DEFAULT_TEMPLATE_ID})` },
    out: { kind: 'value', placeholder: 'FILE.xlsx|FILE.ods', description: 'il file da scrivere (non deve esistere)' },
    by: { kind: 'value', placeholder: 'area|ufficio', description: 'raccolta dati: una cartella di lavoro protetta per area o per ufficio' },
    'out-dir': { kind: 'value', placeholder: 'CARTELLA', description: 'raccolta dati: la cartella in cui scriverle (creata se manca)' },
    format: { kind: 'value', placeholder: 'xlsx|ods', description: 'raccolta dati: il formato (predefinito: xlsx)' },
  },
  run(options, io) {
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
        io.out(`Raccolta dati del piano ${plan.year}: ${produced.length} cartelle di lavoro in ${outDir}:\n${produced.map((p) => `  ${p.fileName}\n`).join('')}`);
        return EXIT.ok;
      }
      const { data } = exportPlanWorkbook(file, plan.id, format, codes, template);
      fs.writeFileSync(out ?? '', data, { flag: 'wx' });
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
