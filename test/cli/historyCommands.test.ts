// Issue 13, item 6: `log` prints the change log (text and JSON with before and after, by card and by day) and `status`
// shows and moves the plan's status, recorded in the log; bad command lines exit 2 and leave the file as it was.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import type { ChangeEntry } from '../../shared/changeLog';
import { tempFolder } from '../db/tempFiles';
import { cli } from './captureCli';

const folder = tempFolder();
afterAll(() => folder.remove());
let counter = 0;

/** The sample with the title of 01_01_OS01 and the 2025 target of its first indicator changed. */
function editedSample(): string {
  const path = folder.file(`piano${++counter}.pira`);
  createSampleFile(path).close();
  const file = openPlanFile(path, { actor: { user: 'mario.rossi', computer: 'PC-UFFICIO' } });
  try {
    const doc = file.repo.loadPlan(1);
    const card = doc.cards.find((c) => c.code === '01_01_OS01')!;
    file.repo.saveCard(1, { ...card, title: 'Titolo nuovo' });
    const second = doc.cards.find((c) => c.code === '01_01_OS04')!;
    file.repo.saveCard(1, { ...second, weight: 2 }, { label: 'peso obiettivo (01_01_OS04)' });
  } finally {
    file.close();
  }
  return path;
}

describe('log', () => {
  it('prints every entry, oldest first, with who, where and the field before → after', async () => {
    const path = editedSample();
    const result = await cli('log', '--db', path);
    expect(result).toMatchObject({ code: 0, err: '' });
    const lines = result.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^n\. 1 · \d\d\/\d\d\/\d{4} alle \d\d:\d\d · .+ su .+ · piano 2024 · Nuovo piano: piano 2024$/);
    expect(lines).toContain('    Piano: aggiunto «piano creato: 18 schede»');
    expect(lines.find((l) => l.startsWith('n. 2 '))).toMatch(/· mario\.rossi su PC-UFFICIO · piano 2024 · Modifica: modifica della scheda 01_01_OS01$/);
    expect(lines.find((l) => l.startsWith('    Scheda 01_01_OS01: Obiettivo: '))).toMatch(/ → Titolo nuovo$/);
    expect(lines).toContain('    Scheda 01_01_OS04: Peso obiettivo: 1 → 2');
  });

  it('--json gives the entries with their details (before and after); --card and --since narrow them', async () => {
    const path = editedSample();
    const json = await cli('log', '--db', path, '--card', '01_01_OS04', '--json');
    const entries = JSON.parse(json.out) as ChangeEntry[];
    expect(entries.map((e) => [e.kind, e.label])).toEqual([
      ['create', 'piano 2024'],
      ['edit', 'peso obiettivo (01_01_OS04)'],
    ]);
    expect(entries[1]!.details).toEqual([
      { scope: 'card', action: 'changed', cardCode: '01_01_OS04', field: 'Peso obiettivo', key: 'weight', before: '1', after: '2' },
    ]);
    expect(entries[1]).toMatchObject({ user: 'mario.rossi', computer: 'PC-UFFICIO', planYear: 2024, variation: false });
    expect(JSON.parse((await cli('log', '--db', path, '--since', '01/01/2100', '--json')).out)).toEqual([]);
    expect((await cli('log', '--db', path, '--since', '01/01/2100')).out).toBe('Nessuna modifica registrata.\n');
    expect(await cli('log', '--db', path, '--since', '31/02/2024')).toMatchObject({ code: 2, err: expect.stringContaining('--since: "31/02/2024" non è una data esistente') });
  });
});

describe('status', () => {
  it('approves with deliberation and date, closes, shows the status; each move is in the log', async () => {
    const path = editedSample();
    expect(await cli('status', '--db', path)).toMatchObject({ code: 0, out: 'Piano 2024: bozza.\n' });
    expect(await cli('status', '--db', path, '--year', '2024', 'approvato', '--delibera', '12', '--data', '30/01/2024')).toMatchObject({
      code: 0,
      out: 'Piano 2024: approvato con delibera n. 12 del 30/01/2024.\n',
    });
    expect(await cli('status', '--db', path, 'chiuso')).toMatchObject({ code: 0, out: 'Piano 2024: chiuso (approvato con delibera n. 12 del 30/01/2024).\n' });
    const log = JSON.parse((await cli('log', '--db', path, '--json')).out) as ChangeEntry[];
    expect(log.filter((e) => e.kind === 'status').map((e) => e.label)).toEqual([
      'piano 2024 approvato con delibera n. 12 del 30/01/2024',
      'piano 2024 chiuso (approvato con delibera n. 12 del 30/01/2024)',
    ]);
  });

  it('refuses a move the rules do not allow, or a bad command line, and leaves the file untouched', async () => {
    const path = editedSample();
    const bytes = fs.readFileSync(path);
    expect(await cli('status', '--db', path, 'approvato', '--data', '30/01/2024')).toMatchObject({
      code: 1,
      err: 'Errore: Per approvare il piano indicare il numero della delibera di approvazione. Il file del piano non è stato modificato.\n',
    });
    expect(await cli('status', '--db', path, 'chiuso')).toMatchObject({ code: 1, err: expect.stringContaining('Un piano in bozza non si chiude') });
    expect(await cli('status', '--db', path, 'archiviato')).toMatchObject({ code: 2, err: expect.stringContaining('Stato sconosciuto: «archiviato»') });
    expect(await cli('status', '--db', path, 'approvato', '--delibera', '1', '--data', '2024')).toMatchObject({ code: 2, err: expect.stringContaining('--data:') });
    expect(fs.readFileSync(path).equals(bytes)).toBe(true);
  });
});
