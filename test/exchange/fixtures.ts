// Workbooks and plan files for the exchange tests, built in the tests themselves with SheetJS and a tiny zip writer.
// Why: every fixture (foreign layouts, hostile archives) is visible next to the test that uses it; nothing binary is committed.
import fs from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import XLSX from 'xlsx';
import { createPlanFile, createSampleFile, openPlanFile, type PlanFile } from '../../db/planFile';
import type { ProducedFile } from '../../shared/api';
import type { AppContext } from '../../electron/app/context';
import type { Host } from '../../electron/app/host';
import { exportPlanWorkbook } from '../../electron/exchange/exchangeService';
import { tempFolder } from '../db/tempFiles';

/** A number cell with its format, as Excel stores a typed `46,56%` (`{ v: 0.4656, z: '0.00%' }`). */
export interface Formatted {
  v: number;
  z: string;
}

export type Aoa = (string | number | boolean | Date | Formatted | null)[][];

const isFormatted = (cell: unknown): cell is Formatted => typeof cell === 'object' && cell !== null && !(cell instanceof Date);

/** An xlsx built from arrays of rows (SheetJS infers the cell types: strings stay strings). */
export function xlsxFrom(sheets: Record<string, Aoa>, bookType: 'xlsx' | 'ods' = 'xlsx'): Buffer {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet(rows.map((row) => row.map((cell) => (isFormatted(cell) ? cell.v : cell))));
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const target = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        if (isFormatted(cell) && target) target.z = cell.z;
      }),
    );
    XLSX.utils.book_append_sheet(wb, sheet, name);
  }
  return XLSX.write(wb, { type: 'buffer', bookType }) as Buffer;
}

/** A zip archive (with true CRC-32s) whose central directory may lie about sizes (`declared`) or flag encryption. */
export function zipFrom(entries: { name: string; data: Buffer; declared?: number; flags?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const packed = deflateRawSync(entry.data);
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.declared ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags ?? 0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(entry.data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.flags ?? 0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(entry.data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A host that keeps the delivered file in memory, like the browser harness (base64 download). */
export function memoryHost(): Host & { delivered: { name: string; data: Uint8Array }[] } {
  const delivered: { name: string; data: Uint8Array }[] = [];
  return {
    kind: 'web',
    appVersion: 'test',
    delivered,
    async deliverFile({ suggestedName, data }): Promise<ProducedFile> {
      delivered.push({ name: suggestedName, data });
      return { fileName: suggestedName, dataBase64: Buffer.from(data).toString('base64') };
    },
    async deliverFiles(files) {
      for (const f of files) delivered.push({ name: f.name, data: f.data });
      return { files: files.map((f) => ({ fileName: f.name, dataBase64: Buffer.from(f.data).toString('base64') })) };
    },
    renderPdf: () => Promise.reject(new Error('non disponibile')),
    printRoute: () => Promise.reject(new Error('non disponibile')),
  };
}

/** A temporary plan file (the sample plan, or no plan at all) with an app context over it. */
export function sampleContext(withSample = true): { ctx: AppContext; file: PlanFile; path: string; host: ReturnType<typeof memoryHost>; reopen(): PlanFile; cleanup(): void } {
  const folder = tempFolder();
  const path = folder.file('piano.pira');
  (withSample ? createSampleFile(path) : createPlanFile(path)).close();
  let file = openPlanFile(path);
  const host = memoryHost();
  return {
    ctx: { host, file: () => file },
    get file() {
      return file;
    },
    path,
    host,
    reopen() {
      file.close();
      file = openPlanFile(path);
      return file;
    },
    cleanup() {
      file.close();
      folder.remove();
    },
  };
}

export function bytesOf(path: string): Buffer {
  return fs.readFileSync(path);
}

/** The sample plan opened read-only with its own xlsx and ods exports, the seeds of the hostile-file tests. */
export interface SampleExports {
  file: PlanFile;
  xlsx: Buffer;
  ods: Buffer;
  folder: ReturnType<typeof tempFolder>;
  close(): void;
}

export function sampleExports(): SampleExports {
  const folder = tempFolder();
  const path = folder.file('piano.pira');
  createSampleFile(path).close();
  const file = openPlanFile(path, { readonly: true });
  return {
    file,
    xlsx: exportPlanWorkbook(file, 1, 'xlsx', null).data,
    ods: exportPlanWorkbook(file, 1, 'ods', null).data,
    folder,
    close() {
      file.close();
      folder.remove();
    },
  };
}
