/**
 * A saved layout as a small JSON file an office sends to its colleagues: what the file is, its version and the layout
 * (name, header row, first data row, each header with its meaning). Reading one back checks everything in it and
 * says in Italian what is wrong. Why: «Salva come modello…» in one office, «Importa modello…» in the next.
 */
import { describeIssue } from '../apiSchemas';
import { fail, ok, type ParseResult } from '../parseResult';
import type { SavedLayout } from './columnLayout';
import { LAYOUT_FILE_FORMAT, layoutFileSchema } from './layoutSchema';

export function layoutFileText(layout: SavedLayout): string {
  return `${JSON.stringify({ formato: LAYOUT_FILE_FORMAT, versione: 1, modello: layout }, null, 2)}\n`;
}

/** `Modello PIRA - Piano della CCIAA di Lucca.json`: the layout's name without characters a file name cannot hold. */
export function layoutFileName(name: string): string {
  return `Modello PIRA - ${name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim()}.json`;
}

export function readLayoutFile(text: string): ParseResult<SavedLayout> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('il file non è un modello di importazione di PIRA Desk (non è un file JSON).');
  }
  if (typeof data !== 'object' || data === null || (data as { formato?: unknown }).formato !== LAYOUT_FILE_FORMAT) {
    return fail(`il file non è un modello di importazione di PIRA Desk (manca «"formato": "${LAYOUT_FILE_FORMAT}"»).`);
  }
  const parsed = layoutFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') : '';
    return fail(`il modello non è valido${where ? ` (campo «${where}»)` : ''}: ${issue ? describeIssue(issue) : 'contenuto non riconosciuto'}.`);
  }
  return ok(parsed.data.modello);
}
