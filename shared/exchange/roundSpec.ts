/**
 * "Prepara raccolta dati…": the cards grouped by area, by ufficio or as chosen, and for each group the canonical
 * workbook of its cards turned into a data-collection workbook: an "Istruzioni" sheet first, every sheet protected
 * without password, only the fill-in cells of the "Indicatori" sheet unlocked (value at the monitoring date,
 * notes, data source; empty ones pre-formatted for the indicator's UdM), and the Piano sheet marked as a round.
 * Why: colleagues fill in exactly their cells; the import recognises the round and shows any other change apart.
 */
import type { RoundGrouping } from '../api';
import { formatDate } from '../dates';
import type { Card, Indicator, PlanDocument } from '../model';
import { normaliseUnit } from '../values';
import { buildWorkbookSpec, exportedCards } from './exportSpec';
import { normalizeHeader } from './headerText';
import { indicatorHeader, INDICATORS_SHEET } from './indicatorsSheet';
import { label, PLAN_SHEET } from './planSheet';
import { INSTRUCTIONS_SHEET } from './recogniseSheets';
import { ROUND_FORMAT } from './roundTemplate';
import type { OutCell, OutSheet, UnlockedCell, WorkbookSpec } from './sheetTypes';
import { percentFormat, text, valueCell } from './valueCells';

export interface RoundGroup {
  /** Whom the workbook is for: the area or office, or "schede selezionate". */
  label: string;
  codes: string[];
}

const NO_GROUP = { area: 'Senza area di responsabilità', ufficio: 'Senza ufficio' } as const;

/**
 * The cards by area or ufficio, in plan order; names written with different capitals or spaces ("Promozione e
 * Sviluppo Economico", "Promozione e sviluppo economico") are one group, labelled with its most used spelling.
 */
export function roundGroups(doc: PlanDocument, grouping: RoundGrouping): RoundGroup[] {
  const cards = exportedCards(doc, grouping.kind === 'cards' ? grouping.codes : null);
  if (grouping.kind === 'cards') return cards.length > 0 ? [{ label: 'schede selezionate', codes: cards.map((c) => c.code) }] : [];
  const nameOf = (card: Card) => (grouping.kind === 'area' ? card.area : card.office).trim() || NO_GROUP[grouping.kind];
  const groups = new Map<string, { names: string[]; codes: string[] }>();
  for (const card of cards) {
    const group = groups.get(normalizeHeader(nameOf(card))) ?? { names: [], codes: [] };
    group.names.push(nameOf(card));
    group.codes.push(card.code);
    groups.set(normalizeHeader(nameOf(card)), group);
  }
  return [...groups.values()].map(({ names, codes }) => ({ label: mostUsed(names), codes }));
}

function mostUsed(names: string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** `Raccolta 30-06-2024 - Area Promozione.xlsx`, without characters file systems refuse, unique in the round. */
export function roundFileNames(doc: PlanDocument, groups: readonly RoundGroup[], format: string): string[] {
  const date = formatDate(doc.settings.monitoringDate).replace(/\//g, '-');
  const used = new Set<string>();
  return groups.map((group) => {
    const stem = `Raccolta ${date} - ${group.label}`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 90).trim();
    let name = `${stem}.${format}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem} (${n}).${format}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * The format an empty value cell gets, so that what the colleague types is read as the indicator's kind: a date, a
 * percentage, or a count in "General" — never the decimals of the target beside it (a 5 typed under a 5,0 target was
 * shown and stored as «5,0»): a count keeps the decimals it is typed with.
 */
function typingFormat(indicator: Indicator, year: number): string {
  const target = indicator.targets.find((t) => t.year === year)?.value;
  const written = target ? valueCell(target) : null;
  if (written && written.kind !== 'text') return written.kind === 'date' ? 'dd/mm/yyyy' : target?.kind === 'percent' ? written.format : 'General';
  const unit = normaliseUnit(indicator.udm);
  if (unit === '%') return percentFormat(0);
  return unit === 'data' || unit === 'entro' ? 'dd/mm/yyyy' : 'General';
}

function instructions(doc: PlanDocument, group: RoundGroup, fillIn: string[]): OutSheet {
  const when = formatDate(doc.settings.monitoringDate);
  const cards = doc.cards.filter((c) => group.codes.includes(c.code));
  const lines = [
    `Raccolta dati – ${group.label} – piano ${doc.settings.year}, valori al ${when}`,
    '',
    'Come compilare',
    `1. Nel foglio «${INDICATORS_SHEET}» compilare solo le celle sbloccate delle colonne ${fillIn.map((h) => `«${h}»`).join(', ')}.`,
    '2. Scrivere i valori come nella scheda: numeri (1.234), percentuali (46,5%), date (31/12/2024), sì/no, oppure n.d. se il dato non è disponibile.',
    '3. Le altre celle sono protette senza password: non occorre sbloccarle. Se un dato protetto è sbagliato, segnalarlo nella colonna «Note».',
    "   Una modifica fuori dalle celle da compilare viene mostrata a parte all'ufficio pianificazione e applicata solo se accettata.",
    '4. Non aggiungere, spostare o eliminare righe, colonne o fogli.',
    "5. Salvare il file nello stesso formato (.xlsx o .ods) e rispedirlo all'ufficio pianificazione.",
    '',
    `Il foglio «Riepilogo» mostra le performance calcolate con i valori attuali del piano: si aggiornano quando l'ufficio importa il file.`,
    '',
    `Schede incluse (${cards.length})`,
    ...cards.map((c) => `${c.code} – ${c.title}`),
  ];
  return { name: INSTRUCTIONS_SHEET, rows: lines.map((line) => [text(line)]), widths: [120], frozenRows: 0, autoFilter: false, validations: [], protect: true };
}

/** The Piano sheet marked as a round ("Formato") with whom it was sent to. */
function markedPlanSheet(sheet: OutSheet, group: RoundGroup): OutSheet {
  const rows = sheet.rows.map((row): OutCell[] => (row[0]?.kind === 'text' && row[0].text === label('format') ? [row[0], text(ROUND_FORMAT)] : row));
  return { ...sheet, rows: [...rows, [text(label('roundFor')), text(group.label)]] };
}

export function buildRoundSpec(doc: PlanDocument, group: RoundGroup): WorkbookSpec {
  const canonical = buildWorkbookSpec(doc, group.codes);
  const indicators = exportedCards(doc, group.codes).flatMap((c) => c.indicators);
  const fillIn = [indicatorHeader({ kind: 'measurement', date: doc.settings.monitoringDate }), indicatorHeader({ kind: 'field', field: 'note' }), indicatorHeader({ kind: 'field', field: 'fonte' })];
  const sheets = canonical.sheets.map((sheet): OutSheet => {
    if (sheet.name === PLAN_SHEET) return { ...markedPlanSheet(sheet, group), protect: true };
    if (sheet.name !== INDICATORS_SHEET) return { ...sheet, protect: true };
    const header = sheet.rows[0] ?? [];
    const columns = fillIn.map((h) => header.findIndex((cell) => cell?.kind === 'text' && cell.text === h));
    const unlocked: UnlockedCell[] = indicators.flatMap((indicator, i) =>
      columns.map((column, k) => ({ row: i + 1, column, ...(k === 0 ? { format: typingFormat(indicator, doc.settings.year) } : {}) })),
    );
    return { ...sheet, validations: [], protect: true, unlocked };
  });
  return { sheets: [instructions(doc, group, fillIn), ...sheets] };
}
