/**
 * Pieces of content.xml's one-byte image (xmlScan.ts gives the ods visitors a document valid as UTF-8 as a string of
 * its bytes, one character each) turned back into text: only a piece holding a byte past ASCII needs decoding, and
 * a text's length, what the expansion budget counts, is read without decoding it.
 * Why: decoding all of content.xml into a two-byte string (one accented letter is enough) cost more than reading
 * its cells (issue 21); the pieces kept are a small part of it, and nearly all ASCII.
 */

const HIGH = /[\u0080-\u00FF]/;

/**
 * Whether `image` (a piece of an image) holds a byte past ASCII. A pattern, not a loop: under callgrind a loop of
 * `charCodeAt` over pieces of the image cost several times the pattern's native scan (every text and paragraph).
 */
export const hasHighByte = (image: string): boolean => HIGH.test(image);

/** The text a piece of an image stands for (whole UTF-8 sequences: the pieces are cut at ASCII markup). */
export const decodeImage = (image: string): string => (hasHighByte(image) ? Buffer.from(image, 'latin1').toString('utf8') : image);

/**
 * The length of the text a piece of an image stands for, in UTF-16 code units as JavaScript counts them: one per
 * byte that starts a character (not 0x80–0xBF), two for a character of four bytes (from 0xF0).
 */
export function decodedLength(image: string): number {
  let length = image.length;
  if (!hasHighByte(image)) return length;
  for (let i = 0; i < image.length; i++) {
    const code = image.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0xc0) length--;
    else if (code >= 0xf0) length++;
  }
  return length;
}

/** `xml.slice(start, end)` as text: `xml` the document the scan gave, `bytes` its bytes when `xml` is their image. */
export const sliceText = (xml: string, bytes: Buffer | null, start: number, end: number): string => pieceText(xml.slice(start, end), bytes, start);

/** `sliceText` of a piece already cut out of the document at `start`. */
export const pieceText = (piece: string, bytes: Buffer | null, start: number): string =>
  bytes && hasHighByte(piece) ? bytes.toString('utf8', start, start + piece.length) : piece;

/** `bytes` as a Buffer (without copying), for `sliceText`. */
export const bufferOf = (bytes: Uint8Array | undefined): Buffer | null =>
  bytes === undefined ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
