// Issue 21: content.xml's tags are read once for the budget and the own reader (odsTag.ts), with a loop of their own
// and a memory of the tags already read; each key must read exactly as `odsAttribute` (SheetJS's parsexmltag) reads
// it, in every way xmlScan.ts lets a tag be written.
import { describe, expect, it } from 'vitest';
import { KEY, ODS_KEYS as KEYS, OdsTag } from '../../electron/exchange/odsTag';
import { odsAttribute } from '../../electron/exchange/sheetJsSyntax';


const WRITTEN = [
  '',
  ' office:value-type="float" office:value="2024" table:style-name="ce69"',
  ' office:value-type="float" office:value="1" calcext:value-type="error"',
  ' calcext:value-type="error" office:value-type="float"',
  ' office:value-type="" calcext:value-type="percentage"',
  ' table:number-columns-repeated="3" table:number-columns-repeated="5"',
  ' office:Value-Type="string" calcext:value-type="float"',
  ' office:value-type="string" calcext:Value-Type="float"',
  ' Value-Type="float" calcext:value-type="date"',
  ' value_x="7" value-type_2="float" _value="8"',
  ' xmlns:value="urn" xmlns="urn" office:value="3"',
  " office:value = '4' table:style-name\t=\t\"ce1\"",
  ' office:value\n="5" text:c="12"',
  ' table:name="Foglio &amp; uno" style:family="table-cell" style:data-style-name="N1" style:name="ce2"',
  ' a:b:value="6" ext:value="9"',
  ' myext:value="1" office:value="2" myext:value="3"',
  ' office:string-value="a long text of more than thirteen characters" xlink:href="http://example.org/some/long/path"',
  ' office:value-type="boolean" office:boolean-value="true" office:date-value="2024-01-01" office:time-value="PT1H"',
  ' table:cell-range-address="$Foglio1.$A$1:.$B$2" table:number-rows-repeated="2"',
];

describe('the tags of content.xml read once', () => {
  it.each(WRITTEN)('reads «%s» as odsAttribute does, the first time and from memory', (written) => {
    const tag = new OdsTag();
    for (let time = 0; time < 2; time++) {
      tag.reset(written);
      KEYS.forEach((key, slot) => expect(tag.get(slot), key).toBe(odsAttribute(written, key)));
    }
  });

  it('reads every tag right once its memory is full and mostly missed', () => {
    const tag = new OdsTag();
    for (let i = 0; i < 5000; i++) {
      const written = ` office:value-type="float" office:value="${i}" table:style-name="ce${i % 3}"`;
      tag.reset(written);
      expect(tag.get(KEY.value)).toBe(String(i));
      expect(tag.get(KEY.styleName)).toBe(`ce${i % 3}`);
    }
    tag.reset(' office:value-type="string"');
    expect(tag.get(KEY.valueType)).toBe('string');
    expect(tag.get(KEY.value)).toBeUndefined();
  });

  it('gives each key of SheetJS the slot KEY names it by', () => {
    expect(Object.entries(KEY).map(([name, slot]) => [name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), slot])).toEqual(KEYS.map((key, slot) => [key, slot]));
  });
});
