import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { workbookMeaning } from '../test/exchange/writtenWorkbook';
for (const f of ['xlsx', 'ods'] as const) {
  const a = workbookMeaning(fs.readFileSync(`/tmp/i21-export/bench/old.${f}`), f);
  const b = workbookMeaning(fs.readFileSync(`/tmp/i21-export/bench/new.${f}`), f);
  console.log(f, isDeepStrictEqual(a, b) ? 'same meaning' : 'DIFFERENT', a.map((s) => `${s.name}:${s.cells}`).join(' '));
  if (!isDeepStrictEqual(a, b)) a.forEach((s, i) => { if (!isDeepStrictEqual(s, b[i])) console.log(JSON.stringify(s).slice(0, 600), '\n', JSON.stringify(b[i]).slice(0, 600)); });
}
