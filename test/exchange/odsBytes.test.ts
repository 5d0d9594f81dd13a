// content.xml read as its bytes (odsBytes.ts): the pieces the ods visitors keep decode to the text they stand for,
// and a piece's length, what the expansion budget counts, is that of its text.
import { describe, expect, it } from 'vitest';
import { bufferOf, decodeImage, decodedLength, hasHighByte, sliceText } from '../../electron/exchange/odsBytes';

const image = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

describe('odsBytes', () => {
  const texts = ['', 'plain ASCII', 'Qualità', 'a – b', '€ 12,50', '😀', 'x𝄞y中z', 'ï¿¾'];

  it.each(texts)('decodes the image of %j and counts its length', (text) => {
    expect(decodeImage(image(text))).toBe(text);
    expect(decodedLength(image(text))).toBe(text.length);
    expect(hasHighByte(image(text))).toBe(/[^\x00-\x7f]/.test(text));
  });

  it('cuts text out of a document read as its bytes, or as text', () => {
    const document = '<p>città</p><p>ok</p>';
    const bytes = Buffer.from(document, 'utf8');
    const xml = bytes.toString('latin1');
    expect(sliceText(xml, bufferOf(bytes), 3, 3 + 6)).toBe('città');
    expect(sliceText(xml, bufferOf(bytes), 16, 18)).toBe('ok');
    expect(sliceText(document, bufferOf(undefined), 3, 8)).toBe('città');
  });
});
