// The import layouts saved in a plan file (migration 11): kept across reopenings, one per name (case ignored),
// renamed and deleted; a read-only open refuses to write them; a damaged row is refused by name, not passed on.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../db/planFile';
import type { ColumnLayout } from '../../shared/exchange/columnLayout';
import { tempFolder } from './tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());

const layout: ColumnLayout = {
  name: '',
  headerRow: 3,
  firstDataRow: 5,
  columns: [
    { header: 'SCOPO', meaning: { kind: 'codeAndTitle' } },
    { header: 'Esito al {data}', meaning: { kind: 'measurement', date: null } },
  ],
};

function newFile(name: string) {
  const path = folder.file(name);
  createPlanFile(path).close();
  return path;
}

describe('import layouts in the plan file', () => {
  it('are saved by name, kept after reopening, renamed and deleted', () => {
    const path = newFile('a.pira');
    let file = openPlanFile(path);
    expect(file.layouts.save(layout, '  Lucca  ').map((l) => [l.name, l.headerRow, l.firstDataRow, l.columns])).toEqual([['Lucca', 3, 5, layout.columns]]);
    file.layouts.save(layout, 'Arezzo');
    file.close();
    file = openPlanFile(path);
    expect(file.layouts.list().map((l) => l.name)).toEqual(['Arezzo', 'Lucca']);
    expect(file.layouts.find('LUCCA')?.name).toBe('Lucca');
    expect(() => file.layouts.save(layout, 'lucca')).toThrow('Esiste già un modello di importazione «lucca»');
    expect(file.layouts.rename('Lucca', 'Lucca 2025').map((l) => l.name)).toEqual(['Arezzo', 'Lucca 2025']);
    expect(() => file.layouts.rename('Arezzo', 'lucca 2025')).toThrow('Esiste già');
    expect(file.layouts.rename('arezzo', 'AREZZO').map((l) => l.name)).toEqual(['AREZZO', 'Lucca 2025']);
    expect(file.layouts.remove('arezzo').map((l) => l.name)).toEqual(['Lucca 2025']);
    expect(() => file.layouts.remove('Arezzo')).toThrow("Nel file non c'è un modello di importazione «Arezzo»");
    file.close();
  });

  it('cannot be written through a read-only open', () => {
    const path = newFile('b.pira');
    const file = openPlanFile(path, { readonly: true });
    expect(() => file.layouts.save(layout, 'Lucca')).toThrow(/sola lettura|non può|solo/i);
    expect(file.layouts.list()).toEqual([]);
    file.close();
  });

  it('refuses a damaged row by its name', () => {
    const path = newFile('c.pira');
    const raw = new Database(path);
    raw.prepare('INSERT INTO import_layouts (name, layout_json, saved_at) VALUES (?, ?, ?)').run('Rotto', '{"headerRow":0,"columns":[]}', '2024-01-01T00:00:00Z');
    raw.close();
    const file = openPlanFile(path);
    expect(() => file.layouts.list()).toThrow('Il modello di importazione «Rotto» salvato nel file è danneggiato');
    file.close();
  });
});
