/**
 * The import preview as plain Italian text for the terminal: problems with sheet/row/column, then per card
 * what is added, changed (field: old → new) or absent from the file.
 * Why: `import --dry-run` must show exactly what the app's preview dialog shows.
 */
import type { ImportPreview } from '../../shared/api';

const CARD_STATUS = { added: 'NUOVA', changed: 'MODIFICATA', unchanged: 'invariata', absent: 'assente dal file (resta invariata)' };
const INDICATOR_STATUS = { added: 'nuovo', changed: 'modificato', absent: 'assente dal file (resta invariato)' };

export function previewText(preview: Omit<ImportPreview, 'token' | 'fileName'>, fileName: string): string {
  const lines = [`Anteprima dell'importazione di ${fileName} nel piano ${preview.year}${preview.planId === null ? ' (nuovo piano)' : ''}:`];
  const errors = preview.problems.filter((p) => p.severity === 'error');
  const warnings = preview.problems.filter((p) => p.severity === 'warning');
  for (const p of errors) lines.push(`  ERRORE: ${p.message}`);
  for (const p of warnings) lines.push(`  avviso: ${p.message}`);
  const count = (status: string) => preview.cards.filter((c) => c.status === status).length;
  lines.push(`  Schede: ${count('added')} nuove, ${count('changed')} modificate, ${count('unchanged')} invariate, ${count('absent')} assenti dal file.`);
  for (const card of preview.cards) {
    if (card.status === 'unchanged') continue;
    lines.push(`  ${card.code} – ${card.title}: ${CARD_STATUS[card.status]}`);
    for (const c of card.changes) lines.push(`      ${c.field}: «${c.before}» → «${c.after}»`);
    for (const indicator of card.indicators) {
      lines.push(`    • ${indicator.name}: ${INDICATOR_STATUS[indicator.status]}`);
      for (const c of indicator.changes) lines.push(`        ${c.field}: «${c.before}» → «${c.after}»`);
    }
  }
  return `${lines.join('\n')}\n`;
}
