/**
 * One scan of content.xml for the expansion budget (odsExpansion.ts) and the own reader (odsCells.ts): each element's
 * name is read once as SheetJS's `parse_content_xml` switches on it (`odsElement`), and its attributes once, lazily,
 * as `parsexmltag` reads them (`odsAttribute` of sheetJsSyntax.ts: the local name, or the name cut at `_` without a
 * prefix, in any case, the last one winning, `…ext:x` skipped when `x` is already set), into fixed slots for the keys
 * the two ask, kept by the tag's text. A tag with a name followed by white space, or a key written with capitals, is
 * read by `odsAttribute` itself.
 * Why: the two visitors each read every cell's name and attributes, through a Map built per tag: most of the time an
 * ods import spent on its own code (issue 21).
 */
import { decodeImage } from './odsBytes';
import { odsAttribute, odsElement } from './sheetJsSyntax';
import type { XmlVisitor } from './xmlScan';

/**
 * The attribute keys the budget and the reader ask of a tag, by the slot `OdsTag.get` takes: a number, not the key's
 * name, so that no call looks a name up (the readers ask about eight keys of every cell). Slot order of `ODS_KEYS`.
 */
export const KEY = {
  valueType: 0,
  value: 1,
  stringValue: 2,
  styleName: 3,
  numberColumnsRepeated: 4,
  numberRowsRepeated: 5,
  booleanValue: 6,
  dateValue: 7,
  timeValue: 8,
  name: 9,
  family: 10,
  dataStyleName: 11,
  cellRangeAddress: 12,
  c: 13,
  href: 14,
} as const;

/** The keys as SheetJS reads them, in slot order. */
export const ODS_KEYS = [
  'value-type',
  'value',
  'string-value',
  'style-name',
  'number-columns-repeated',
  'number-rows-repeated',
  'boolean-value',
  'date-value',
  'time-value',
  'name',
  'family',
  'data-style-name',
  'cell-range-address',
  'c',
  'href',
] as const;

const KNOWN = new Set<string>(ODS_KEYS);
/** The slots of the keys of each length, to compare a name against without cutting it out. */
const BY_LENGTH: number[][] = [];
ODS_KEYS.forEach((key, slot) => (BY_LENGTH[key.length] ??= []).push(slot));

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
/** A character of an XML name as xmlScan.ts accepts it (`[\w.\-:]`). */
const isNameChar = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x3a) || code === 0x5f || code === 0x2e || code === 0x2d;

/**
 * A copy of `text` that does not point into content.xml's text, for what outlives the scan. V8 makes a substring of
 * 13 characters or more a view of the string it was cut from: one text kept would keep all of content.xml's text
 * alive (46 MB at ×100). Flattening a concatenation copies the characters.
 */
export const detached = (text: string) => (text.length < 13 ? text : (' ' + text).slice(1));

type Slots = (string | undefined)[];
const emptySlots = (): Slots => ODS_KEYS.map(() => undefined);

/** What a visitor draws from a tag's text alone, kept with the tag while its text is remembered. */
export interface TagFacts {
  /** Whether the number scan marks the cell (odsExpansion.ts). */
  numeric?: boolean;
  /** The cell made of the tag alone, and the version of the styles it was made with (odsCells.ts). */
  cell?: object;
  styles?: number;
}

/** Tags kept read, at most: past it, a document whose tags mostly differ stops looking them up. */
const MAX_KNOWN = 2000;

/**
 * The attributes of the tag being visited; valid during the visitor's call only (one object, reused). The tags read
 * are kept by their text, detached, with their facts: a sheet writes the same few cell tags over and over (type,
 * style, often value).
 */
export class OdsTag {
  /** The attribute text as the scan gives it, and whether the scan gives content.xml's bytes (odsBytes.ts). */
  private raw = '';
  image = false;
  private decoded = '';
  private read = false;
  private slots: Slots = emptySlots();
  private known: TagFacts = {};
  private readonly own: Slots = this.slots;
  private readonly kept = new Map<string, { slots: Slots; facts: TagFacts; text: string }>();
  private hits = 0;
  private misses = 0;

  reset(text: string): void {
    this.raw = text;
    this.read = false;
  }

  /** The attribute text, decoded. */
  get text(): string {
    if (this.raw.length === 0) return '';
    if (!this.read) this.readSlots();
    return this.decoded;
  }

  /** The value of the key of `slot` (`KEY`), as `odsAttribute` reads it. */
  get(slot: number): string | undefined {
    if (!this.read) this.readSlots();
    return this.slots[slot];
  }

  /** The facts of this tag's text (of this tag only, when its text is not kept). */
  facts(): TagFacts {
    if (!this.read) this.readSlots();
    return this.known;
  }

  private readSlots(): void {
    this.read = true;
    const { raw, kept } = this;
    const room = kept.size < MAX_KNOWN;
    if (room || this.hits >= this.misses) {
      const entry = kept.get(raw);
      if (entry) {
        this.hits++;
        this.slots = entry.slots;
        this.known = entry.facts;
        this.decoded = entry.text;
        return;
      }
      this.misses++;
    }
    const text = this.image ? decodeImage(raw) : raw;
    this.decoded = text;
    const slots = room ? emptySlots() : this.own;
    if (!room) slots.fill(undefined);
    if (!this.readPairs(text, slots)) for (let slot = 0; slot < ODS_KEYS.length; slot++) slots[slot] = odsAttribute(text, ODS_KEYS[slot]!);
    this.slots = slots;
    this.known = {};
    if (room) {
      for (let slot = 0; slot < slots.length; slot++) if (slots[slot] !== undefined) slots[slot] = detached(slots[slot]!);
      this.decoded = detached(text);
      kept.set(raw === text ? this.decoded : detached(raw), { slots, facts: this.known, text: this.decoded });
    }
  }

  /**
   * `parsexmltag`'s loop over the pairs, each name found with `indexOf` (the text is one xmlScan.ts accepted:
   * `name="v"` pairs after white space, `name = 'v'` too); false (slots unfinished) when a name is followed by white
   * space or is a key written with capitals: `odsAttribute` reads those.
   */
  private readPairs(text: string, slots: Slots): boolean {
    const n = text.length;
    let i = 0;
    while (i < n) {
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (i >= n) break;
      const nameStart = i;
      const nameEnd = text.indexOf('=', i);
      if (nameEnd < 0) break;
      if (!isNameChar(text.charCodeAt(nameEnd - 1))) return false;
      i = nameEnd + 1;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      const quote = text[i]!;
      const valueStart = ++i;
      i = text.indexOf(quote, i);
      if (i < 0) break;
      const valueEnd = i++;
      const colon = text.indexOf(':', nameStart);
      let localStart = nameStart;
      let localEnd = nameEnd;
      let extension = false;
      if (colon >= 0 && colon < nameEnd) {
        if (colon - nameStart === 5 && text.startsWith('xmlns', nameStart)) continue; // "xmlns…": never a key here
        localStart = colon + 1;
        extension = colon - nameStart >= 3 && text.startsWith('ext', colon - 3);
      } else {
        const underscore = text.indexOf('_', nameStart + 1);
        if (underscore >= 0 && underscore < nameEnd) localEnd = underscore;
      }
      const candidates = BY_LENGTH[localEnd - localStart];
      if (candidates === undefined) continue;
      let found = -1;
      for (const slot of candidates) if (text.startsWith(ODS_KEYS[slot]!, localStart)) found = slot;
      if (found < 0) {
        if (KNOWN.has(text.slice(localStart, localEnd).toLowerCase())) return false;
        continue;
      }
      if (!(extension && slots[found])) slots[found] = text.slice(valueStart, valueEnd);
    }
    return true;
  }
}

/** A visitor of content.xml given the element's name as `odsElement` reads it and its attributes as `OdsTag`. */
export interface OdsVisitor {
  /** `bytes` given when `xml` is their one-byte image (odsBytes.ts): positions are byte offsets, text not decoded. */
  source?(xml: string, bytes?: Uint8Array): void;
  open?(element: string, tag: OdsTag, selfClosing: boolean, start: number, end: number): void;
  close?(element: string, start: number, end: number): void;
  /** Text as the scan gives it: a piece of the image when `source` was given bytes. */
  text?(text: string): void;
}

/** The XML visitor that reads each name and tag once for `first` then `second` (the budget refuses before the reader reads on). */
export function odsXmlVisitor(first: OdsVisitor, second: OdsVisitor = {}): XmlVisitor {
  const tag = new OdsTag();
  /** The elements open, as read at their start tags (the scan closes each under the name it opened with). */
  const open: string[] = [];
  // The callbacks read once, and called on their visitor: looked up on every event, they cost more than the calls.
  const [open1, close1, text1] = [first.open, first.close, first.text];
  const [open2, close2, text2] = [second.open, second.close, second.text];
  return {
    bytes: true,
    source(xml, bytes) {
      tag.image = bytes !== undefined;
      first.source?.(xml, bytes);
      second.source?.(xml, bytes);
    },
    open(name, attributes, selfClosing, start, end) {
      const element = odsElement(name);
      open.push(element); // a self-closing tag is closed right after
      tag.reset(attributes);
      open1?.call(first, element, tag, selfClosing, start, end);
      open2?.call(second, element, tag, selfClosing, start, end);
    },
    close(_, start, end) {
      const element = open.pop()!;
      close1?.call(first, element, start, end);
      close2?.call(second, element, start, end);
    },
    text(text) {
      text1?.call(first, text);
      text2?.call(second, text);
    },
  };
}
