/**
 * The model's light text markup (card descriptions, the plan's premessa) turned into printable blocks.
 * Why: blank lines separate paragraphs, `- ` / `1) ` / `1. ` lines are list items and `*x*` is italic (`**x**`
 * bold, as in the seed's premessa); parsing it here keeps the React components free of string fiddling.
 */
export interface Span {
  text: string;
  italic: boolean;
  bold: boolean;
}

/** One line of text (a paragraph keeps the author's single line breaks). */
export type Line = Span[];

export interface ListItem {
  /** The marker as typed for numbered items (`1)`, `2.`), `null` for bullets. */
  number: string | null;
  lines: Line[];
}

export type Block = { kind: 'paragraph'; lines: Line[] } | { kind: 'list'; items: ListItem[] };

const BULLET = /^\s*[-–•]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,3}[.)])\s+(.*)$/;
/** `**bold**` first, then `*italic*` whose content neither starts nor ends with a space (a lone `*` stays text). */
const EMPHASIS = /\*\*([^*\n]+?)\*\*|\*([^*\s](?:[^*\n]*[^*\s])?)\*/g;

export function parseSpans(text: string): Span[] {
  const spans: Span[] = [];
  const push = (chunk: string, italic: boolean, bold: boolean) => {
    if (chunk !== '') spans.push({ text: chunk, italic, bold });
  };
  let last = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    push(text.slice(last, match.index), false, false);
    if (match[1] !== undefined) push(match[1], false, true);
    else push(match[2] ?? '', true, false);
    last = match.index + match[0].length;
  }
  push(text.slice(last), false, false);
  return spans;
}

function listItem(line: string): ListItem | null {
  const numbered = NUMBERED.exec(line);
  if (numbered) return { number: numbered[1] ?? null, lines: [parseSpans((numbered[2] ?? '').trim())] };
  const bullet = BULLET.exec(line);
  if (!bullet) return null;
  // "- 1) testo" (a numbered item written as a bullet in the seed) keeps its number.
  const inner = NUMBERED.exec(bullet[1] ?? '');
  if (inner) return { number: inner[1] ?? null, lines: [parseSpans((inner[2] ?? '').trim())] };
  return { number: null, lines: [parseSpans((bullet[1] ?? '').trim())] };
}

/** Splits text into paragraphs and lists; consecutive list items (even across blank lines) form one list. */
export function parseRichText(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: Line[] | null = null;
  const closeParagraph = () => {
    if (paragraph && paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = null;
  };
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trim();
    if (line === '') {
      closeParagraph();
      continue;
    }
    const item = listItem(line);
    const previous = blocks[blocks.length - 1];
    if (item) {
      closeParagraph();
      if (previous?.kind === 'list') previous.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
      continue;
    }
    if (paragraph === null) paragraph = [];
    (paragraph as Line[]).push(parseSpans(line));
  }
  closeParagraph();
  return blocks;
}
