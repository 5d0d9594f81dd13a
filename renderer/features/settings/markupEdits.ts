/**
 * The formatting buttons of a markup field as pure text edits: bold (`**x**`), italics (`*x*`) and bullet lines
 * (`- `), each returning the new text and the new selection. Why: the premessa is stored as light markup (the print
 * renders it, see features/print/richText.ts); typing asterisks by hand is error-prone, and pure edits are testable.
 */
export interface MarkupEdit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

/** Placeholder wrapped when nothing is selected, left selected so typing replaces it. */
const PLACEHOLDER = 'testo';

/** Wraps the selection in `mark` (or unwraps it when it is already wrapped exactly so). */
export function wrapSelection(text: string, start: number, end: number, mark: '**' | '*'): MarkupEdit {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const wrapped = before.endsWith(mark) && after.startsWith(mark) && !(mark === '*' && (before.endsWith('**') || after.startsWith('**')));
  if (wrapped && start !== end) {
    const inner = text.slice(start, end);
    return { text: before.slice(0, -mark.length) + inner + after.slice(mark.length), selectionStart: start - mark.length, selectionEnd: end - mark.length };
  }
  const inner = start === end ? PLACEHOLDER : text.slice(start, end);
  return { text: `${before}${mark}${inner}${mark}${after}`, selectionStart: start + mark.length, selectionEnd: start + mark.length + inner.length };
}

/** Makes every line touched by the selection a bullet item (`- `), or plain again when they all are. */
export function toggleBullets(text: string, start: number, end: number): MarkupEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end > start && text[end - 1] === '\n' ? end - 1 : end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const allBullets = lines.every((line) => line.startsWith('- ') || line.trim() === '');
  const changed = lines.map((line) => {
    if (line.trim() === '') return line;
    return allBullets ? line.slice(2) : `- ${line}`;
  });
  const block = changed.join('\n');
  return { text: text.slice(0, lineStart) + block + text.slice(lineEnd), selectionStart: lineStart, selectionEnd: lineStart + block.length };
}
