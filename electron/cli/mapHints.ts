/**
 * What the terminal says under the preview about the sheets: which ones a saved layout or `--map` read («letto con il
 * modello "NOME"»), and for each sheet it could not read the headers not understood as `--map` options to complete,
 * the fields still missing and how to move the header row. Why: item 5 of issue 18 — a refusal says what to do; the
 * app opens its mapping step, the command line prints the options to type.
 */
import type { ImportPreview } from '../../shared/api';
import { fieldNames } from '../../shared/exchange/layoutFields';

export function mapHints(preview: Pick<ImportPreview, 'sheets'>): string {
  const lines: string[] = [];
  for (const sheet of preview.sheets) {
    if (sheet.readWith?.kind === 'saved') lines.push(`Foglio «${sheet.sheet}» (${sheet.fileName}): letto con il modello "${sheet.readWith.name}".`);
    if (sheet.readWith?.kind === 'mapped') lines.push(`Foglio «${sheet.sheet}» (${sheet.fileName}): letto con le colonne indicate da --map.`);
  }
  const unread = preview.sheets.filter((s) => s.readWith === null);
  if (unread.length === 0) return lines.length > 0 ? `${lines.join('\n')}\n` : '';
  for (const sheet of unread) {
    const unknown = sheet.columns.filter((c) => c.meaning === null);
    lines.push(`Foglio «${sheet.sheet}» (${sheet.fileName}) non letto: intestazione alla riga ${sheet.headerRow}, mancano ${sheet.missing.join(', ') || 'nessun campo'}.`);
    if (unknown.length > 0) lines.push(`  Per leggerlo completare e aggiungere al comando: ${unknown.map((c) => `--map "${c.header}=CAMPO"`).join(' ')}`);
  }
  lines.push(`  CAMPO è uno tra: ${fieldNames().join(', ')} (una colonna da non leggere: Ignora).`);
  lines.push('  Se l’intestazione non è alla riga indicata: --header-row N; se i dati non iniziano alla riga sotto: --first-row N. Con --save-layout NOME le associazioni restano nel file per i prossimi file.');
  return `${lines.join('\n')}\n`;
}
