/**
 * `import --db FILE IN.xlsx [IN2.ods …] [--dry-run] [--year AAAA] [--ente TESTO] [--confirm] [--choose N=OPZIONE,…]
 * [--map "INTESTAZIONE=Campo" …] [--header-row N] [--first-row N] [--save-layout NOME] [--layout NOME]`:
 * previews one or several workbooks merged (the plan of `--year`, else of the Piano sheet, else the most recent plan;
 * a new plan when the file has none for that year) and applies them in one transaction. Numbers read without a
 * format, probable matches, conflicts and changes outside a round's fill-in cells are numbered decisions:
 * `--confirm` takes every proposal, `--choose 3=punti,5=v2` picks options. `--map` gives columns their meaning (the
 * mapping step of the app), `--save-layout` keeps that mapping in the plan file, `--layout` reads with a saved one. A
 * refused or failed import exits non-zero and leaves the plan file untouched; `--dry-run` only prints the preview.
 */
import path from 'node:path';
import { TAKE_OVER_OPTION, type CliCommand } from '../command';
import { valuesOf } from '../options';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'importa una o più cartelle di lavoro .xlsx/.ods in un piano (anteprima unica con --dry-run)',
  options: {
    db: { kind: 'value', required: true, placeholder: 'FILE', description: 'il file del piano' },
    in: {
      kind: 'value',
      required: true,
      positional: true,
      repeatable: true,
      placeholder: 'IN.xlsx',
      description: 'le cartelle di lavoro da importare insieme (anche senza --in, una dopo l’altra)',
    },
    year: { kind: 'value', placeholder: 'AAAA', description: "l'anno del piano di destinazione (predefinito: quello del foglio Piano, altrimenti il più recente)" },
    ente: { kind: 'value', placeholder: 'TESTO', description: "l'ente del piano che l'importazione crea, se i file non lo indicano" },
    confirm: { kind: 'flag', description: 'accetta tutte le proposte (letture dei numeri senza formato, indicatori abbinati)' },
    choose: { kind: 'value', placeholder: 'N=OPZIONE,…', description: "sceglie un'opzione per le decisioni numerate dell'anteprima (conflitti, modifiche a celle protette)" },
    map: {
      kind: 'value',
      repeatable: true,
      placeholder: '"INTESTAZIONE=Campo"',
      description: "il significato di una colonna (ripetibile): Campo è un'intestazione della cartella canonica (Codice, Indicatore, Valore al 30/06/2024, Target 2024…), «Codice e titolo» o «Ignora»",
    },
    'header-row': { kind: 'value', placeholder: 'N', description: 'la riga di intestazione dei fogli da associare con --map (predefinita: trovata da sola)' },
    'first-row': { kind: 'value', placeholder: 'N', description: "la prima riga di dati (predefinita: quella sotto l'intestazione)" },
    'save-layout': { kind: 'value', placeholder: 'NOME', description: 'salva nel file del piano le associazioni di --map come modello, per i prossimi file' },
    layout: { kind: 'value', placeholder: 'NOME', description: 'legge i file con un modello salvato (i modelli salvati si usano anche da soli quando le intestazioni corrispondono)' },
    'dry-run': { kind: 'flag', description: "mostra l'anteprima senza modificare il file" },
    tempi: { kind: 'flag', description: 'stampa quanto ha richiesto ogni fase (lettura dei file, confronto, scrittura)' },
    'take-over': TAKE_OVER_OPTION,
  },
  run: async (options, io) => {
    // The workbooks go to a parse process first, by their paths once checked: it reads them while the import's own
    // modules load and the plan file opens. Whatever ends the command before it needs them stops that process.
    const [{ startImportParsing }, { DEFAULT_LIMITS }, { checkInputFile }] = await Promise.all([
      import('../../exchange/importParsing'),
      import('../../exchange/limits'),
      import('../inputFile'),
    ]);
    const started = performance.now();
    const inputs = valuesOf(options, 'in');
    const files = inputs.map((input) => ({ fileName: path.basename(input), path: path.resolve(input), size: checkInputFile(input, DEFAULT_LIMITS.maxFileBytes) }));
    const parsing = startImportParsing(files);
    parsing.files.catch(() => undefined); // awaited by the import; this only keeps a refusal from counting as unhandled meanwhile
    try {
      const { runImport } = await import('./importWorkbook.run');
      return await runImport(options, io, { inputs, parsing, started });
    } finally {
      parsing.cancel();
    }
  },
};
