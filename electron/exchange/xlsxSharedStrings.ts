/**
 * The shared-string table of an xlsx as SheetJS 0.20.3 reads it (`parse_sst_xml`): one entry per `<si>` (or
 * `<sstItem>`), its text read by stringItem.ts, and one more, empty, for what follows the last item. Read from the
 * events of the XML scan that checks the part; `unusual` says why SheetJS's reading was not copied.
 * Why: a plan's cells are mostly shared strings; reading them on the checking scan spares SheetJS's second parse.
 */
import { StringItem, XML_SPACE } from './stringItem';
import type { XmlVisitor } from './xmlScan';


export class SharedStrings {
  unusual: string | null = null;
  /** The texts by index; undefined: an item SheetJS gives no text (its cells have no value). */
  readonly texts: (string | undefined)[] = [];
  private item: StringItem | null = null;
  /** Elements open inside the current item (the scan closes self-closing ones too). */
  private depth = 0;
  private rootOpen = false;
  private rootSelfClosing = false;

  visitor(): XmlVisitor {
    return {
      open: (name, attributes, selfClosing) => {
        if (attributes.includes('>')) this.unusual = 'sharedStrings: an attribute holds ">"';
        if (!this.rootOpen) {
          this.rootOpen = true;
          this.rootSelfClosing = selfClosing;
          return;
        }
        if (this.item) {
          this.depth++;
          this.item.open(name, selfClosing);
          return;
        }
        const tag = name.slice(name.indexOf(':') + 1);
        // SheetJS drops exactly `<si>` and splits at `</si>`: an item with attributes or self-closing would merge.
        if ((tag !== 'si' && tag !== 'sstItem') || attributes !== '' || selfClosing) {
          this.unusual = `sharedStrings: <${name}> in the table`;
          return;
        }
        this.item = new StringItem();
        this.depth = 0;
      },
      close: () => {
        if (!this.item) return;
        if (this.depth > 0) {
          this.depth--;
          this.item.close();
          return;
        }
        if (this.item.unusual) this.unusual = `sharedStrings: item ${this.texts.length} written unusually`;
        this.texts.push(this.item.result(true));
        this.item = null;
      },
      text: (text) => {
        if (this.item) this.item.text(text);
        else if (!XML_SPACE.test(text)) this.unusual = 'sharedStrings: text between items';
      },
    };
  }

  /** Ends the table as SheetJS does: the piece after the last item is one more (empty) string. */
  finish(): void {
    if (this.rootOpen && !this.rootSelfClosing) this.texts.push('');
  }
}
