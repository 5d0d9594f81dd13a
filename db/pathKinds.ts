/**
 * What a path the user named really is, found with stat only (a FIFO or a device is never opened: opening a FIFO
 * waits for a writer forever), and the folders of the user's data created one level at a time.
 * Why: a plan "file" that is a FIFO hung `import` and the app's start (leaving the lock behind), and Node's
 * recursive mkdir loops forever under /proc; both are refused at once, in Italian, before any lock is taken.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readMounts, type MountPoint } from './fileLocation';
import { describeFsError } from './fsErrors';
import { PlanFileError, shownName } from './planFileError';

/** File systems of the kernel's own pseudo files: nothing of the user's can live there. */
const SYSTEM_TYPES = /^(proc|sysfs|devtmpfs|devpts|cgroup2?|securityfs|debugfs|tracefs|pstore|bpf|configfs|fusectl|mqueue|hugetlbfs|binfmt_misc|efivarfs|nsfs|rpc_pipefs|selinuxfs)$/;

type Kind = 'file' | 'folder' | 'missing' | 'special';

const SPECIAL: [(stats: fs.Stats) => boolean, string][] = [
  [(s) => s.isFIFO(), 'una coda (FIFO)'],
  [(s) => s.isSocket(), 'un socket'],
  [(s) => s.isCharacterDevice() || s.isBlockDevice(), 'un dispositivo'],
];

/** `special` names what it is («una coda (FIFO)»). Links are followed (stat, not lstat): a link to a file is a file. */
export function pathKind(target: string): { kind: Kind; special?: string } {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(target);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    throw new PlanFileError('locked', describeFsError(error, shownName(target)) ?? `Impossibile leggere ${shownName(target)}.`);
  }
  if (stats.isFile()) return { kind: 'file' };
  if (stats.isDirectory()) return { kind: 'folder' };
  return { kind: 'special', special: SPECIAL.find(([test]) => test(stats))?.[1] ?? 'un file speciale del sistema' };
}

/** The system file system `target` lies on (`proc`, `sysfs`…), or null: none on other platforms. */
function systemFileSystemOf(target: string, mounts: readonly MountPoint[] = process.platform === 'linux' ? readMounts() : []): string | null {
  const absolute = path.resolve(target);
  const mount = mounts
    .filter((m) => absolute === m.mountPoint || absolute.startsWith(m.mountPoint.endsWith('/') ? m.mountPoint : `${m.mountPoint}/`))
    .sort((a, b) => b.mountPoint.length - a.mountPoint.length)[0];
  return mount && SYSTEM_TYPES.test(mount.fsType) ? mount.fsType : null;
}

/** Refuses a plan path that exists and is not a regular file (a folder, a FIFO, a device), without opening it. */
export function assertPlanPath(filePath: string): void {
  const { kind, special } = pathKind(filePath);
  if (kind === 'folder') throw new PlanFileError('invalid-file', `${shownName(filePath)} è una cartella, non un file di PIRA Desk.`);
  if (kind === 'special') {
    throw new PlanFileError('invalid-file', `${shownName(filePath)} non è un file di piano ma ${special}: scegliere un file .pira.`);
  }
  const system = systemFileSystemOf(filePath);
  if (system) throw new PlanFileError('invalid-file', `${shownName(filePath)} è un file di sistema (${system}), non un file di piano.`);
}

/** The user's data folder must be a folder (or not exist yet) on a real disk: refused at once otherwise. */
export function assertDataFolder(dataDir: string): void {
  const where = `La cartella dei dati di PIRA Desk «${dataDir}»`;
  const system = systemFileSystemOf(dataDir);
  if (system) {
    throw new PlanFileError('locked', `${where} è una cartella di sistema (${system}): indicare una cartella su disco con PIRA_DESK_DATA_DIR.`);
  }
  const { kind, special } = pathKind(dataDir);
  if (kind === 'file' || kind === 'special') {
    throw new PlanFileError('locked', `${where} non è una cartella ma ${kind === 'file' ? 'un file' : special}: indicare una cartella con PIRA_DESK_DATA_DIR.`);
  }
}

/**
 * Creates `folder` and its missing parents one level at a time (Node's recursive mkdir never returns under /proc),
 * refusing a path that is not a folder.
 */
export function ensureFolder(folder: string): void {
  const absolute = path.resolve(folder);
  const { kind, special } = pathKind(absolute);
  if (kind === 'folder') return;
  if (kind !== 'missing') throw new PlanFileError('locked', `${shownName(absolute)} non è una cartella ma ${kind === 'file' ? 'un file' : special}.`);
  const parent = path.dirname(absolute);
  if (parent === absolute) throw new PlanFileError('locked', `La cartella ${shownName(absolute)} non esiste.`);
  ensureFolder(parent);
  try {
    fs.mkdirSync(absolute);
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST' && pathKind(absolute).kind === 'folder') return;
    const why = describeFsError(error, shownName(absolute)) ?? 'errore imprevisto';
    throw new PlanFileError('locked', `Impossibile creare la cartella ${shownName(absolute)}: ${why}`);
  }
}
