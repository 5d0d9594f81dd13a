/**
 * SheetJS alone on one workbook, in a fresh process as every import is: loading the library, reading the file,
 * XLSX.read and sheet_to_json of every sheet. Prints `sheetjs <ms> ms`.
 * Why: the floor the guarded parse of `import` (a fresh worker each time) is compared with, cold against cold.
 */
import fs from 'node:fs';

const start = performance.now();
const { default: XLSX } = await import('xlsx');
const book = XLSX.read(fs.readFileSync(process.argv[2]), { type: 'buffer' });
for (const name of book.SheetNames) XLSX.utils.sheet_to_json(book.Sheets[name], { header: 1 });
console.log(`sheetjs ${Math.round(performance.now() - start)} ms`);
