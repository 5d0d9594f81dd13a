// Types of zipFloorWalk.mjs (plain JavaScript so that the floor runs in a bare Node process, as an import does).
export interface ZipEntry {
  method: number;
  size: number;
  start: number;
}
export interface CellTally {
  cells: number;
  values: number;
  strings: number;
  chars: number;
}
export declare function zipEntries(bytes: Buffer): Map<string, ZipEntry>;
export declare function entryText(bytes: Buffer, entry: ZipEntry): string;
export declare function decodeXml(text: string): string;
export declare function walkWorkbook(bytes: Buffer, format: string): CellTally;
