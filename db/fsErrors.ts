/**
 * Italian words for the file-system errors Node reports in English (`EACCES: permission denied, open '…'`).
 * Why: opening, importing, exporting, backing up and copying all touch files the user named; whatever fails,
 * the user must read what happened to which file, never an errno.
 */
const MESSAGES: Record<string, (name: string) => string> = {
  ENOENT: (name) => `Il file o la cartella ${name} non esiste.`,
  EACCES: (name) => `Permesso negato: ${name} non è accessibile (in lettura o in scrittura) con l'utente corrente.`,
  EPERM: (name) => `Operazione non permessa su ${name}: il file è protetto o bloccato dal sistema.`,
  EISDIR: (name) => `${name} è una cartella, non un file.`,
  ENOTDIR: (name) => `Il percorso ${name} non è valido: una delle cartelle indicate è in realtà un file.`,
  ENOSPC: (name) => `Spazio su disco esaurito scrivendo ${name}.`,
  EDQUOT: (name) => `Spazio su disco esaurito (quota dell'utente) scrivendo ${name}.`,
  EROFS: (name) => `${name} si trova su un disco o una cartella in sola lettura.`,
  EBUSY: (name) => `${name} è in uso da un altro programma.`,
  EEXIST: (name) => `${name} esiste già.`,
  EMFILE: () => 'Il sistema ha troppi file aperti: chiudere qualche programma e riprovare.',
  ENFILE: () => 'Il sistema ha troppi file aperti: chiudere qualche programma e riprovare.',
  ENAMETOOLONG: (name) => `Il percorso ${name} è troppo lungo.`,
  ELOOP: (name) => `Il percorso ${name} contiene collegamenti circolari.`,
  EIO: (name) => `Errore del disco leggendo o scrivendo ${name}: il supporto potrebbe essere danneggiato o scollegato.`,
  ENXIO: (name) => `${name} non è raggiungibile (dispositivo scollegato?).`,
};

/** The errno code of a Node file-system error, or null. */
export function fsErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null;
}

/**
 * The Italian sentence for a Node file-system error, or null when `error` is not one. The file is named as
 * `shown` (e.g. «piano.pira»), else by the path Node reports, quoted.
 */
export function describeFsError(error: unknown, shown?: string): string | null {
  const code = fsErrorCode(error);
  const message = code === null ? undefined : MESSAGES[code];
  if (!message) return null;
  const reported = (error as { path?: unknown }).path;
  return message(shown ?? (typeof reported === 'string' ? `«${reported}»` : 'il file'));
}
