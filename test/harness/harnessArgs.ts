/**
 * Command-line options of `npm run dev:web -- --db FILE [--port PORT] [--sample]`, with Italian refusals.
 * Why: a typo must stop the harness with a message, never start it on a default file or port silently.
 */
import type { HarnessOptions } from './server';

export const HARNESS_USAGE =
  'Uso: npm run dev:web -- --db FILE.pira [--port PORTA] [--sample]\n' +
  '  --db FILE   file del piano da aprire (obbligatorio; non viene creato se manca)\n' +
  '  --port N    porta su 127.0.0.1 (predefinita 5180; 0 = una libera)\n' +
  '  --sample    se il file non esiste, lo crea con il piano di esempio 2024';

export const DEFAULT_PORT = 5180;

export type ParsedHarnessArgs = { ok: true; options: HarnessOptions } | { ok: false; message: string };

export function parseHarnessArgs(argv: string[]): ParsedHarnessArgs {
  let dbPath: string | undefined;
  let port = DEFAULT_PORT;
  let sample = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--sample') sample = true;
    else if (arg === '--db' || arg === '--port') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) return { ok: false, message: `Manca il valore di ${arg}.\n${HARNESS_USAGE}` };
      if (arg === '--db') dbPath = value;
      else {
        const n = Number(value);
        if (!/^\d+$/.test(value) || n > 65535) return { ok: false, message: `Porta non valida: «${value}» (intero tra 0 e 65535).` };
        port = n;
      }
    } else return { ok: false, message: `Opzione sconosciuta: «${arg}».\n${HARNESS_USAGE}` };
  }
  if (!dbPath) return { ok: false, message: `Indicare il file del piano con --db.\n${HARNESS_USAGE}` };
  return { ok: true, options: { dbPath, port, sample } };
}
