/**
 * Where a plan file lives: on a local disk, on a network share, or in a folder a sync client (OneDrive, Dropbox,
 * Google Drive, iCloud…) copies to other computers. Why: SQLite's locks and WAL are unreliable on network file
 * systems and sync clients can upload half-written files, so such a file is never used as the live database
 * (see workingCopy.ts). `classifyLocation` is pure and table-tested; `locationOf` gathers what it needs.
 * Limits (docs/reliability.md): on Windows a mapped drive is seen as network only when Node resolves it to its
 * UNC path; a sync folder is recognised by its usual name in the path.
 */
import fs from 'node:fs';
import path from 'node:path';

export type LocationKind = 'local' | 'network' | 'sync';

export interface FileLocation {
  kind: LocationKind;
  /** Italian, for the user: «cartella di rete (cifs)», «cartella sincronizzata da OneDrive». */
  description: string;
}

export interface MountPoint {
  mountPoint: string;
  fsType: string;
}

/** File-system types of network shares and remote mounts (Linux /proc/mounts). */
const NETWORK_TYPES = /^(cifs|smb3?|smbfs|nfs4?|afs|ncpfs|9p|ceph|glusterfs|lustre|fuse\.(sshfs|rclone|s3fs|gvfsd-fuse|davfs2?|smbnetfs|curlftpfs))$|^(davfs|webdav)$/;

/** Folder names sync clients create (matched against each segment of the path). */
const SYNC_FOLDERS: [RegExp, string][] = [
  [/^onedrive([ -].*)?$/i, 'OneDrive'],
  [/^cloudstorage$/i, 'un servizio di sincronizzazione (CloudStorage)'],
  [/^dropbox( \(.+\))?$/i, 'Dropbox'],
  [/^(google ?drive|il mio drive|my drive|googledrive)$/i, 'Google Drive'],
  [/^(icloud ?drive|mobile documents|com~apple~clouddocs)$/i, 'iCloud Drive'],
  [/^(nextcloud|owncloud|pcloud ?drive|box|box sync|mega|megasync|seafile|tresorit|synologydrive|synology drive)$/i, 'un servizio di sincronizzazione'],
];

/** `/proc/mounts` lines (fields escape spaces as \040). */
export function parseMounts(text: string): MountPoint[] {
  return text.split('\n').flatMap((line) => {
    const [, mountPoint, fsType] = line.split(' ');
    return mountPoint && fsType ? [{ mountPoint: mountPoint.replace(/\\040/g, ' ').replace(/\\011/g, '\t'), fsType }] : [];
  });
}

export function classifyLocation(
  realPath: string,
  context: { platform: NodeJS.Platform; mounts: readonly MountPoint[]; syncRoots: readonly string[] },
): FileLocation {
  const windows = context.platform === 'win32';
  const p = windows ? path.win32 : path.posix;
  if (windows && /^(\\\\|\/\/)/.test(realPath)) return { kind: 'network', description: 'cartella di rete (percorso di rete \\\\server\\cartella)' };
  if (!windows) {
    const mount = context.mounts
      .filter((m) => realPath === m.mountPoint || realPath.startsWith(m.mountPoint.endsWith('/') ? m.mountPoint : `${m.mountPoint}/`))
      .sort((a, b) => b.mountPoint.length - a.mountPoint.length)[0];
    if (mount && NETWORK_TYPES.test(mount.fsType)) return { kind: 'network', description: `cartella di rete (${mount.fsType})` };
  }
  const lower = (text: string) => (windows ? text.toLowerCase() : text);
  for (const root of context.syncRoots) {
    const relative = p.relative(lower(root), lower(realPath));
    if (relative && !relative.startsWith('..') && !p.isAbsolute(relative)) return { kind: 'sync', description: `cartella sincronizzata (${root})` };
  }
  const folders = realPath.split(/[\\/]/).slice(0, -1);
  const known = SYNC_FOLDERS.find(([pattern]) => folders.some((segment) => pattern.test(segment)));
  if (known) return { kind: 'sync', description: `cartella sincronizzata da ${known[1]}` };
  return { kind: 'local', description: 'disco locale' };
}

/** The mounts of this Linux system (none where /proc/mounts cannot be read). */
export function readMounts(): MountPoint[] {
  try {
    return parseMounts(fs.readFileSync('/proc/mounts', 'utf8'));
  } catch {
    return [];
  }
}

/** Where `filePath` (existing, or to be created) is, resolving links (and mapped drives, where Node can). */
export function locationOf(filePath: string, env: NodeJS.ProcessEnv = process.env): FileLocation {
  const absolute = path.resolve(filePath);
  let real = absolute;
  try {
    real = fs.realpathSync.native(fs.existsSync(absolute) ? absolute : path.dirname(absolute));
    if (!fs.existsSync(absolute)) real = path.join(real, path.basename(absolute));
  } catch {
    // unreachable folder: classify the path as written
  }
  const syncRoots = [env.OneDrive, env.OneDriveCommercial, env.OneDriveConsumer].filter((root): root is string => Boolean(root));
  return classifyLocation(real, { platform: process.platform, mounts: process.platform === 'linux' ? readMounts() : [], syncRoots });
}
