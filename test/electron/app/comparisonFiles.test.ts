// Other plan files opened for a comparison: read-only snapshots behind tokens, the oldest closed beyond the limit,
// an unknown token refused in Italian.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createSampleFile } from '../../../db/planFile';
import { ComparisonFiles } from '../../../electron/app/comparisonFiles';
import { tempFolder } from '../../db/tempFiles';

const folder = tempFolder();
afterAll(() => folder.remove());
const path = folder.file('collega.pira');
createSampleFile(path).close();

describe('ComparisonFiles', () => {
  it('keeps the last files opened, by path or by upload, and forgets the oldest', () => {
    const files = new ComparisonFiles(2);
    const first = files.openPath(path);
    const second = files.openBytes('copia.pira', readFileSync(path));
    expect(files.get(second.token)).toMatchObject({ fileName: 'copia.pira' });
    expect(files.get(first.token).file.readonly).toBe(true);
    const third = files.openPath(path, 'terza.pira');
    expect(() => files.get(first.token)).toThrow(/non è più aperto/);
    expect(files.get(third.token).file.repo.listPlans()).toHaveLength(1);
    expect(() => first.opened.file.repo.listPlans()).toThrow();
  });
});
