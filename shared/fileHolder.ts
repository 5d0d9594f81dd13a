/**
 * Who holds a plan file open for editing (read from its lock file), and how that is said to the user:
 * «in uso da mario.rossi su PC-UFFICIO dal 30/06/2024 alle 14:05». Pure, so the desktop dialog, the harness
 * banner and the CLI say it the same way.
 */
export interface FileHolder {
  user: string;
  computer: string;
  /** When the holder opened the file (ISO 8601 instant). */
  since: string;
  /** The holder's last sign of life (its heartbeat, ISO 8601), when the lock could be read. */
  lastSeen?: string;
  /** The heartbeat is ahead of this computer's clock: whether the holder is still there cannot be told. */
  clockAhead?: true;
}

const two = (n: number) => String(n).padStart(2, '0');

/** `30/06/2024 alle 14:05` in the local time zone, or the text as written when it is not a valid instant. */
export function formatInstant(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()} alle ${two(at.getHours())}:${two(at.getMinutes())}`;
}

export function holderText(holder: FileHolder): string {
  const clocks = holder.clockAhead
    ? ` (il suo ultimo segno di vita porta una data nel futuro, ${formatInstant(holder.lastSeen ?? holder.since)}: gli orologi dei due computer non concordano e non si può sapere se lo stia ancora usando)`
    : '';
  return `in uso da ${holderName(holder)} su ${holder.computer || 'un computer sconosciuto'} dal ${formatInstant(holder.since)}${clocks}`;
}

export function holderName(holder: FileHolder): string {
  return holder.user || 'un utente sconosciuto';
}
