/**
 * `layouts --db FILE [--json] [--export NOME --out FILE.json] [--import FILE.json] [--delete NOME]`: the import
 * layouts saved in the plan file (name, headers, meanings, header row), and their exchange as small JSON files.
 */
import { lazyRun, type CliCommand } from '../command';

export const layoutsCommand: CliCommand = {
  name: 'layouts',
  summary: 'modelli di importazione salvati nel file (intestazioni e significati); esporta, importa, elimina',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano' },
    json: { kind: 'flag', description: 'stampa i modelli in JSON' },
    export: { kind: 'value', placeholder: 'NOME', description: 'scrive il modello in un file JSON da mandare a un collega (con --out)' },
    out: { kind: 'value', placeholder: 'FILE.json', description: 'il file scritto da --export (non sovrascrive)' },
    import: { kind: 'value', placeholder: 'FILE.json', description: 'aggiunge al file del piano il modello di un file JSON' },
    delete: { kind: 'value', placeholder: 'NOME', description: 'elimina il modello dal file del piano' },
  },
  run: lazyRun(() => import('./layouts.run')),
};
