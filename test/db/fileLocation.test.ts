// Where a plan file lives (issue 10, shared folders): network shares from /proc/mounts and UNC paths, sync
// folders by their usual names or the OneDrive variables; everything else is a local disk.
import { describe, expect, it } from 'vitest';
import { classifyLocation, parseMounts, type LocationKind } from '../../db/fileLocation';

const MOUNTS = parseMounts(
  [
    '/dev/sda1 / ext4 rw,relatime 0 0',
    '//server/ufficio /mnt/ufficio cifs rw,vers=3.0 0 0',
    'nas:/export/piani /srv/piani nfs4 rw 0 0',
    'utente@host:/dati /home/utente/remoto fuse.sshfs rw 0 0',
    'tmpfs /tmp tmpfs rw 0 0',
    '/dev/sdb1 /media/utente/Chiavetta\\040USB vfat rw 0 0',
  ].join('\n'),
);

describe('classifyLocation', () => {
  it.each<[string, NodeJS.Platform, LocationKind, RegExp]>([
    ['/home/utente/Documenti/piano.pira', 'linux', 'local', /disco locale/],
    ['/mnt/ufficio/pianificazione/piano.pira', 'linux', 'network', /cartella di rete \(cifs\)/],
    ['/srv/piani/2024/piano.pira', 'linux', 'network', /nfs4/],
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
