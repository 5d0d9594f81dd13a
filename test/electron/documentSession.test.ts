// The open-file session (File > Apri) and File > Salva una copia, on real temporary plan files.
import fs, { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSampleFile, openPlanFile } from '../../db/planFile';
import { ApiFailure } from '../../electron/app/apiFailure';
import { createDocumentSession } from '../../electron/app/documentSession';
import type { Host } from '../../electron/app/host';
import { copyPlanFile } from '../../electron/app/planFileCopy';

const host: Host = {
  kind: 'web',
  appVersion: 'test',
  deliverFile: async (file) => ({ fileName: file.suggestedName }),
  deliverFiles: async (files) => ({ files: files.map((f) => ({ fileName: f.name })) }),
  renderPdf: async () => new Uint8Array(),
  printRoute: async () => false,
};

let dir: string;
let sample: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pira-session-'));
  sample = path.join(dir, 'esempio.pira');
  createSampleFile(sample).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function counts(filePath: string) {
  const file = openPlanFile(filePath);
  try {
    return file.repo.listPlans().map((summary) => {
      const doc = file.repo.loadPlan(summary.id);
      return { year: summary.year, cards: doc.cards.length, indicators: doc.cards.flatMap((c) => c.indicators).length };
    });
  } finally {
    file.close();
  }
}

const settings = () => ({ dataDir: path.join(dir, 'dati') });

describe('document session', () => {
  it('answers an Italian not-found before any file is open', () => {
    const session = createDocumentSession(host, settings());
    expect(() => session.context.file()).toThrow(ApiFailure);
    expect(() => session.context.file()).toThrow(/Nessun file di piano è aperto/);
  });
  it('opens a file, reuses it for the same path and keeps it when another open fails', async () => {
    const session = createDocumentSession(host, settings());
    const first = await session.open(sample);
    expect(session.context.file()).toBe(first.file);
    expect(await session.open(path.join(dir, '.', 'esempio.pira'))).toBe(first);
    await expect(session.open(path.join(dir, 'manca.pira'))).rejects.toMatchObject({ code: 'not-found' });
    expect(existsSync(path.join(dir, '.manca.pira.lock'))).toBe(false);
    expect(session.context.file()).toBe(first.file);
    expect(session.context.file().repo.listPlans()).toHaveLength(1);
    await session.close();
    expect(session.current()).toBeNull();
  });
  it('reads the list of the plan a window opens on right after the open, before any window asks', async () => {
    const session = createDocumentSession(host, settings());
    const opened = await session.open(sample);
    const read = vi.spyOn(opened.file.repo, 'listCardRows');
    await new Promise((resolve) => setImmediate(resolve));
    const planId = opened.file.repo.listPlans()[0]!.id;
    expect(read).toHaveBeenCalledWith(planId);
    const kept = read.mock.results[0]!.value;
    read.mockRestore();
    expect(opened.file.repo.listCardRows(planId)).toBe(kept); // the window's request is answered from it
    await session.close();
  });
  it('switches files and closes the previous one', async () => {
    const other = path.join(dir, 'altro.pira');
    createSampleFile(other).close();
    const session = createDocumentSession(host, settings());
    const first = await session.open(sample);
    const second = await session.open(other);
    expect(session.context.file()).toBe(second.file);
    expect(() => first.file.repo.listPlans()).toThrow();
    await session.close();
  });
});

describe('copyPlanFile', () => {
  it('writes every plan into a new file, leaving no temporary file behind', () => {
    const source = openPlanFile(sample);
    const target = path.join(dir, 'copia.pira');
    try {
      copyPlanFile(source, target);
    } finally {
      source.close();
    }
    expect(counts(target)).toEqual([{ year: 2024, cards: 18, indicators: 123 }]);
    expect(counts(target)).toEqual(counts(sample));
    expect(readdirSync(dir).filter((name) => name.includes('.copia') || name.endsWith('.tmp'))).toEqual([]);
  });
  it('replaces a file the user chose to overwrite', () => {
    const target = path.join(dir, 'sovrascritto.pira');
    writeFileSync(target, 'contenuto vecchio');
    const source = openPlanFile(sample);
    try {
      copyPlanFile(source, target);
    } finally {
      source.close();
    }
    expect(counts(target)[0]?.cards).toBe(18);
  });
  it('says in Italian when the copy cannot be written (permission, full disk), leaving nothing behind (issue 10)', () => {
    const target = path.join(dir, 'negata.pira');
    const denied = Object.assign(new Error(`EACCES: permission denied, rename '${target}'`), { code: 'EACCES' });
    const rename = vi.spyOn(fs, 'renameSync').mockImplementationOnce(() => {
      throw denied;
    });
    syncBuiltinESMExports(); // planFileCopy imports renameSync by name
    const source = openPlanFile(sample);
    try {
      expect(() => copyPlanFile(source, target)).toThrow(
        /^Impossibile salvare la copia «negata\.pira» \(Permesso negato: .*\): non è stata creata e il file aperto non è cambiato\.$/,
      );
    } finally {
      rename.mockRestore();
      syncBuiltinESMExports();
      source.close();
    }
    expect(readdirSync(dir).filter((name) => name.includes('negata'))).toEqual([]);
  });
  it('refuses to copy a file onto itself', () => {
    const source = openPlanFile(sample);
    try {
      expect(() => copyPlanFile(source, path.join(dir, 'esempio.pira'))).toThrow(/nome diverso/);
    } finally {
      source.close();
    }
    expect(existsSync(sample)).toBe(true);
    expect(counts(sample)[0]?.cards).toBe(18);
  });
});
