/**
 * What the kill loop's child writes and acknowledges, shared by the child (killChild.ts) and the parent
 * (killLoop.ts): each operation leaves its sequence number in the file, so the parent can tell what survived.
 */
export const editTitle = (seq: number) => `modifica ${seq}`;
export const importDescription = (seq: number) => `importazione ${seq}`;

/** The sequence number in a text written by `editTitle` / `importDescription`, or -1. */
export function sequenceIn(text: string | undefined, prefix: 'modifica' | 'importazione'): number {
  const match = new RegExp(`^${prefix} (\\d+)$`).exec(text ?? '');
  return match ? Number(match[1]) : -1;
}
