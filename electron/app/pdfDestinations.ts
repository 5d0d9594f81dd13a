/**
 * On which page each named destination of a PDF lies. Why: the Indice's links become named destinations in the PDF
 * Chromium prints, so reading them back tells the true page of every section and card, whatever the layout did
 * (page breaks, scaled cards, repeated table headers). A small reader of our own, with no dependency: Chromium's
 * PDF writer (Skia) uses a classic cross-reference table and keeps the catalog, the page tree and the destinations
 * as plain objects. Also read: /Prev chains and a /Names /Dests name tree. A PDF it cannot read (cross-reference
 * streams, a broken table) throws PdfReadError.
 */

export class PdfReadError extends Error {}

const OBJECT_REF = /(\d+)\s+\d+\s+R/;

/** PDF names escape bytes as #xx (`/pd#2D1` is `pd-1`). */
function decodeName(name: string): string {
  return name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A literal or hex PDF string as text (enough for destination names: escapes, UTF-16 with a BOM). */
function decodeString(raw: string): string {
  let bytes: string;
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    bytes = (hex.match(/../g) ?? []).map((h) => String.fromCharCode(parseInt(h, 16))).join('');
  } else {
    bytes = raw.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
      /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e,
    );
  }
  if (bytes.startsWith('\u00fe\u00ff')) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return text;
  }
  return bytes;
}

/** `<< … >>` at the start of `text`, nested dictionaries included (strings in names are not expected here). */
function balancedDictionary(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    if (pair === '<<') {
      depth++;
      i++;
    } else if (pair === '>>') {
      depth--;
      i++;
      if (depth === 0) return text.slice(0, i + 1);
    }
  }
  throw new PdfReadError('Dizionario non chiuso.');
}

class PdfObjects {
  private readonly offsets = new Map<number, number>();
  readonly root: number;

  constructor(private readonly text: string) {
    const at = text.lastIndexOf('startxref');
    const start = at < 0 ? NaN : Number(/^startxref\s+(\d+)/.exec(text.slice(at))?.[1]);
    if (!Number.isFinite(start)) throw new PdfReadError('PDF senza tabella dei riferimenti (startxref).');
    let root: number | null = null;
    const seen = new Set<number>();
    for (let offset: number | null = start; offset !== null && !seen.has(offset); ) {
      seen.add(offset);
      const trailer = this.readTable(offset);
      root ??= Number(/\/Root\s+(\d+)\s+\d+\s+R/.exec(trailer)?.[1] ?? NaN);
      const previous = /\/Prev\s+(\d+)/.exec(trailer)?.[1];
      offset = previous === undefined ? null : Number(previous);
    }
    if (root === null || !Number.isFinite(root)) throw new PdfReadError('PDF senza catalogo (/Root).');
    this.root = root;
  }

  /** Reads one cross-reference section (newer sections were read first and win); returns its trailer. */
  private readTable(offset: number): string {
    if (!this.text.startsWith('xref', offset)) throw new PdfReadError('Tabella dei riferimenti non leggibile (flusso compresso o posizione errata).');
    const header = /\s*(\d+)\s+(\d+)\s*/y;
    const entry = /(\d{10})\s(\d{5})\s([nf])\s*/y;
    let at = offset + 4;
    for (;;) {
      header.lastIndex = at;
      const section = header.exec(this.text);
      if (!section) break;
      const [, first = '0', count = '0'] = section;
      at = header.lastIndex;
      for (let i = 0; i < Number(count); i++) {
        entry.lastIndex = at;
        const row = entry.exec(this.text);
        if (!row) throw new PdfReadError('Riga della tabella dei riferimenti non leggibile.');
        at = entry.lastIndex;
        const number = Number(first) + i;
        if (row[3] === 'n' && !this.offsets.has(number)) this.offsets.set(number, Number(row[1]));
      }
    }
    const trailerAt = this.text.indexOf('trailer', at);
    if (trailerAt < 0) throw new PdfReadError('PDF senza trailer.');
    return this.text.slice(trailerAt, this.text.indexOf('>>', trailerAt) + 2 || undefined);
  }

  /** The text of object `number` up to `endobj` (dictionaries and arrays; streams are never needed). */
  body(number: number): string {
    const offset = this.offsets.get(number);
    if (offset === undefined) throw new PdfReadError(`Oggetto ${number} assente dalla tabella dei riferimenti.`);
    const head = /\s*(\d+)\s+\d+\s+obj/y;
    head.lastIndex = offset;
    const found = head.exec(this.text);
    if (!found || Number(found[1]) !== number) throw new PdfReadError(`L'oggetto ${number} non è dove la tabella lo indica.`);
    const end = this.text.indexOf('endobj', head.lastIndex);
    return this.text.slice(head.lastIndex, end < 0 ? undefined : end);
  }

  /** The dictionary under `/key` in `dict`: an object reference resolved, or the inline `<< … >>`; null if absent. */
  entry(dict: string, key: string): string | null {
    const at = new RegExp(`/${key}(?![\\w#])\\s*`).exec(dict);
    if (!at) return null;
    const rest = dict.slice(at.index + at[0].length);
    const ref = new RegExp(`^${OBJECT_REF.source}`).exec(rest);
    if (ref) return this.body(Number(ref[1]));
    return rest.startsWith('<<') ? balancedDictionary(rest) : null;
  }
}

/** The object number of every page, in reading order (page 1 first). */
function pageOrder(pdf: PdfObjects, node: number, out: number[], depth = 0): number[] {
  if (depth > 64) throw new PdfReadError('Albero delle pagine troppo profondo.');
  const body = pdf.body(node);
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
  if (!kids || /\/Type\s*\/Page(?![s\w])/.test(body)) {
    out.push(node);
    return out;
  }
  for (const kid of kids[1]?.matchAll(new RegExp(OBJECT_REF.source, 'g')) ?? []) pageOrder(pdf, Number(kid[1]), out, depth + 1);
  return out;
}

/** `name → page object` from a /Dests dictionary: `/name [12 0 R /XYZ …]` or `/name << /D [12 0 R …] >>`. */
function fromDestsDictionary(dict: string, into: Map<string, number>) {
  for (const m of dict.matchAll(/\/([^\s/[\]<>()%{}]+)\s*(?:<<\s*\/D\s*)?\[\s*(\d+)\s+\d+\s+R/g)) into.set(decodeName(m[1] ?? ''), Number(m[2]));
}

/** `name → page object` from a name tree node: `/Names [(name) [12 0 R …] …]` and its `/Kids`. */
function fromNameTree(pdf: PdfObjects, node: string, into: Map<string, number>, depth = 0) {
  if (depth > 32) throw new PdfReadError('Albero dei nomi troppo profondo.');
  const names = /\/Names\s*\[([\s\S]*)\]/.exec(node)?.[1] ?? '';
  for (const m of names.matchAll(/(\((?:\\.|[^\\)])*\)|<[0-9a-fA-F\s]*>)\s*(?:(\d+)\s+\d+\s+R|(?:<<\s*\/D\s*)?\[\s*(\d+)\s+\d+\s+R)/g)) {
    const page = m[3] ?? (m[2] ? /\[\s*(\d+)\s+\d+\s+R/.exec(pdf.body(Number(m[2])))?.[1] : undefined);
    if (page) into.set(decodeString(m[1] ?? ''), Number(page));
  }
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
  for (const kid of kids.matchAll(new RegExp(OBJECT_REF.source, 'g'))) fromNameTree(pdf, pdf.body(Number(kid[1])), into, depth + 1);
}

/** Every named destination of `pdf` with its page (1 = first page). */
export function namedDestinationPages(pdf: Uint8Array): Map<string, number> {
  const objects = new PdfObjects(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1'));
  const catalog = objects.body(objects.root);
  const pagesRoot = OBJECT_REF.exec(/\/Pages\s+\d+\s+\d+\s+R/.exec(catalog)?.[0] ?? '')?.[1];
  if (pagesRoot === undefined) throw new PdfReadError('Catalogo senza pagine.');
  const pageNumber = new Map(pageOrder(objects, Number(pagesRoot), []).map((object, i) => [object, i + 1]));
  const targets = new Map<string, number>();
  const dests = objects.entry(catalog, 'Dests');
  if (dests) fromDestsDictionary(dests, targets);
  const names = objects.entry(catalog, 'Names');
  const tree = names ? objects.entry(names, 'Dests') : null;
  if (tree) fromNameTree(objects, tree, targets);
  const pages = new Map<string, number>();
  for (const [name, object] of targets) {
    const page = pageNumber.get(object);
    if (page !== undefined) pages.set(name, page);
  }
  return pages;
}
