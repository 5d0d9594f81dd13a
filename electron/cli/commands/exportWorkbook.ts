/**
 * `export --db FILE [--year AAAA] [--cards CODICE,…] [--template MODELLO] --out FILE.xlsx|.ods`: writes a plan (or
 * some of its cards) in the canonical workbook or another writable layout. `export … --by area|ufficio --out-dir
 * DIR [--format xlsx|ods]` (or `--cards … --out-dir DIR`) prepares the data-collection round: one protected workbook
 * per area, per ufficio or for the chosen cards. The plan file is opened read-only; existing files are refused.
 */
import { DEFAULT_TEMPLATE_ID, writableTemplates } from '../../../shared/exchange/templates';
import { lazyRun, type CliCommand } from '../command';

/** The layouts `--template` may name. */
export const TEMPLATE_IDS = writableTemplates().map((t) => t.id);

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
  run: lazyRun(() => import('./exportWorkbook.run')),
};
