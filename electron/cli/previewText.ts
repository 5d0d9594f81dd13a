/**
 * The import preview as plain Italian text for the terminal: problems with sheet/row/column, the numbered decisions
 * (readings, matches, conflicts, protected cells) with their options, per file who changed what, then per card what
 * is added, changed (field: old → new) or absent from the files, and the summary.
 * Why: `import --dry-run` must show exactly what the app's preview dialog shows.
 */
import type { FileChange, ImportDecision, ImportPreview } from '../../shared/api';
import { countOf } from '../../shared/italianText';

const CARD_STATUS = { added: 'NUOVA', changed: 'MODIFICATA', unchanged: 'invariata', absent: 'assente dal file (resta invariata)' };
const INDICATOR_STATUS = { added: 'nuovo', changed: 'modificato', absent: 'assente dal file (resta invariato)' };
const KIND: Record<ImportDecision['kind'], string> = { reading: 'lettura', match: 'abbinamento', conflict: 'CONFLITTO', outside: 'cella protetta', closed: 'data chiusa' };

function change(c: FileChange): string {
  return `${c.card}${c.indicator ? ` «${c.indicator}»` : ''} – ${c.field}: «${c.before}» → «${c.after}»`;
}

function decisionLines(d: ImportDecision, number: number | undefined): string[] {
  const state = d.chosen !== null ? `scelta: ${d.chosen}` : d.required ? 'DA SCEGLIERE' : 'nessuna scelta';
  const options = d.options.map((o) => `${o.id} = ${o.label}${o.id === d.suggested ? ' (proposta)' : ''}`).join('; ');
  return [`  [${number ?? '?'}] ${KIND[d.kind]}: ${d.message}`, `        opzioni: ${options} — ${state}`];
}

export function previewText(preview: Omit<ImportPreview, 'token' | 'fileName'>, fileName: string, numbers: ReadonlyMap<string, number> = new Map()): string {
  const lines = [`Anteprima dell'importazione di ${fileName} nel piano ${preview.year}${preview.planId === null ? ' (nuovo piano)' : ''}:`];
  for (const p of preview.problems.filter((x) => x.severity === 'error')) lines.push(`  ERRORE: ${p.message}`);
  for (const p of preview.problems.filter((x) => x.severity === 'warning')) lines.push(`  avviso: ${p.message}`);
  const open = preview.decisions.filter((d) => d.required || d.kind !== 'reading');
  const confirmed = preview.decisions.length - open.length;
  if (open.length > 0) {
    lines.push(`  Decisioni (${open.filter((d) => d.required && d.chosen === null).length} da prendere; --confirm accetta le proposte, --choose N=OPZIONE sceglie):`);
    for (const d of open) lines.push(...decisionLines(d, numbers.get(d.id)));
  }
  if (confirmed > 0) lines.push(`  ${countOf(confirmed, 'numero senza formato letto', 'numeri senza formato letti')} come il valore del piano (nessuna modifica).`);
  if (preview.files.length > 1 || preview.files.some((f) => f.outside.length > 0)) {
    for (const file of preview.files) {
      const count = countOf(file.changes.length, 'modifica', 'modifiche');
      lines.push(`  File ${file.fileName} (${file.description}): ${count}${file.outside.length > 0 ? `, ${file.outside.length} fuori dalle celle da compilare` : ''}`);
      for (const c of file.changes) lines.push(`      ${change(c)}`);
      for (const c of file.outside) lines.push(`      fuori dalle celle da compilare: ${change(c)}`);
    }
  }
  const count = (status: string) => preview.cards.filter((c) => c.status === status).length;
  lines.push(`  Schede: ${count('added')} nuove, ${count('changed')} modificate, ${count('unchanged')} invariate, ${count('absent')} assenti dal file.`);
  for (const card of preview.cards) {
    if (card.status === 'unchanged') continue;
    lines.push(`  ${card.code} – ${card.title}: ${CARD_STATUS[card.status]}`);
    for (const c of card.changes) lines.push(`      ${c.field}: «${c.before}» → «${c.after}»`);
    for (const indicator of card.indicators) {
      lines.push(`    • ${indicator.name}: ${INDICATOR_STATUS[indicator.status]}${indicator.match ? ` (${indicator.match})` : ''}`);
      for (const c of indicator.changes) lines.push(`        ${c.field}: «${c.before}» → «${c.after}»`);
    }
  }
  lines.push(`  Riepilogo: ${preview.summary.text}.`);
  return `${lines.join('\n')}\n`;
}
