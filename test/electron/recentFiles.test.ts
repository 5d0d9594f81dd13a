// The "Apri recenti" list: most recent first, no duplicates, bounded, robust to a damaged file.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_RECENT,
  addRecentFile,
  parseRecentFiles,
  removeRecentFile,
  serializeRecentFiles,
} from '../../electron/main/recentFiles';

const p = (name: string) => path.resolve('/dati', name);

describe('recent files', () => {
  it('puts the latest first and moves a reopened file to the top', () => {
    let list: string[] = [];
    list = addRecentFile(list, p('a.pira'));
    list = addRecentFile(list, p('b.pira'));
    list = addRecentFile(list, p('a.pira'));
    expect(list).toEqual([p('a.pira'), p('b.pira')]);
  });
  it(`keeps at most ${MAX_RECENT}`, () => {
    let list: string[] = [];
    for (let i = 0; i < MAX_RECENT + 5; i++) list = addRecentFile(list, p(`${i}.pira`));
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe(p(`${MAX_RECENT + 4}.pira`));
  });
  it('removes a file', () => {
    expect(removeRecentFile([p('a.pira'), p('b.pira')], p('a.pira'))).toEqual([p('b.pira')]);
  });
  it('round-trips through JSON', () => {
    const list = [p('a.pira'), p('b.pira')];
    expect(parseRecentFiles(serializeRecentFiles(list))).toEqual(list);
  });
  it.each([
    ['missing', null, []],
    ['damaged', '[', []],
    ['not a list', '{"a":1}', []],
    ['not strings', '[1,2]', []],
    ['relative paths dropped, duplicates merged', JSON.stringify(['rel.pira', p('a.pira'), p('a.pira')]), [p('a.pira')]],
  ])('%s file', (_label, json, expected) => {
    expect(parseRecentFiles(json)).toEqual(expected);
  });
});
