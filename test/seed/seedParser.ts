// Parser of the seed document (a text export of the Word original of the 2024 plan) into raw strings.
// Why: the embedded sample plan is checked field by field against the published document, so the check must read
// the document itself, generically (no per-card cases), and report every line it cannot classify.
import { footnoteText, isTableHeader, parseTable, type SeedLine, type SeedProblem, type SeedTable } from './seedTable';

export type { SeedIndicatorRow, SeedProblem, SeedTable } from './seedTable';

export interface SeedAmbito {
  code: string; // '01'
  name: string;
  description: string;
}

export interface SeedObiettivoStrategico {
  number: number;
  name: string;
}

export interface SeedCard {
  line: number;
  missione: string;
  programma: string;
  /** The ambito label as written, typos included ("Ambito strategico CCAA PT-PO:"). */
  ambitoLabel: string;
  ambito: string;
  obiettivo: string;
  codice: string;
  /** Paragraphs and list items, in the model's description markup. */
  description: string;
  risorse: string;
  area: string;
  ufficio: string;
  table: SeedTable;
  /** Footnotes written as paragraphs after the table, without the leading `*`. */
  footnotes: string[];
}

export interface SeedDocument {
  premessa: string;
  ambiti: SeedAmbito[];
  obiettiviStrategici: SeedObiettivoStrategico[];
  cards: SeedCard[];
  problems: SeedProblem[];
}

const CARD_START = /^D\.M\. 27\/03\/2013 Missione:\t/;
const NUMBERED_ITEM = /^(\d+)\.\s+(.*)$/;
const ITEM = /^(- |\d+\) )/;

type FieldKey = 'missione' | 'programma' | 'ambito' | 'obiettivo' | 'codice' | 'area' | 'ufficio';

/** Labels of the "label:<TAB>value" lines; the ambito label is written with typos (CCIAA, CCAA, C CIAA, CIIAA...). */
const FIELD_LABELS: [RegExp, FieldKey][] = [
  [/^D\.M\. 27\/03\/2013 Missione:$/, 'missione'],
  [/^D\.M\. 27\/03\/2013 Programma:$/, 'programma'],
  [/^Ambito strategico [A-Z ]{3,6} PT-PO:$/, 'ambito'],
  [/^Obiettivo:$/, 'obiettivo'],
  [/^Codice:$/, 'codice'],
  [/^Area di responsabilità:$/, 'area'],
  [/^Ufficio:$/, 'ufficio'],
];

/** Removes the `<i>` italics of the org-unit cells. */
function stripItalics(text: string): string {
  return text.replace(/<\/?i>/g, '').trim();
}

/** Joins text lines into the model's markup: a blank line between blocks, one newline between list items. */
function blocksToText(blocks: string[]): string {
  return blocks.reduce((text, block, i) => {
    if (i === 0) return block;
    const previous = blocks[i - 1] ?? '';
    return text + (ITEM.test(previous) && ITEM.test(block) ? '\n' : '\n\n') + block;
  }, '');
}

function toLines(source: string): SeedLine[] {
  return source.split(/\r?\n/).map((text, i) => ({ line: i + 1, text }));
}

function parsePremessa(lines: SeedLine[], problems: SeedProblem[]) {
  const start = lines.findIndex((l) => l.text.trim() === 'PREMESSA');
  if (start < 0) problems.push({ line: 1, message: 'manca la PREMESSA' });
  const blocks = lines.slice(start + 1).map((l) => l.text.trim()).filter((t) => t !== '');
  const ambiti: SeedAmbito[] = [];
  const obiettivi: SeedObiettivoStrategico[] = [];
  let inObiettivi = false;
  for (const block of blocks) {
    const ambito = /^- \*\*AMBITO STRATEGICO (\d+) - (.+?)\*\* (.+)$/.exec(block);
    const numbered = NUMBERED_ITEM.exec(block);
    if (ambito) ambiti.push({ code: (ambito[1] ?? '').padStart(2, '0'), name: ambito[2] ?? '', description: ambito[3] ?? '' });
    if (/OBIETTIVI STRATEGICI/.test(block)) inObiettivi = true;
    else if (inObiettivi && numbered) obiettivi.push({ number: Number(numbered[1]), name: numbered[2] ?? '' });
    else inObiettivi = false;
  }
  // "1. Voce" lists become the model's "1) Voce" list items.
  const premessa = blocksToText(blocks.map((b) => b.replace(NUMBERED_ITEM, '$1) $2')));
  return { premessa, ambiti, obiettivi };
}

type CardState = 'header' | 'description' | 'risorse' | 'org' | 'after-table';

function parseCard(lines: SeedLine[], problems: SeedProblem[]): SeedCard | null {
  const fields: Partial<Record<FieldKey, string>> = {};
  const description: string[] = [];
  const footnotes: string[] = [];
  let ambitoLabel = '';
  let risorse = '';
  let table: SeedTable | null = null;
  let state: CardState = 'header';
  for (let i = 0; i < lines.length; i++) {
    const { text, line } = lines[i] as SeedLine;
    const trimmed = text.trim();
    const [label = '', value = ''] = text.split('\t');
    const field = FIELD_LABELS.find(([re]) => re.test(label.trim()))?.[1];
    if (trimmed === '') continue;
    if (field && text.includes('\t')) {
      if (fields[field] !== undefined) problems.push({ line, message: `campo ripetuto: ${label}` });
      fields[field] = stripItalics(value);
      if (field === 'ambito') ambitoLabel = label.trim();
    } else if (trimmed === 'Descrizione:') state = 'description';
    else if (trimmed === 'Risorse economiche:') state = 'risorse';
    else if (trimmed === 'Unità organizzative coinvolte:') state = 'org';
    else if (isTableHeader(text)) {
      const tableLines = [lines[i] as SeedLine];
      while (i + 1 < lines.length && (lines[i + 1] as SeedLine).text.includes('\t')) tableLines.push(lines[++i] as SeedLine);
      table = parseTable(tableLines, problems);
      state = 'after-table';
    } else if (state === 'description') description.push(trimmed);
    else if (state === 'risorse' && !risorse) risorse = trimmed;
    else if (state === 'after-table' && trimmed.startsWith('*')) footnotes.push(footnoteText(trimmed));
    else problems.push({ line, message: `riga non classificata: "${trimmed.slice(0, 60)}"` });
  }
  const first = lines[0]?.line ?? 0;
  const missing = FIELD_LABELS.map(([, key]) => key).filter((key) => fields[key] === undefined);
  if (missing.length > 0) problems.push({ line: first, message: `scheda senza: ${missing.join(', ')}` });
  if (!table) {
    problems.push({ line: first, message: 'scheda senza tabella degli indicatori' });
    return null;
  }
  return {
    line: first,
    missione: fields.missione ?? '',
    programma: fields.programma ?? '',
    ambitoLabel,
    ambito: fields.ambito ?? '',
    obiettivo: fields.obiettivo ?? '',
    codice: fields.codice ?? '',
    description: blocksToText(description),
    risorse,
    area: fields.area ?? '',
    ufficio: fields.ufficio ?? '',
    table,
    footnotes,
  };
}

/** Parses the whole seed text. */
export function parseSeed(source: string): SeedDocument {
  const problems: SeedProblem[] = [];
  const lines = toLines(source);
  const starts = lines.filter((l) => CARD_START.test(l.text)).map((l) => l.line - 1);
  const { premessa, ambiti, obiettivi } = parsePremessa(lines.slice(0, starts[0] ?? lines.length), problems);
  const cards: SeedCard[] = [];
  starts.forEach((start, k) => {
    const card = parseCard(lines.slice(start, starts[k + 1] ?? lines.length), problems);
    if (card) cards.push(card);
  });
  return { premessa, ambiti, obiettiviStrategici: obiettivi, cards, problems };
}
