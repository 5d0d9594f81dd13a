// electron-builder.yml: valid for electron-builder's own schema, and carrying what the installers must have
// (targets, Italian NSIS per-user, .pira association, native module unpacked, only out/** shipped, real icons).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const configPath = path.join(root, 'electron-builder.yml');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function targetNames(targets: unknown): string[] {
  const list = Array.isArray(targets) ? targets : [targets];
  return list.map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
}

describe('electron-builder.yml', () => {
  // Loaded by electron-builder's own loader (YAML parsing, `extends`, package.json merge).
  let raw: Configuration;
  beforeAll(async () => {
    raw = await getConfig(root, configPath, null);
  });

  it('passes electron-builder’s schema validation', async () => {
    await expect(validateConfiguration(raw, new DebugLogger(false))).resolves.toBeUndefined();
  });
  it('is refused by the same validation when an option is unknown (the check is real)', async () => {
    const broken = { ...raw, nsis: { ...raw.nsis, perUtente: true } } as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object[\s\S]*nsis/);
  });
  it('identifies the app', () => {
    expect(raw.appId).toBe('it.camcom.piradesk');
    expect(raw.productName).toBe('PIRA Desk');
  });
  it('builds NSIS (per user, in Italian) and portable on Windows', () => {
    expect(targetNames(raw.win?.target)).toEqual(['nsis', 'portable']);
    expect(raw.nsis).toMatchObject({ oneClick: false, perMachine: false, installerLanguages: ['it_IT'], language: '1040' });
  });
  it('builds AppImage and deb in the Office category on Linux, dmg on macOS', () => {
    expect(targetNames(raw.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(raw.linux?.category).toBe('Office');
    expect(targetNames(raw.mac?.target)).toEqual(['dmg']);
  });
  it('associates .pira files as "Piano PIRA" (Editor) with an icon for every platform', () => {
    const associations = Array.isArray(raw.fileAssociations) ? raw.fileAssociations : [raw.fileAssociations];
    expect(associations).toHaveLength(1);
    const pira = associations[0];
    expect(pira).toMatchObject({ ext: 'pira', name: 'Piano PIRA', role: 'Editor' });
    for (const ext of ['ico', 'icns', 'png']) {
      expect(existsSync(path.join(root, 'build', `${pira?.icon}.${ext}`)), ext).toBe(true);
    }
    expect(raw.linux?.mimeTypes).toContain(pira?.mimeType);
  });
  it('ships only the bundles, rebuilds and unpacks the native SQLite module', () => {
    // The loader's normalised form: the app's bundles, not the CLI's nor the browser harness's.
    expect(raw.files).toEqual([{ filter: ['out/**', '!**/*.map', '!out/cli/**', '!out/web/**'] }]);
    expect(raw.npmRebuild).toBe(true);
    expect(raw.asarUnpack).toContain('**/node_modules/better-sqlite3/**/*.node');
  });
  it('flips the Electron fuses that turn the installed app into a Node runtime or a debug target (issue 10, defect 10)', () => {
    expect(raw.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    expect(raw.asar).toBe(true); // onlyLoadAppFromAsar and the integrity check need the archive
  });
  it('refuses a misspelt fuse (the schema knows the fuses)', async () => {
    const broken = { ...raw, electronFuses: { ...raw.electronFuses, runAsNodo: false } } as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object[\s\S]*electronFuses/);
  });
  it('needs none of what the fuses switch off: no child processes (import files parse in a utility process), no file:// pages', () => {
    const sources = ['electron/main', 'electron/app', 'electron/exchange'].flatMap((dir) =>
      readdirSync(path.join(root, dir)).map((name) => ({ name: `${dir}/${name}`, text: readFileSync(path.join(root, dir, name), 'utf8') })),
    );
    // The Node launcher of the parse process (CLI, harness, tests) is the one place that forks; the app replaces it.
    const nodeLauncher = 'electron/exchange/parseProcess.ts';
    for (const { name, text } of sources) {
      expect(text, name).not.toMatch(/ELECTRON_RUN_AS_NODE|loadFile\(|loadURL\(['"`]file:/);
      if (name !== nodeLauncher) expect(text, name).not.toMatch(/child_process/);
    }
    expect(readFileSync(path.join(root, 'electron/main/main.ts'), 'utf8')).toMatch(/useParseProcessLauncher\(utilityProcessLauncher\(utilityProcess\.fork\)\)/);
  });
  it('starts from the entry electron-vite builds', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/main.js');
    expect(readFileSync(path.join(root, 'electron.vite.config.ts'), 'utf8')).toMatch(/main: at\('\.\/electron\/main\/main\.ts'\)/);
  });
  it('has real icons: 512×512 and 256×256 PNG', () => {
    for (const platform of [raw.win, raw.linux, raw.mac]) expect(platform?.icon).toBe('build/icon.png');
    expect(pngSize(path.join(root, 'build/icon.png'))).toEqual({ width: 512, height: 512 });
    expect(pngSize(path.join(root, 'build/icon-256.png'))).toEqual({ width: 256, height: 256 });
    const ico = readFileSync(path.join(root, 'build/pira-document.ico'));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 1]); // an icon file holding one image
    expect(readFileSync(path.join(root, 'build/pira-document.icns')).subarray(0, 4).toString('latin1')).toBe('icns');
  });
});
