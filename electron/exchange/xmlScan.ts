/**
 * A strict, allocation-light XML well-formedness scanner for the parts of an imported workbook, with a visitor
 * for elements and text. Why: SheetJS parses XML with regular expressions and reads a garbled part as empty;
 * this pass refuses malformed parts, DTDs (entity expansion) and invalid UTF-8 before SheetJS sees them, and lets
 * expansionCheck.ts count what each cell would expand to on the same pass.
 */
import { isUtf8 } from 'node:buffer';
import { canonicalStartTag, newStartTag, type StartTag } from './xmlTags';

export interface XmlVisitor {
  /**
   * Whether the visitor takes the document as its bytes when it can (see `source`): the scan reads ASCII markup
   * alike in either string, and a one-byte string is made in a fraction of the time, and scanned faster.
   */
  bytes?: boolean;
  /**
   * The decoded document, before the first event: `start`/`end` below are positions in it. With `bytes` given, `xml`
   * is their one-byte image instead (each character one byte of UTF-8, checked valid; positions are byte offsets),
   * and so is every attribute text and text below: the visitor decodes what it keeps.
   */
  source?(xml: string, bytes?: Uint8Array): void;
  /**
   * `attributes` is the raw attribute text of the start tag (read values with `attributeOf`); the tag is
   * `xml.slice(start, end)`.
   */
  open?(name: string, attributes: string, selfClosing: boolean, start: number, end: number): void;
  /** After `open` for a self-closing tag too (with the same positions). */
  close?(name: string, start: number, end: number): void;
  /** Text (or CDATA) inside the current element, entity references left as written (its length is an upper bound). */
  text?(text: string): void;
  /**
   * Reads the markup at `lt` (inside the root element) itself, when it can: one whole element, written as the
   * canonical form below, with the same effect as the events of everything it covers. Returns the position after
   * it, or -1 to leave it to the scanner. Asked only in documents with no forbidden character or stray `&`.
   */
  shortcut?(xml: string, lt: number): number;
}

/** A part that is not well-formed XML (invalid UTF-8, bad syntax, or a DTD), with the 1-based line. */
export class XmlProblem extends Error {
  constructor(
    readonly reason: 'utf8' | 'syntax' | 'dtd',
    readonly line: number,
  ) {
    super(reason);
    this.name = 'XmlProblem';
  }
}

const NAME = '[A-Za-z_][\\w.\\-]*(?::[A-Za-z_][\\w.\\-]*)?';
const START_TAG = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
const END_TAG = new RegExp(`</(${NAME})\\s*>`, 'y');
/** Control characters XML 1.0 forbids, and `&` not starting one of the predefined or numeric references. */
const BAD_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[\dA-Fa-f]{1,6});)/;
const WHITESPACE = /^[ \t\r\n]*$/;

const decoder = new TextDecoder('utf-8', { fatal: true });

function lineOf(xml: string, position: number): number {
  let line = 1;
  for (let i = xml.indexOf('\n'); i >= 0 && i < position; i = xml.indexOf('\n', i + 1)) line++;
  return line;
}

/** Replaces the predefined and numeric entity references (for names shown in messages). */
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[\dA-Fa-f]+);/g, (_, ref: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[ref]) return named[ref];
    const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const attributePatterns = new Map<string, RegExp>();

/** The value of attribute `name` in a start tag's attribute text, entity references left as written. */
export function attributeOf(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name.replace(/[.\-]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** `BAD_TEXT` in a one-byte image of UTF-8: U+FFFE and U+FFFF are their three bytes there. */
const BAD_BYTES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|\u00EF\u00BF[\u00BE\u00BF]|&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[\dA-Fa-f]{1,6});)/;

/**
 * The document as a string, and whether its text must be checked piece by piece (`ScanState.checkText`). For a
 * visitor that takes `bytes`, their one-byte image (`image`) when it is valid UTF-8 without a byte order mark and
 * without a forbidden character or stray `&` anywhere; else, and for every other visitor, the decoded text.
 * Why: decoding content.xml (tens of MB, two bytes a character for one accented letter) was a tenth of an ods
 * import's reading, and the pass for forbidden characters as much again (issue 21).
 */
function decoded(bytes: Uint8Array, oneByte: boolean): { xml: string; image: boolean; checkText: boolean } {
  if (oneByte && isUtf8(bytes) && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    const image = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (!BAD_BYTES.test(image)) return { xml: image, image: true, checkText: false };
  }
  let xml: string;
  try {
    xml = decoder.decode(bytes);
  } catch {
    throw new XmlProblem('utf8', 0);
  }
  return { xml, image: false, checkText: BAD_TEXT.test(xml) };
}

/**
 * Decodes `bytes` as UTF-8 and checks that they are one well-formed XML document; throws `XmlProblem`. Answers
 * whether the document is written the one way SheetJS's regular expressions read like an XML parser: no comments,
 * CDATA sections or processing instructions (SheetJS finds tags inside them), every attribute `name="value"`, a
 * space, `/` or `>` right after an element's name, no space in end tags. A document that is not is handed to SheetJS
 * as `canonicalXml` writes it. Also answers the root element's name.
 */
export function scanXml(bytes: Uint8Array, visitor: XmlVisitor = {}): { canonical: boolean; root: string } {
  const { xml, image, checkText } = decoded(bytes, visitor.bytes === true);
  const syntax = (position: number) => new XmlProblem('syntax', lineOf(xml, position));
  visitor.source?.(xml, image ? bytes : undefined);
  // The callbacks in an object of one shape: the visitors of the parts have many, and every event looks them up.
  const events: Events = { of: visitor, open: visitor.open, close: visitor.close, text: visitor.text };
  const shortcut = visitor.shortcut;
  // One pass over the whole text finds no forbidden character or stray `&` in almost every file; only then are
  // text and attributes checked piece by piece (a `&` is allowed raw inside comments and CDATA).
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const state: ScanState = { stack: [], roots: 0, checkText, canonical: true, root: '', start: pos, tag: newStartTag() };
  while (pos < xml.length) {
    // Most markup follows markup: no search then.
    const lt = xml.charCodeAt(pos) === 0x3c /* < */ ? pos : xml.indexOf('<', pos);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > pos) {
      const text = xml.slice(pos, textEnd);
      const inside = state.stack.length > 0;
      if ((state.checkText && BAD_TEXT.test(text)) || (!inside && !WHITESPACE.test(text))) throw syntax(pos);
      if (inside) events.text?.call(visitor, text);
    }
    if (lt < 0) break;
    if (shortcut !== undefined && !state.checkText && state.stack.length > 0) {
      const end = shortcut.call(visitor, xml, lt);
      if (end > 0) {
        pos = end;
        continue;
      }
    }
    pos = markup(xml, lt, state, events);
    if (pos < 0) throw syntax(lt);
  }
  if (state.stack.length > 0 || state.roots !== 1) throw syntax(xml.length);
  return { canonical: state.canonical, root: state.root };
}

/** A visitor's event callbacks, called on it (`of`). */
interface Events {
  of: XmlVisitor;
  open: XmlVisitor['open'];
  close: XmlVisitor['close'];
  text: XmlVisitor['text'];
}

interface ScanState {
  /** Names of the open elements. */
  stack: string[];
  /** Top-level elements seen (a document has exactly one), and the name of the first. */
  roots: number;
  root: string;
  /** Whether text and attributes must be checked one by one for forbidden characters and stray `&`. */
  checkText: boolean;
  /** Whether everything so far is written the way SheetJS reads it (see `scanXml`). */
  canonical: boolean;
  /** Where the document starts (after a byte order mark): the only place for the XML declaration. */
  start: number;
  /** The start tag read last by hand (xmlTags.ts), with the element names met so far. */
  tag: StartTag;
}

/** The XML declaration (nothing that could pass for a tag inside it). */
const isDeclaration = (pi: string) => /^<\?xml\s[^<>]*\?>$/.test(pi);

/** Position after `terminator` searched from `from`, or -1 (no closures here: this runs once per tag). */
function after(xml: string, terminator: string, from: number): number {
  const end = xml.indexOf(terminator, from);
  return end < 0 ? -1 : end + terminator.length;
}

/** Reads the markup starting at `lt` and returns the position after it, or -1 when it is malformed. */
function markup(xml: string, lt: number, state: ScanState, events: Events): number {
  const { stack } = state;
  const next = xml.charCodeAt(lt + 1);
  if (next === 0x3f /* ? */) {
    const end = after(xml, '?>', lt + 2);
    if (lt !== state.start || !isDeclaration(xml.slice(lt, end))) state.canonical = false;
    return end;
  }
  if (next === 0x21 /* ! */) {
    state.canonical = false;
    if (xml.startsWith('<!--', lt)) return after(xml, '-->', lt + 4);
    if (xml.startsWith('<![CDATA[', lt) && stack.length > 0) {
      const end = after(xml, ']]>', lt + 9);
      if (end > 0) events.text?.call(events.of, xml.slice(lt + 9, end - 3));
      return end;
    }
    if (xml.startsWith('<!DOCTYPE', lt)) throw new XmlProblem('dtd', lineOf(xml, lt));
    return -1;
  }
  if (next === 0x2f /* / */) {
    // Nearly always `</name>` closing the innermost element: compared in place, no string made.
    const top = stack[stack.length - 1];
    if (top !== undefined && xml.charCodeAt(lt + 2 + top.length) === 0x3e /* > */ && xml.startsWith(top, lt + 2)) {
      stack.pop();
      events.close?.call(events.of, top, lt, lt + 3 + top.length);
      return lt + 3 + top.length;
    }
    END_TAG.lastIndex = lt;
    const end = END_TAG.exec(xml);
    if (!end || stack.pop() !== end[1]) return -1;
    if (end[0].length !== end[1]!.length + 3) state.canonical = false;
    events.close?.call(events.of, end[1]!, lt, END_TAG.lastIndex);
    return END_TAG.lastIndex;
  }
  // Nearly every tag is written the one way SheetJS reads like an XML parser: read by hand first, the general
  // pattern (which marks the document for rewriting) only when that fails.
  let name: string;
  let attributes: string;
  let selfClosing: boolean;
  const { tag } = state;
  let end = canonicalStartTag(xml, lt, tag);
  if (end > 0) {
    name = tag.name;
    attributes = tag.attributesEnd > tag.nameEnd ? xml.slice(tag.nameEnd, tag.attributesEnd) : '';
    selfClosing = xml.charCodeAt(end - 2) === 0x2f; /* / */
  } else {
    START_TAG.lastIndex = lt;
    const start = START_TAG.exec(xml);
    if (!start) return -1;
    state.canonical = false;
    name = start[1]!;
    attributes = start[2]!;
    selfClosing = start[3] === '/';
    end = START_TAG.lastIndex;
  }
  if (state.checkText && BAD_TEXT.test(attributes)) return -1;
  if (stack.length === 0) {
    if (++state.roots > 1) return -1;
    state.root = name;
  }
  events.open?.call(events.of, name, attributes, selfClosing, lt, end);
  if (selfClosing) events.close?.call(events.of, name, lt, end);
  else stack.push(name);
  return end;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ATTRIBUTE_PAIR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');

/**
 * A document `scanXml` found well-formed but not canonical, written the one way SheetJS reads like an XML parser:
 * comments and processing instructions dropped (the declaration kept), CDATA sections as escaped text, start tags
 * as `<name a="v">`, end tags as `</name>`. Text and values are kept as written.
 */
export function canonicalXml(bytes: Uint8Array): Buffer {
  const xml = decoder.decode(bytes);
  const out: string[] = [];
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const start = pos;
  while (pos < xml.length) {
    // Most markup follows markup: no search then.
    const lt = xml.charCodeAt(pos) === 0x3c /* < */ ? pos : xml.indexOf('<', pos);
    if (lt < 0) {
      out.push(xml.slice(pos));
      break;
    }
    out.push(xml.slice(pos, lt));
    if (xml.startsWith('<?', lt)) {
      pos = after(xml, '?>', lt + 2);
      if (lt === start && isDeclaration(xml.slice(lt, pos))) out.push(xml.slice(lt, pos));
    } else if (xml.startsWith('<!--', lt)) pos = after(xml, '-->', lt + 4);
    else if (xml.startsWith('<![CDATA[', lt)) {
      pos = after(xml, ']]>', lt + 9);
      out.push(escapeText(xml.slice(lt + 9, pos - 3)));
    } else if (xml.charCodeAt(lt + 1) === 0x2f /* / */) {
      END_TAG.lastIndex = lt;
      const end = END_TAG.exec(xml)!;
      out.push(`</${end[1]}>`);
      pos = END_TAG.lastIndex;
    } else {
      START_TAG.lastIndex = lt;
      const start = START_TAG.exec(xml)!;
      const attributes = [...start[2]!.matchAll(ATTRIBUTE_PAIR)].map((a) => ` ${a[1]}="${a[2] ?? a[3]!.replace(/"/g, '&quot;')}"`);
      out.push(`<${start[1]}${attributes.join('')}${start[3] === '/' ? '/>' : '>'}`);
      pos = START_TAG.lastIndex;
    }
  }
  return Buffer.from(out.join(''), 'utf8');
}
