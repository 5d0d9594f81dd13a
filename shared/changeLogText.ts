/**
 * A change log entry in Italian sentences, as `pira log` prints it: number, when, who, plan, kind and label, then one
 * line per field (where: field: before → after) and the reason. Why pure: the CLI and the tests read the same text.
 */
import type { ChangeDetail, ChangeEntry } from './changeLog';
import { kindLabel } from './changeLog';
import { formatInstant } from './fileHolder';

const shown = (text: string) => (text === '' ? 'vuoto' : text);

/** `Scheda 01_01_OS01, indicatore «…»: Target 2025: 60.000 → 64.488`, `Aree: aggiunto «Area nuova»`. */
export function detailLine(d: ChangeDetail): string {
  const where = [d.cardCode ? `Scheda ${d.cardCode}` : '', d.indicator && d.key !== 'indicator' ? `indicatore «${d.indicator}»` : ''].filter(Boolean).join(', ');
  const prefix = where ? `${where}: ` : '';
  if (d.action === 'added') return `${prefix}${d.field}: aggiunto «${d.after}»`;
  if (d.action === 'removed') return `${prefix}${d.field}: tolto «${d.before}»`;
  return `${prefix}${d.field}: ${shown(d.before)} → ${shown(d.after)}`;
}

export function entryHeading(entry: ChangeEntry): string {
  const reverted = entry.revertedBy === null ? '' : ` (annullata con la n. ${entry.revertedBy})`;
  const variation = entry.variation ? ' [variazione al piano]' : '';
  return (
    `n. ${entry.id} · ${formatInstant(entry.at)} · ${entry.user} su ${entry.computer} · piano ${entry.planYear} · ` +
    `${kindLabel(entry.kind)}: ${entry.label}${variation}${reverted}`
  );
}

/** The entry as lines: heading, files and summary of an import, the details (indented), the reason. */
export function describeEntry(entry: ChangeEntry): string[] {
  return [
    entryHeading(entry),
    ...(entry.info?.files?.length ? [`    File: ${entry.info.files.join(', ')}`] : []),
    ...(entry.info?.summary ? [`    Esito: ${entry.info.summary}`] : []),
    ...entry.details.map((d) => `    ${detailLine(d)}`),
    ...(entry.reason ? [`    Motivo: ${entry.reason}`] : []),
  ];
}
