// Where a plan file lives (issue 10, shared folders): network shares from /proc/mounts and UNC paths, sync
// folders by their usual names or the OneDrive variables; everything else is a local disk. The table feeds the pure
// classifier made-up paths and mount lines (nothing on disk is read); `locationOf` runs on folders of its own.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyLocation, locationOf, parseMounts, type LocationKind } from '../../db/fileLocation';
import { tempFolder } from './tempFiles';

const MOUNTS = parseMounts(
  [
    '/dev/sda1 / ext4 rw,relatime 0 0',
    '//server/ufficio /mnt/ufficio cifs rw,vers=3.0 0 0',
    'nas:/export/piani /srv/piani nfs4 rw 0 0',
    'utente@host:/dati /home/utente/remoto fuse.sshfs rw 0 0',
    'tmpfs /srv/memoria tmpfs rw 0 0',
    '/dev/sdb1 /media/utente/Chiavetta\\040USB vfat rw 0 0',
  ].join('\n'),
);

describe('classifyLocation', () => {
  it.each<[string, NodeJS.Platform, LocationKind, RegExp]>([
    ['/home/utente/Documenti/piano.pira', 'linux', 'local', /disco locale/],
    ['/mnt/ufficio/pianificazione/piano.pira', 'linux', 'network', /cartella di rete \(cifs\)/],
    ['/srv/piani/2024/piano.pira', 'linux', 'network', /nfs4/],
    ['/srv/memoria/piano.pira', 'linux', 'local', /disco locale/],
    ['/home/utente/remoto/piano.pira', 'linux', 'network', /fuse\.sshfs/],
    ['/media/utente/Chiavetta USB/piano.pira', 'linux', 'local', /disco locale/],
    ['/mnt/ufficiopiù/piano.pira', 'linux', 'local', /disco locale/],
    ['/home/utente/Dropbox/Ufficio/piano.pira', 'linux', 'sync', /Dropbox/],
    ['/Users/anna/Library/CloudStorage/OneDrive-Camera/piano.pira', 'darwin', 'sync', /OneDrive/],
    ['/Users/anna/Google Drive/Il mio Drive/piano.pira', 'darwin', 'sync', /Google Drive/],
    ['\\\\server\\ufficio\\piano.pira', 'win32', 'network', /percorso di rete/],
    ['C:\\Users\\anna\\OneDrive - Camera di Commercio\\piano.pira', 'win32', 'sync', /OneDrive/],
    ['C:\\Users\\anna\\Documenti\\piano.pira', 'win32', 'local', /disco locale/],
  ])('%s (%s) is %s', (file, platform, kind, description) => {
    const location = classifyLocation(file, { platform, mounts: platform === 'linux' ? MOUNTS : [], syncRoots: [] });
    expect(location.kind).toBe(kind);
    expect(location.description).toMatch(description);
  });

  it('recognises the folder OneDrive announces in its variable, whatever its name', () => {
    const context = { platform: 'win32' as const, mounts: [], syncRoots: ['D:\\Sincronizzati\\Ente'] };
    expect(classifyLocation('d:\\sincronizzati\\ente\\piani\\piano.pira', context).kind).toBe('sync');
    expect(classifyLocation('D:\\Sincronizzati\\Altro\\piano.pira', context).kind).toBe('local');
  });
});

describe('locationOf, on real folders', () => {
  const folder = tempFolder();
  afterAll(() => folder.remove());
  const at = (...parts: string[]) => folder.file(path.join(...parts));
  fs.mkdirSync(at('Dropbox', 'Ufficio'), { recursive: true });
  fs.mkdirSync(at('Documenti'));
  fs.mkdirSync(at('Sincronizzati'));
  fs.symlinkSync(at('Dropbox'), at('collegamento'));
  // The temporary folder itself could sit on a network mount: then everything below it is network.
  const onNetwork = locationOf(at('Documenti', 'piano.pira'), {}).kind === 'network';
  const expected = (kind: LocationKind) => (onNetwork ? 'network' : kind);

  it('classifies a file still to be created by the folder it will be in', () => {
    expect(locationOf(at('Dropbox', 'Ufficio', 'nuovo.pira'), {}).kind).toBe(expected('sync'));
    expect(locationOf(at('Documenti', 'nuovo.pira'), {}).kind).toBe(expected('local'));
  });

  it('follows a link to where the file really is', () => {
    fs.writeFileSync(at('Dropbox', 'piano.pira'), '');
    expect(locationOf(at('collegamento', 'piano.pira'), {}).kind).toBe(expected('sync'));
  });

  it('takes the folders OneDrive announces in its variables', () => {
    const env = { OneDrive: fs.realpathSync(at('Sincronizzati')) };
    expect(locationOf(at('Sincronizzati', 'piano.pira'), env)).toEqual(
      onNetwork ? expect.objectContaining({ kind: 'network' }) : { kind: 'sync', description: `cartella sincronizzata (${env.OneDrive})` },
    );
    expect(locationOf(at('Documenti', 'piano.pira'), env).kind).toBe(expected('local'));
  });
});
