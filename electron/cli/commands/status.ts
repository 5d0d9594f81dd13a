/**
 * `status --db FILE [--year AAAA] [approvato --delibera N --data GG/MM/AAAA | chiuso | bozza] [--motivo TESTO]`: shows
 * the plan's status, or moves it (bozza → approvato → chiuso; reopening or going back to draft needs --motivo). The
 * move is recorded in the change log; the file is opened like the app does (lock, backups).
 */
import { lazyRun, TAKE_OVER_OPTION, type CliCommand } from '../command';

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'stato del piano (bozza, approvato, chiuso): lo mostra, oppure lo cambia e lo registra',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano' },
    year: { kind: 'value', placeholder: 'AAAA', description: "l'anno del piano (predefinito: il più recente)" },
    stato: { kind: 'value', positional: true, placeholder: 'approvato|chiuso|bozza', description: 'il nuovo stato (senza: mostra quello attuale)' },
    delibera: { kind: 'value', placeholder: 'N', description: 'con approvato: il numero della delibera di approvazione' },
    data: { kind: 'value', placeholder: 'GG/MM/AAAA', description: 'con approvato: la data della delibera' },
    motivo: { kind: 'value', placeholder: 'TESTO', description: 'il motivo (obbligatorio per riaprire un piano chiuso o riportarlo in bozza)' },
    'take-over': TAKE_OVER_OPTION,
  },
  run: lazyRun(() => import('./status.run')),
};
