/**
 * `undo-import --db FILE [--year AAAA]`: restores the plan as it was before its last import, from the snapshot kept
 * in the plan file (also after a restart). Refused, with the plan untouched, when the plan was edited after the import.
 */
import { lazyRun, TAKE_OVER_OPTION, type CliCommand } from '../command';

export const undoImportCommand: CliCommand = {
  name: 'undo-import',
  summary: "annulla l'ultima importazione di un piano (ripristina il piano com'era prima)",
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano' },
    year: { kind: 'value', placeholder: 'AAAA', description: "l'anno del piano (predefinito: il più recente)" },
    'take-over': TAKE_OVER_OPTION,
  },
  run: lazyRun(() => import('./undoImport.run')),
};
